import Foundation
import Indexer

/// Results and facet counts as CSV for spreadsheets (`search facets --csv`, `/api/*.csv`).
public enum CSV {
    public static func facets(_ facets: [FacetResult]) -> String {
        var out = "facet,value,label,count\n"
        for f in facets {
            for v in f.values {
                out += row([f.spec.name, v.value, v.label, String(v.count)])
            }
        }
        return out
    }

    /// The page of hits: one row each, entity lists joined with `;`.
    public static func hits(_ r: SearchResult) -> String {
        var out = "rank,id,title,published,source,url,countries,leaders,score\n"
        for h in r.hits {
            let a = h.article
            out += row([String(h.rank), a.id, a.title, a.published ?? "", a.source ?? "", a.url ?? "",
                        a.countries.map(\.code).joined(separator: ";"), a.leaders.map(\.id).joined(separator: ";"),
                        h.score > 0 ? String(format: "%.4f", h.score) : ""])
        }
        return out
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    public static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

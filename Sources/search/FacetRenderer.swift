import Foundation
import Indexer

/// Renders facet counts: aligned tables, date histograms as bars, JSON and CSV.
enum FacetRenderer {
    static func facetsJSON(_ facets: [FacetResult]) -> JSON {
        .object(facets.map { f in
            (f.spec.name, .array(f.values.map { v in
                .object([("value", .string(v.value)), ("label", .string(v.label)), ("count", .int(v.count))])
            }))
        })
    }

    /// Distinct values per facet (the M in "top N of M").
    static func totalsJSON(_ facets: [FacetResult]) -> JSON {
        .object(facets.map { ($0.spec.name, .int($0.distinct)) })
    }

    static func infoJSON(_ facets: [FacetResult]) -> JSON {
        .object(facets.map { f in
            (f.spec.name, .object([
                ("distinct", .int(f.distinct)),
                ("shown", .int(f.values.count)),
                ("articles_counted", .int(f.counted)),
                ("exact", .bool(f.exact)),
                ("ignores_own_filter", .bool(f.ignoresOwnFilter)),
                ("granularity", .optional(f.granularity?.rawValue)),
            ]))
        })
    }

    static func text(_ facets: [FacetResult]) -> String {
        var out = ""
        for f in facets {
            let exact = f.exact ? "exact" : "estimated"
            let multi = f.ignoresOwnFilter ? ", ignoring its own filter" : ""
            if f.spec.dimension == .date || f.spec.dimension == .mentioned {
                let g = f.granularity?.rawValue ?? "month"
                out += Terminal.bold("\(f.spec.name) by \(g)") + " (\(f.values.count) buckets, \(exact)\(multi))\n"
                out += histogram(f.values)
            } else {
                out += Terminal.bold(f.spec.name) + " (top \(f.values.count) of \(f.distinct) values, \(exact)\(multi))\n"
                out += table(f.values, showCode: f.spec.pairedWith == nil)
            }
            out += "\n"
        }
        return out
    }

    static func table(_ values: [FacetValue], showCode: Bool) -> String {
        let labelWidth = min(40, values.map { $0.label.count }.max() ?? 0)
        let codeWidth = values.map { $0.value.count }.max() ?? 0
        let countWidth = values.map { String($0.count).count }.max() ?? 0
        var out = ""
        for v in values {
            var line = "  " + pad(String(v.label.prefix(40)), labelWidth)
            if showCode && v.value != v.label { line += "  " + pad(v.value, codeWidth) }
            line += "  " + String(repeating: " ", count: countWidth - String(v.count).count) + String(v.count)
            out += line + "\n"
        }
        return out
    }

    static func histogram(_ values: [FacetValue], width: Int = 40) -> String {
        let maxCount = values.map(\.count).max() ?? 0
        let labelWidth = values.map { $0.label.count }.max() ?? 0
        let countWidth = values.map { String($0.count).count }.max() ?? 0
        var out = ""
        for v in values {
            let n = maxCount == 0 ? 0 : max(v.count > 0 ? 1 : 0, Int((Double(v.count) / Double(maxCount) * Double(width)).rounded()))
            out += "  " + pad(v.label, labelWidth) + "  " + String(repeating: " ", count: countWidth - String(v.count).count)
                + String(v.count) + " " + String(repeating: "█", count: n) + "\n"
        }
        return out
    }

    static func csv(_ facets: [FacetResult]) -> String {
        var out = "facet,value,label,count\n"
        for f in facets {
            for v in f.values {
                out += [f.spec.name, v.value, v.label, String(v.count)].map(csvField).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}

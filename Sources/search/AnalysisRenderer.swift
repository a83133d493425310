import Foundation
import Indexer
import NewsIndexOutput

/// Renders trends, telling terms, networks and saved searches as text, JSON, CSV, GEXF and DOT.
enum AnalysisRenderer {
    // MARK: - Trend

    static func trendJSON(_ t: Trend) -> JSON {
        .object([
            ("by", .string(t.period.rawValue)),
            ("mentioned", .bool(t.mentioned)),
            ("series", .array(t.series.map { s in
                .object([
                    ("query", .string(s.query)),
                    ("points", .array(s.points.map { p in
                        .object([("period", .string(p.period)), ("count", .int(p.count)), ("total", .int(p.total)), ("share", .double(p.share))])
                    })),
                ])
            })),
        ])
    }

    static func trendCSV(_ t: Trend) -> String {
        var out = "query,period,count,total,share\n"
        for s in t.series {
            for p in s.points {
                out += [s.query, p.period, String(p.count), String(p.total), String(format: "%.6f", p.share)]
                    .map(CSV.field).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// One row per period: each series' count and share, and a bar of its share scaled to the
    /// largest share shown, so series of different sizes can be read side by side.
    static func trendText(_ t: Trend, width: Int = 24) -> String {
        guard let first = t.series.first, !first.points.isEmpty else { return "no dated articles to chart\n" }
        var out = ""
        for (i, s) in t.series.enumerated() {
            let name = s.query.isEmpty ? "(every article)" : s.query
            out += "\(bars[i % bars.count]) \(name): \(s.matches) \(s.matches == 1 ? "article" : "articles")\n"
        }
        out += "share of each \(t.period.rawValue)'s articles\(t.mentioned ? " mentioning it" : ""):\n"
        let top = t.series.flatMap { $0.points.map(\.share) }.max() ?? 0
        let label = first.points.map(\.period.count).max() ?? 7
        for (row, point) in first.points.enumerated() {
            var line = FacetRenderer.pad(point.period, label) + "  "
            for (i, s) in t.series.enumerated() {
                let p = s.points[row]
                let n = top > 0 ? Int((p.share / top * Double(width)).rounded()) : 0
                let bar = String(repeating: bars[i % bars.count], count: n)
                line += FacetRenderer.pad(bar, width) + " " + FacetRenderer.pad("\(p.count)/\(p.total)", 11)
                    + FacetRenderer.pad(String(format: "%5.1f%%", p.share * 100), 7) + "  "
            }
            out += line.trimmingCharacters(in: .whitespaces) + "\n"
        }
        return out
    }

    private static let bars = ["█", "▒", "░", "▓"]

    // MARK: - Telling terms

    static func termsJSON(_ t: TellingTerms, query: String) -> JSON {
        .object([
            ("query", .string(query)),
            ("matches", .int(t.matches)),
            ("archive", .int(t.archive)),
            ("sampled", .int(t.sampled)),
            ("terms", .array(t.terms.map { term in
                .object([("term", .string(term.term)), ("score", .double(term.score)),
                         ("in_results", .int(term.inResults)), ("in_archive", .int(term.inArchive))])
            })),
        ])
    }

    static func termsCSV(_ t: TellingTerms) -> String {
        "term,score,in_results,in_archive\n" + t.terms.map {
            [$0.term, String(format: "%.4f", $0.score), String($0.inResults), String($0.inArchive)].map(CSV.field).joined(separator: ",")
        }.map { $0 + "\n" }.joined()
    }

    static func termsText(_ t: TellingTerms) -> String {
        guard !t.terms.isEmpty else { return "\(t.matches) matching \(t.matches == 1 ? "article" : "articles"); no telling words\n" }
        var out = "\(t.matches) of \(t.archive) articles match; words that set them apart (weights from the best \(t.sampled)):\n\n"
        let width = t.terms.map(\.term.count).max() ?? 8
        out += FacetRenderer.pad("word", width) + "   score   in results   in archive\n"
        for term in t.terms {
            out += FacetRenderer.pad(term.term, width) + String(format: "  %6.2f", term.score)
                + "   " + FacetRenderer.pad("\(term.inResults)", 10) + "   \(term.inArchive)\n"
        }
        return out
    }

    // MARK: - Network

    static func networkJSON(_ n: CoMentionNetwork) -> JSON {
        .object([
            ("by", .string(n.kind.rawValue)),
            ("articles", .int(n.articles)),
            ("nodes", .array(n.nodes.map { node in
                .object([("id", .string(node.id)), ("label", .string(node.label)), ("kind", .string(node.kind)), ("count", .int(node.count))])
            })),
            ("edges", .array(n.edges.map { e in
                .object([("source", .string(e.source)), ("target", .string(e.target)), ("count", .int(e.count)), ("lift", .double(e.lift))])
            })),
        ])
    }

    static func networkCSV(_ n: CoMentionNetwork) -> String {
        "source,target,count,lift\n" + n.edges.map {
            [$0.source, $0.target, String($0.count), String(format: "%.4f", $0.lift)].map(CSV.field).joined(separator: ",") + "\n"
        }.joined()
    }

    static func networkText(_ n: CoMentionNetwork, limit: Int) -> String {
        guard !n.edges.isEmpty else { return "\(n.articles) articles; no pair meets the minimum count\n" }
        let labels = Dictionary(n.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        var out = "\(n.articles) articles; \(n.nodes.count) \(n.kind.rawValue == "country" ? "countries" : "entities"), \(n.edges.count) pairs, by lift:\n\n"
        for e in n.edges.prefix(limit) {
            out += "\(labels[e.source] ?? e.source) + \(labels[e.target] ?? e.target)  ·  \(e.count) articles  ·  lift \(String(format: "%.2f", e.lift))\n"
        }
        if n.edges.count > limit { out += "… \(n.edges.count - limit) more (--limit)\n" }
        return out
    }

    /// GEXF 1.3 (Gephi): nodes with a count attribute, undirected edges weighted by their count.
    static func networkGEXF(_ n: CoMentionNetwork) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node"><attribute id="0" title="articles" type="integer"/><attribute id="1" title="kind" type="string"/></attributes>
                <attributes class="edge"><attribute id="0" title="lift" type="double"/></attributes>
                <nodes>

            """
        for node in n.nodes {
            out += "      <node id=\"\(xml(node.id))\" label=\"\(xml(node.label))\"><attvalues><attvalue for=\"0\" value=\"\(node.count)\"/><attvalue for=\"1\" value=\"\(node.kind)\"/></attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, e) in n.edges.enumerated() {
            out += "      <edge id=\"\(i)\" source=\"\(xml(e.source))\" target=\"\(xml(e.target))\" weight=\"\(e.count)\"><attvalues><attvalue for=\"0\" value=\"\(String(format: "%.4f", e.lift))\"/></attvalues></edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// Graphviz DOT: an undirected graph, edges labelled with count and lift.
    static func networkDOT(_ n: CoMentionNetwork) -> String {
        var out = "graph comentions {\n  node [shape=box];\n"
        for node in n.nodes { out += "  \(dot(node.id)) [label=\(dot("\(node.label) (\(node.count))"))];\n" }
        for e in n.edges {
            out += "  \(dot(e.source)) -- \(dot(e.target)) [weight=\(e.count), label=\(dot("\(e.count) · lift \(String(format: "%.2f", e.lift))"))];\n"
        }
        return out + "}\n"
    }

    private static func xml(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func dot(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    // MARK: - Saved searches

    static func watchJSON(_ w: SavedSearch) -> JSON {
        .object([
            ("name", .string(w.name)), ("query", .string(w.text)),
            ("countries", .array(w.countries.map { .string($0) })), ("leaders", .array(w.leaders.map { .string($0) })),
            ("from", .optional(w.from)), ("to", .optional(w.to)),
            ("mentioned_from", .optional(w.mentionedFrom)), ("mentioned_to", .optional(w.mentionedTo)),
            ("created", .string(w.created)), ("has_run", .bool(w.mark != nil)),
        ])
    }

    static func watchesJSON(_ list: [SavedSearch]) -> JSON { .object([("watches", .array(list.map(watchJSON)))]) }

    static func watchLine(_ w: SavedSearch) -> String {
        var parts = [w.text.isEmpty ? "(no words)" : "\"\(w.text)\""]
        parts += w.countries.map { "--country \($0)" } + w.leaders.map { "--leader \($0)" }
        if let f = w.from { parts.append("--from \(f)") }
        if let t = w.to { parts.append("--to \(t)") }
        return "\(w.name): " + parts.joined(separator: " ") + (w.mark == nil ? "  (not run yet)" : "")
    }

    /// The query JSON of the new articles, with the watch's name and whether this was its first run.
    static func watchRunJSON(_ w: SavedSearch, _ r: SearchResult, limit: Int) -> JSON {
        guard case .object(let pairs) = QueryRenderer.json(r, limit: limit) else { return QueryRenderer.json(r, limit: limit) }
        return .object([("watch", .string(w.name)), ("first_run", .bool(w.mark == nil))] + pairs)
    }
}

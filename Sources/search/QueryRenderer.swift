import Foundation
import Indexer
import NewsIndexOutput

/// Renders a SearchResult as terminal text (its JSON is `SearchResultJSON`, shared with the servers).
enum QueryRenderer {
    static func json(_ r: SearchResult, limit: Int) -> JSON {
        SearchResultJSON.object(r, limit: limit)
    }

    /// Prints one answer as JSON (one line) or as text.
    static func print(_ r: SearchResult, limit: Int, json: Bool) {
        if json {
            var out: [UInt8] = []
            out.reserveCapacity(8_192)
            Self.json(r, limit: limit).write(into: &out)
            out.append(UInt8(ascii: "\n"))
            StandardOutput.write(out)
        } else {
            Swift.print(text(r, limit: limit), terminator: "")
        }
    }

    static func text(_ r: SearchResult, limit: Int) -> String {
        var out = ""
        let count = r.exact ? "\(r.total)" : "about \(r.total)"
        var noun = r.total == 1 ? "article matches" : "articles match"
        if r.collapsed, let articles = r.totalArticles {
            noun = (r.total == 1 ? "story" : "stories") + " (\(articles) \(articles == 1 ? "article" : "articles") with their copies) " + (r.total == 1 ? "matches" : "match")
        }
        let what = r.similarTo.map { " like \($0)" + (r.query.isEmpty ? "" : " and \"\(r.query)\"") } ?? (r.query.isEmpty ? "" : " \"\(r.query)\"")
        var line = "\(count) \(noun)\(what)"
        if !r.hits.isEmpty { line += " (showing \(r.offset + 1)–\(r.offset + r.hits.count))" }
        out += line + "\n"
        if r.fallback == .any { out += "No article has every word; these have some of them, best first.\n" }
        if let s = r.suggestion { out += "Did you mean: \(s)\n" }
        if !r.missingShards.isEmpty { out += "Partial answer: unreachable shards left out: \(r.missingShards.joined(separator: ", "))\n" }
        for h in r.hits {
            let a = h.article
            out += "\n\(h.rank). \(Terminal.bold(a.title))\n"
            // Filters alone score nothing; a column of zeros would only be noise.
            let score = h.score > 0 ? " · score \(String(format: "%.2f", h.score))" : ""
            out += "   \(a.published ?? "no date")\(score) · \(a.path)\n"
            let snippet = Terminal.snippetText(h.snippet)
            if !snippet.isEmpty { out += "   \(snippet)\n" }
            let entities = ArticleRenderer.entityLine(a)
            if !entities.isEmpty { out += "   \(Terminal.dim(entities))\n" }
            if h.duplicateCount > 0 {
                out += "   " + Terminal.dim("+\(h.duplicateCount) near-duplicate\(h.duplicateCount == 1 ? "" : "s"): " + h.duplicateIDs.prefix(5).joined(separator: ", ")
                    + (h.duplicateIDs.count > 5 ? ", …" : "")) + "\n"
            }
        }
        if !r.facets.isEmpty {
            out += "\n" + FacetRenderer.text(r.facets)
        }
        return out
    }
}

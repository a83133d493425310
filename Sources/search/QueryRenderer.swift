import Foundation
import Indexer

/// Renders a SearchResult as terminal text or as the JSON documented in the README.
enum QueryRenderer {
    static func json(_ r: SearchResult, limit: Int) -> JSON {
        var pairs: [(String, JSON)] = [
            ("query", .string(r.query)),
            ("total", .int(r.total)),
            ("exact", .bool(r.exact)),
            ("offset", .int(r.offset)),
            ("limit", .int(limit)),
            ("suggestion", .optional(r.suggestion)),
            ("fallback", .optional(r.fallback?.rawValue)),
            ("results", .array(r.hits.map { hit($0, collapsed: r.collapsed) })),
        ]
        if !r.facets.isEmpty {
            pairs.append(("facets", FacetRenderer.facetsJSON(r.facets)))
            pairs.append(("facet_totals", FacetRenderer.totalsJSON(r.facets)))
            pairs.append(("facet_info", FacetRenderer.infoJSON(r.facets)))
        }
        if !r.missingShards.isEmpty {
            pairs.append(("missing_shards", .array(r.missingShards.map { .string($0) })))
        }
        if let like = r.similarTo { pairs.append(("similar_to", .string(like))) }
        if r.collapsed {
            // `total` counts stories (what the pages list); `total_articles` and the facets count articles.
            pairs.append(("collapsed", .bool(true)))
            pairs.append(("total_articles", r.totalArticles.map { .int($0) } ?? .null))
            pairs.append(("facet_counts", .string("articles")))
        }
        return .object(pairs)
    }

    static func hit(_ h: SearchHit, collapsed: Bool) -> JSON {
        guard collapsed, case .object(var pairs) = hit(h) else { return hit(h) }
        pairs.append(("duplicates", .int(h.duplicateCount)))
        pairs.append(("duplicate_ids", .array(h.duplicateIDs.map { .string($0) })))
        return .object(pairs)
    }

    static func hit(_ h: SearchHit) -> JSON {
        let a = h.article
        return .object([
            ("rank", .int(h.rank)),
            ("id", .string(a.id)),
            ("path", .string(a.path)),
            ("title", .string(a.title)),
            ("published", .optional(a.published)),
            ("published_source", .optional(a.publishedSource)),
            ("score", .double(h.score)),
            ("percent", .int(h.percent)),
            ("snippet", .string(h.snippet)),
            ("url", .optional(a.url)),
            ("source", .optional(a.source)),
            ("countries", ArticleRenderer.countriesJSON(a)),
            ("leaders", ArticleRenderer.leadersJSON(a)),
        ])
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

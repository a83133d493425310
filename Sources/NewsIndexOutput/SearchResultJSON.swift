import Indexer

/// A search result as the JSON documented in the README (`search query --json`, `/api/search`, MCP `search`).
public enum SearchResultJSON {
    public static func object(_ r: SearchResult, limit: Int) -> JSON {
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
            pairs.append(("facets", FacetJSON.facets(r.facets)))
            pairs.append(("facet_totals", FacetJSON.totals(r.facets)))
            pairs.append(("facet_info", FacetJSON.info(r.facets)))
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

    public static func hit(_ h: SearchHit, collapsed: Bool) -> JSON {
        guard collapsed, case .object(var pairs) = hit(h) else { return hit(h) }
        pairs.append(("duplicates", .int(h.duplicateCount)))
        pairs.append(("duplicate_ids", .array(h.duplicateIDs.map { .string($0) })))
        return .object(pairs)
    }

    public static func hit(_ h: SearchHit) -> JSON {
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
            ("countries", ArticleJSON.countries(a)),
            ("leaders", ArticleJSON.leaders(a)),
        ])
    }

    /// An answer from only some shards (`allow_partial`) says which were left out.
    public static func withMissingShards(_ value: JSON, _ r: SearchResult) -> JSON {
        guard !r.missingShards.isEmpty, case .object(var pairs) = value else { return value }
        pairs.append(("missing_shards", .array(r.missingShards.map { .string($0) })))
        return .object(pairs)
    }
}

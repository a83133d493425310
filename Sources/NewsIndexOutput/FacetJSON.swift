import Indexer

/// Facet counts as JSON: values per facet, distinct totals and how each was counted.
public enum FacetJSON {
    public static func facets(_ facets: [FacetResult]) -> JSON {
        .object(facets.map { f in
            (f.spec.name, .array(f.values.map { v in
                .object([("value", .string(v.value)), ("label", .string(v.label)), ("count", .int(v.count))])
            }))
        })
    }

    /// Distinct values per facet (the M in "top N of M").
    public static func totals(_ facets: [FacetResult]) -> JSON {
        .object(facets.map { ($0.spec.name, .int($0.distinct)) })
    }

    public static func info(_ facets: [FacetResult]) -> JSON {
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

    /// `search facets --json`: the counts without hits, plus `missing_shards` for a partial answer.
    public static func result(_ r: SearchResult) -> JSON {
        SearchResultJSON.withMissingShards(.object([
            ("query", .string(r.query)),
            ("total", .int(r.total)),
            ("exact", .bool(r.exact)),
            ("fallback", .optional(r.fallback?.rawValue)),
            ("facets", facets(r.facets)),
            ("facet_totals", totals(r.facets)),
            ("facet_info", info(r.facets)),
        ]), r)
    }
}

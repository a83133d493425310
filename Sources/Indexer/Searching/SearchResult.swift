/// One matching article on the page shown.
public struct SearchHit: Sendable {
    public var rank: Int
    public var docid: UInt32
    public var score: Double
    public var percent: Int
    /// HTML fragment: the text is escaped, matched words are wrapped in `<b>`…`</b>`.
    public var snippet: String
    /// Its `body` is empty when the search made no snippets (`SearchRequest.snippets` false):
    /// no hit output shows it; `NewsIndex.article(_:)` gives the whole article.
    public var article: Schema.StoredArticle
    /// With `collapse`: how many near-duplicates of this article matched and were folded into it
    /// (Xapian's collapse count, at least), and the ids of those found.
    public var duplicateCount = 0
    public var duplicateIDs: [String] = []
}

/// One value of a facet with its exact count.
public struct FacetValue: Sendable, Hashable {
    public var value: String
    public var label: String
    public var count: Int
}

public struct FacetResult: Sendable {
    public var spec: FacetSpec
    /// Top values (by count; dates in time order).
    public var values: [FacetValue]
    /// How many distinct values the matches hold.
    public var distinct: Int
    /// Number of matching articles counted.
    public var counted: Int
    public var exact: Bool
    /// True when this facet's own filter was left out of its counts (multi-select).
    public var ignoresOwnFilter: Bool
    public var granularity: FacetSpec.Granularity?
}

/// What a search found: the total, a page of hits, and facet counts.
public struct SearchResult: Sendable {
    public var query: String
    /// The Xapian query actually run, for debugging.
    public var parsedQuery: String
    public var total: Int
    public var exact: Bool
    public var offset: Int
    public var hits: [SearchHit]
    public var facets: [FacetResult]
    /// A corrected query when the index has close words ("did you mean").
    public var suggestion: String?
    /// How the words were matched when not every word could be: nil (all words), or `.any`.
    public var fallback: Fallback?
    /// Shards that could not be reached and were left out (with `allowPartial`).
    public var missingShards: [String] = []
    /// The article a "more like this" search started from.
    public var similarTo: String?
    /// Whether near-duplicates were folded (`collapse`): `total` then counts stories (an article
    /// with its copies counts once), `totalArticles` and the facets count articles.
    public var collapsed = false
    public var totalArticles: Int?
}

/// A looser reading a search fell back to because the strict one matched nothing.
public enum Fallback: String, Sendable {
    /// No article held every word of a plain-word query: ranked by how many they hold.
    case any
}

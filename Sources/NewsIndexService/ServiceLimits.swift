/// Bounds that keep one request from exhausting the machine.
public struct ServiceLimits: Sendable {
    /// Longest query text, in characters.
    public var queryLength = 500
    /// Most results per page.
    public var limit = 100
    /// Deepest page: Xapian ranks offset + limit documents to answer.
    public var offset = 10_000
    /// Most values per facet, and most facets per request.
    public var facetLimit = 200, facets = 8
    /// Wildcards expand to every matching term; a few short ones are enough to stall a search:
    /// at most `wildcards` per query, each with at least `wildcardPrefix` letters before the `*`.
    public var wildcards = 3, wildcardPrefix = 2
    /// Longest a request may wait for a free searcher or for its answer, in seconds.
    public var seconds = 10.0
    /// Longest text `tag` accepts, in bytes.
    public var tagBytes = 1_000_000

    public init() {}
}

/// Everything a search asks for: words, filters, facets, order and page.
///
///     var r = SearchRequest(text: "trade truce"); r.countries = ["South Korea"]; r.facets = [.country, .leader]
public struct SearchRequest: Sendable {
    public enum Sort: String, Sendable, CaseIterable {
        case relevance, date, newest = "-date"
    }

    /// Free text in Xapian's query language; may also hold `country:`, `leader:`, `date:` and `mentioned:` fields.
    public var text: String
    /// Filter values as the user wrote them (codes, names, demonyms, aliases, ids). OR within, AND across.
    public var countries: [String] = []
    public var leaders: [String] = []
    /// AND the values of `countries` and of `leaders` instead of OR-ing them (`--all`).
    public var allValues = false
    /// Publication date bounds and mentioned-date bounds, as date expressions.
    public var from: String?
    public var to: String?
    public var mentionedFrom: String?
    public var mentionedTo: String?
    public var sort: Sort = .relevance
    public var offset = 0
    public var limit = 10
    public var facets: [FacetSpec] = []
    public var facetLimit = 10
    /// Snippet length in bytes, about.
    public var snippetLength = 200
    /// Build a snippet for each hit; callers that show only ids and titles save that work.
    public var snippets = true
    /// Count every match exactly even without facets.
    public var exact = false
    /// Over a stub: when a shard cannot be reached, answer from the others (listed in
    /// `SearchResult.missingShards`) instead of failing.
    public var allowPartial = false
    /// Show one article per near-duplicate cluster (copies of one story), with the others listed.
    public var collapse = false
    /// Rank by likeness to this article (an id or path) instead of by words: "more like this".
    public var similarTo: String?
    /// Only articles written after this sequence, up to `writtenThrough` (saved searches' runs).
    public var writtenAfter: Int64?
    public var writtenThrough: Int64?

    public init(text: String) { self.text = text }

    /// The page and facet bounds, checked before any work: the one place they are checked.
    public func checkBounds() throws(SearchError) {
        guard limit >= 0 else { throw .negativeLimit(limit) }
        guard offset >= 0 else { throw .negativeOffset(offset) }
        guard facetLimit > 0 else { throw .facetLimitBelowOne(facetLimit) }
        // Far past any page a person reads, far below what Xapian's 32-bit counts (and
        // `offset + limit`) can hold; and a query short enough to parse and expand in bounded time.
        guard limit <= QueryLimits.maxLimit else { throw .limitTooLarge(limit, max: QueryLimits.maxLimit) }
        guard offset <= QueryLimits.maxOffset else { throw .offsetTooLarge(offset, max: QueryLimits.maxOffset) }
        let bytes = text.utf8.count
        guard bytes <= QueryLimits.maxQueryBytes else { throw .queryTooLong(bytes: bytes, limit: QueryLimits.maxQueryBytes) }
    }
}

/// One facet to count: a dimension, and for dates a granularity.
public struct FacetSpec: Sendable, Hashable, CustomStringConvertible {
    public enum Dimension: String, Sendable, CaseIterable { case country, leader, date, mentioned }
    public enum Granularity: String, Sendable, CaseIterable { case year, month, day }

    public var dimension: Dimension
    /// For `leader*country` and `leader*leader` pair facets.
    public var pairedWith: Dimension?
    /// nil: chosen from the span of the data.
    public var granularity: Granularity?

    /// What is counted when no facet is named: countries, leaders and publication dates.
    public static let defaults = [FacetSpec(.country), FacetSpec(.leader), FacetSpec(.date)]

    public init(_ dimension: Dimension, pairedWith: Dimension? = nil, granularity: Granularity? = nil) {
        self.dimension = dimension; self.pairedWith = pairedWith; self.granularity = granularity
    }

    public static let country = FacetSpec(.country)
    public static let leader = FacetSpec(.leader)
    public static let date = FacetSpec(.date)

    /// Parses `country`, `leader`, `date`, `date:month`, `mentioned:year`, `leader*country`.
    public static func parse(_ text: String) throws(SearchError) -> FacetSpec {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let star = t.firstIndex(of: "*") {
            let a = String(t[..<star]), b = String(t[t.index(after: star)...])
            guard let da = Dimension(rawValue: a), let db = Dimension(rawValue: b),
                  [.country, .leader].contains(da), [.country, .leader].contains(db) else {
                throw .unknownPairFacet(text)
            }
            return FacetSpec(da, pairedWith: db)
        }
        let parts = t.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let d = Dimension(rawValue: first) else {
            throw .unknownFacet(text, known: Dimension.allCases.map(\.rawValue))
        }
        var g: Granularity?
        if parts.count == 2 {
            guard [.date, .mentioned].contains(d), let gg = Granularity(rawValue: parts[1]) else {
                throw .unknownFacetGranularity(text)
            }
            // The mentioned slot holds months (Schema.mentionedValue): day buckets would all be empty.
            guard !(d == .mentioned && gg == .day) else {
                throw .mentionedByDay
            }
            g = gg
        }
        return FacetSpec(d, granularity: g)
    }

    public var name: String {
        if let p = pairedWith { return "\(dimension.rawValue)*\(p.rawValue)" }
        return dimension.rawValue
    }

    public var description: String { name }
}

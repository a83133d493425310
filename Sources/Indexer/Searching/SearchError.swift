/// Why a search could not run: each case carries the values a front end needs to phrase it.
/// `isUsage` errors are the asker's to fix (the CLI's exit 2, HTTP's 400); the others concern
/// the index. `description` is plain English that names no front end's flags or commands.
public enum SearchError: Error, CustomStringConvertible {
    /// Nothing at the index location.
    case noIndex(String)
    /// Xapian's query parser refused `query`.
    case badQuery(reason: String, query: String)
    /// A filter field joined to the words by OR (`country:KR OR trade`), which filters cannot do.
    case fieldInDisjunction(field: String, value: String)
    /// `suggestions` are the nearest known values, as "Name (CODE)".
    case unknownCountry(String, suggestions: [String])
    case ambiguousCountry(String, candidates: [String])
    /// `suggestions` are the nearest known leaders, as "Name (id)".
    case unknownLeader(String, suggestions: [String])
    case ambiguousLeader(String, candidates: [String])
    case invalidDate(String)
    /// `A..B` with B before A.
    case backwardsDateRange(String)
    /// Date filters that together leave no day.
    case noDayLeft(first: PartialDate, last: PartialDate)
    case unknownFacet(String, known: [String])
    case unknownPairFacet(String)
    case unknownFacetGranularity(String)
    /// `mentioned:day`: the mentioned-date slot holds months.
    case mentionedByDay
    /// A page bound below zero.
    case negativeLimit(Int)
    case negativeOffset(Int)
    case facetLimitBelowOne(Int)
    /// Built with another `Schema.version`: its terms no longer match what queries ask for.
    case outdatedIndex(String, found: Int)
    /// The index's files cannot be read back (truncated, overwritten): `xapian-check` shows where.
    case damagedIndex(String, XapianError)
    /// A query longer than `QueryLimits.maxQueryBytes`.
    case queryTooLong(bytes: Int, limit: Int)
    /// A page bound past `QueryLimits`.
    case limitTooLarge(Int, max: Int)
    case offsetTooLarge(Int, max: Int)
    /// A field value with spaces of which no leading run names a known value (`country:Narnia trade`).
    indirect case unknownFieldValue(field: String, problem: SearchError)
    case engine(XapianError)
    /// Shards of a stub that could not be reached (`remote HOST:PORT` or a path), and why.
    case shardsUnreachable([String], XapianError)
    /// No article has this id or path (a "more like this" start, a watch).
    case noArticle(String)
    /// Mentioned dates are kept by month: trends over them cannot be weekly or daily.
    case mentionedTrendPeriod(String)
    /// A saved search's name that is not valid or not known.
    case unknownWatch(String)
    case badWatchName(String)
    /// Something else went wrong while searching.
    case unexpected(String)

    public var isUsage: Bool {
        switch self {
        case .noIndex, .outdatedIndex, .damagedIndex, .engine, .shardsUnreachable, .noArticle: return false
        default: return true
        }
    }

    public var description: String {
        switch self {
        case .noIndex(let path): return "no index at \(path)"
        case .badQuery(let reason, let query): return "bad query: \(reason) in '\(query)'"
        case .fieldInDisjunction(let name, let value):
            return "bad query: \(name):\(value) is a filter and combines with the words by AND; to allow several values "
                + "repeat it (\(name):A \(name):B), to leave them out write -\(name):\(value) or NOT \(name):\(value)"
        case .unknownCountry(let value, let near):
            return "unknown country '\(value)'" + (near.isEmpty ? "; use an ISO code such as KR" : "; did you mean: " + near.joined(separator: ", "))
        case .ambiguousCountry(let value, let options):
            return "ambiguous country '\(value)': could be \(options.joined(separator: ", ")); give the code"
        case .unknownLeader(let value, let near):
            return "unknown leader '\(value)'" + (near.isEmpty ? "" : "; did you mean: " + near.joined(separator: ", "))
        case .ambiguousLeader(let value, let options):
            return "ambiguous leader '\(value)': could be \(options.joined(separator: ", ")); give the full name or id"
        case .invalidDate(let text):
            return "invalid date '\(text)': use YYYY-MM-DD, YYYY-MM, YYYY, YYYYMMDD, today, yesterday, Nd, Nw, Nm, Ny (7d: the last 7 days), "
                + "this-week, last-week, this-month, last-month, this-year or last-year"
        case .backwardsDateRange(let text): return "date range '\(text)' ends before it starts"
        case .noDayLeft(let first, let last): return "the date filters exclude every day (from \(first) to \(last))"
        case .unknownFacet(let text, let known): return "unknown facet '\(text)': use one of \(known.joined(separator: ", "))"
        case .unknownPairFacet(let text): return "unknown pair facet '\(text)': use leader*country, leader*leader or country*country"
        case .unknownFacetGranularity(let text): return "unknown facet granularity '\(text)': use date:year, date:month or date:day"
        case .mentionedByDay: return "mentioned dates are counted by month at most: use mentioned:year or mentioned:month"
        case .negativeLimit(let n): return "the limit must be 0 or more, not \(n)"
        case .negativeOffset(let n): return "the offset must be 0 or more, not \(n)"
        case .facetLimitBelowOne(let n): return "the facet limit must be 1 or more, not \(n)"
        case .outdatedIndex(let path, let found):
            return "index \(path) was built with schema \(found), this tool reads schema \(Schema.version); it needs a full rebuild"
        case .damagedIndex(let path, let e):
            let detail = e.message.hasPrefix(e.kind.name + ": ") ? String(e.message.dropFirst(e.kind.name.count + 2)) : e.message
            return "the index at \(path) is damaged (\(e.kind.name): \(detail))"
        case .queryTooLong(let bytes, let limit): return "bad query: it is \(bytes) bytes long; the limit is \(limit)"
        case .limitTooLarge(let n, let max): return "the limit must be at most \(max), not \(n)"
        case .offsetTooLarge(let n, let max): return "the offset must be at most \(max), not \(n)"
        case .unknownFieldValue(let field, let problem):
            return "\(problem); to search for words after a field, quote the field's value: \(field):\"…\" words"
        case .shardsUnreachable(let shards, let e):
            return "shard\(shards.count == 1 ? "" : "s") unreachable: \(shards.joined(separator: ", ")) (\(e.message))"
        case .engine(let e):
            if e.kind.isNetwork { return "a shard is unreachable: \(e.message)" }
            return "\(e.kind.name): \(e.message)"
        case .noArticle(let reference): return "no article with id or path '\(reference)'"
        case .mentionedTrendPeriod(let period):
            return "mentioned dates are kept by month: a trend over them is by month or year, not by \(period)"
        case .unknownWatch(let name): return "no saved search named '\(name)'"
        case .badWatchName(let name): return "a saved search's name is letters, digits, '-' and '_' (not '\(name)')"
        case .unexpected(let m): return "bad query: \(m)"
        }
    }
}

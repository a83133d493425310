import CXapian
import Foundation

/// Parses a user's query string into a Query, with field prefixes and date ranges.
///
///     let qp = try QueryParser(language: "english"); try qp.addPrefix("title", "S"); let q = try qp.parse("title:trade")
public final class QueryParser {
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let boolean = Flags(rawValue: 1)
        public static let phrase = Flags(rawValue: 2)
        public static let loveHate = Flags(rawValue: 4)
        public static let booleanAnyCase = Flags(rawValue: 8)
        public static let wildcard = Flags(rawValue: 16)
        public static let pureNot = Flags(rawValue: 32)
        public static let partial = Flags(rawValue: 64)
        public static let spellingCorrection = Flags(rawValue: 128)
        public static let `default`: Flags = [.boolean, .phrase, .loveHate]
    }

    let handle: OpaquePointer
    private var database: Database?   // kept alive while the parser refers to it

    public init(language: String, strategy: StemStrategy = .some) throws(XapianError) {
        guard let h = try checked({ cx_queryparser_new(language, strategy.rawValue, $0) }) else {
            throw XapianError(kind: .invalidArgument, message: "cannot create a query parser")
        }
        handle = h
    }

    deinit { cx_queryparser_free(handle) }

    /// Needed for wildcards and spelling correction.
    public func setDatabase(_ db: Database) throws(XapianError) {
        database = db
        _ = try checked { cx_queryparser_set_database(handle, db.handle, $0) }
    }

    public func setDefaultOperator(_ op: Query.Operator) throws(XapianError) {
        _ = try checked { cx_queryparser_set_default_op(handle, op.rawValue, $0) }
    }

    public func addPrefix(_ field: String, _ prefix: String) throws(XapianError) {
        _ = try checked { cx_queryparser_add_prefix(handle, field, prefix, $0) }
    }

    /// `exclusive`: several values of one field are OR-ed together (true) or AND-ed (false).
    public func addBooleanPrefix(_ field: String, _ prefix: String, exclusive: Bool = true) throws(XapianError) {
        _ = try checked { cx_queryparser_add_boolean_prefix(handle, field, prefix, exclusive ? 1 : 0, $0) }
    }

    /// Ranges such as `prefix20250101..20251231` on a YYYYMMDD value slot.
    public func addDateRange(slot: UInt32, prefix: String) throws(XapianError) {
        _ = try checked { cx_queryparser_add_date_range(handle, slot, prefix, $0) }
    }

    /// Bounds every wildcard (`c*`) to `limit` terms, the most frequent ones, instead of every
    /// term of the index that starts so.
    public func setMaxWildcardExpansion(_ limit: UInt32) throws(XapianError) {
        _ = try checked { cx_queryparser_set_max_expansion(handle, limit, 1, $0) }
    }

    /// Words dropped from parsed queries (outside phrases), through a Xapian SimpleStopper.
    public func setStopwords(_ words: [String]) throws(XapianError) {
        let copies = words.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        _ = try pointers.withUnsafeBufferPointer { buf throws(XapianError) in
            try checked { cx_queryparser_set_stopwords(handle, buf.baseAddress, buf.count, $0) }
        }
    }

    public func parse(_ text: String, flags: Flags = .default, defaultPrefix: String = "") throws(XapianError) -> Query {
        guard let h = try checked({ cx_queryparser_parse(handle, text, flags.rawValue, defaultPrefix, $0) }) else {
            throw XapianError(kind: .queryParser, message: "cannot parse query")
        }
        return Query(handle: h)
    }

    /// After parsing with `.spellingCorrection`: the corrected query string, or nil when none.
    public func correctedQuery() throws(XapianError) -> String? {
        let s = takeString(try checked { cx_queryparser_corrected(handle, $0) })
        return s.isEmpty ? nil : s
    }
}

import CXapian

/// Runs a query against a database and returns a page of matches.
///
///     let e = try Enquire(db); try e.setQuery(q); let page = try e.matches(offset: 0, limit: 10)
public final class Enquire {
    let handle: OpaquePointer
    private let database: Database   // the enquire refers to it

    public init(_ database: Database) throws(XapianError) {
        self.database = database
        guard let h = try checked({ cx_enquire_new(database.handle, $0) }) else {
            throw XapianError(kind: .invalidArgument, message: "cannot create an enquire")
        }
        handle = h
    }

    deinit { cx_enquire_free(handle) }

    public func setQuery(_ query: Query) throws(XapianError) {
        _ = try checked { cx_enquire_set_query(handle, query.handle, $0) }
    }

    /// Sorts by relevance (nil) or by a value slot, then relevance.
    public func setSort(slot: UInt32?, descending: Bool = false) throws(XapianError) {
        let s = slot.map { Int32($0) } ?? -1
        _ = try checked { cx_enquire_set_sort(handle, s, descending ? 1 : 0, $0) }
    }

    /// Counts the values of `slot` over every match the matcher visits.
    public func addValueCountSpy(slot: UInt32) throws(XapianError) -> ValueCountSpy {
        guard let h = try checked({ cx_enquire_add_value_count_spy(handle, slot, $0) }) else {
            throw XapianError(kind: .invalidArgument, message: "cannot add a match spy")
        }
        return ValueCountSpy(handle: h)
    }

    /// `checkAtLeast` ≥ the document count makes totals and spy counts exact.
    public func matches(offset: Int, limit: Int, checkAtLeast: Int = 0) throws(XapianError) -> MatchSet {
        guard let h = try checked({ cx_enquire_get_mset(handle, UInt32(clamping: offset), UInt32(clamping: limit), UInt32(clamping: checkAtLeast), $0) }) else {
            throw XapianError(kind: .invalidArgument, message: "cannot run the query")
        }
        return MatchSet(handle: h)
    }
}

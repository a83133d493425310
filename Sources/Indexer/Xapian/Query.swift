import CXapian

/// An immutable Xapian query tree.
///
///     let q = Query.and([try Query(term: "XCKR"), parsed])
public final class Query {
    public enum Operator: Int32 {
        case and = 0, or = 1, andNot = 2, xor = 3, andMaybe = 4, filter = 5, near = 6, phrase = 7
        case eliteSet = 10, synonym = 13
    }

    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { cx_query_free(handle) }

    public convenience init(term: String) throws(XapianError) {
        let n = term.utf8.count
        guard let h = try checked({ cx_query_term(term, n, $0) }) else {
            throw XapianError(kind: .invalidArgument, message: "bad term")
        }
        self.init(handle: h)
    }

    public static func matchAll() throws(XapianError) -> Query {
        Query(handle: try checked { cx_query_match_all($0) }!)
    }

    public static func matchNothing() throws(XapianError) -> Query {
        Query(handle: try checked { cx_query_match_nothing($0) }!)
    }

    public static func combine(_ op: Operator, _ queries: [Query]) throws(XapianError) -> Query {
        let handles: [OpaquePointer?] = queries.map { $0.handle }
        let h = try handles.withUnsafeBufferPointer { buf throws(XapianError) in
            try checked { cx_query_combine(op.rawValue, buf.baseAddress, buf.count, $0) }
        }
        guard let h else { throw XapianError(kind: .invalidArgument, message: "cannot combine queries") }
        return Query(handle: h)
    }

    /// Documents whose value in `slot` lies in lower...upper (string order); either bound may be open.
    public static func valueRange(slot: UInt32, from lower: String?, to upper: String?) throws(XapianError) -> Query {
        let lo = lower ?? ""
        let hi = upper ?? ""
        let h = try checked { e in
            lo.withCString { lp in
                hi.withCString { hp in
                    cx_query_value_range(slot, lower == nil ? nil : lp, lo.utf8.count,
                                         upper == nil ? nil : hp, hi.utf8.count, e)
                }
            }
        }
        guard let h else { throw XapianError(kind: .invalidArgument, message: "bad value range") }
        return Query(handle: h)
    }

    public func scaled(by factor: Double) throws(XapianError) -> Query {
        guard let h = try checked({ cx_query_scale(handle, factor, $0) }) else {
            throw XapianError(kind: .invalidArgument, message: "bad scale factor")
        }
        return Query(handle: h)
    }

    public var isEmpty: Bool { cx_query_is_empty(handle) != 0 }

    public var description: String { takeString(cx_query_description(handle)) }

    /// The distinct terms the query names, prefixed ones included; wildcards are not expanded.
    public func terms() throws(XapianError) -> [String] {
        try drainTermList(try checked { cx_query_terms(handle, $0) }).map(\.term)
    }
}

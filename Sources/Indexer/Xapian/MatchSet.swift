import CXapian

/// One page of matches, with totals and Xapian's snippet generation (searches use SnippetMaker).
public final class MatchSet {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { cx_mset_free(handle) }

    public var count: Int { Int(cx_mset_size(handle)) }
    public func estimated() throws(XapianError) -> Int { Int(try checked { cx_mset_estimated(handle, $0) }) }
    public func lowerBound() throws(XapianError) -> Int { Int(try checked { cx_mset_lower_bound(handle, $0) }) }
    public func upperBound() throws(XapianError) -> Int { Int(try checked { cx_mset_upper_bound(handle, $0) }) }

    public func documentID(at i: Int) throws(XapianError) -> UInt32 { try checked { cx_mset_docid(handle, UInt32(i), $0) } }
    public func weight(at i: Int) throws(XapianError) -> Double { try checked { cx_mset_weight(handle, UInt32(i), $0) } }
    public func percent(at i: Int) throws(XapianError) -> Int { Int(try checked { cx_mset_percent(handle, UInt32(i), $0) }) }

    public func document(at i: Int) throws(XapianError) -> Document {
        guard let h = try checked({ cx_mset_document(handle, UInt32(i), $0) }) else {
            throw XapianError(kind: .docNotFound, message: "no document at \(i)")
        }
        return Document(handle: h)
    }
}

import CXapian

/// Xapian's ValueCountMatchSpy: how many matches hold each value of a slot.
/// It is a stock spy, so it also works across remote shards served by `xapian-tcpsrv`.
public final class ValueCountSpy {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { cx_spy_free(handle) }

    /// Number of documents the spy saw.
    public func total() throws(XapianError) -> Int { Int(try checked { cx_spy_total(handle, $0) }) }

    /// Each distinct value and its count, most frequent first.
    public func counts() throws(XapianError) -> [TermEntry] {
        try drainTermList(try checked { cx_spy_values(handle, $0) })
    }
}

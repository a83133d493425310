import CXapian

/// Xapian's ValueCountMatchSpy: how many matches hold each value of a slot.
/// It is a stock spy, so it also works across remote shards served by `xapian-tcpsrv`.
public final class ValueCountSpy {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { cx_spy_free(handle) }

    /// Number of documents the spy saw.
    public func total() throws(XapianError) -> Int { Int(try checked { cx_spy_total(handle, $0) }) }

    /// Each distinct value and its count, in value order.
    public func counts() throws(XapianError) -> [TermEntry] {
        try drainTermList(try checked { cx_spy_values(handle, $0) })
    }

    /// The same counts in one buffer, read without a String per value: a broad query has
    /// thousands of distinct values.
    public func packedCounts() throws(XapianError) -> PackedValueCounts {
        var len = 0
        let p = try checked { cx_spy_packed(handle, &len, $0) }
        return PackedValueCounts(bytes: takeBytes(p, length: len))
    }
}

/// A spy's (value, count) pairs as the shim packs them: per value a UInt32 count, a UInt32
/// length, then the value's bytes.
public struct PackedValueCounts: Sendable {
    public let bytes: [UInt8]

    /// Calls `body` with each value's bytes and count, in the spy's order.
    public func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        bytes.withUnsafeBufferPointer { buf in
            let raw = UnsafeRawBufferPointer(buf)
            var i = 0
            while i + 8 <= buf.count {
                let count = Int(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                let length = Int(raw.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self))
                i += 8
                guard i + length <= buf.count else { return }
                body(UnsafeBufferPointer(rebasing: buf[i..<i + length]), count)
                i += length
            }
        }
    }
}

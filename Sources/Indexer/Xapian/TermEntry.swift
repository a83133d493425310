import CXapian

/// One term from a term list, posting-free: the term and its frequency.
public struct TermEntry: Sendable, Hashable {
    public let term: String
    public let frequency: Int
}

/// Drains a shim term list into an array, freeing it.
func drainTermList(_ tl: OpaquePointer?) throws(XapianError) -> [TermEntry] {
    guard let tl else { return [] }
    defer { cx_termlist_free(tl) }
    var out: [TermEntry] = []
    while true {
        var ptr: UnsafePointer<CChar>? = nil
        var len = 0
        var freq: UInt32 = 0
        let more = try checked { cx_termlist_next(tl, &ptr, &len, &freq, $0) }
        guard more != 0, let ptr else { break }
        let term = String(decoding: UnsafeRawBufferPointer(start: ptr, count: len), as: UTF8.self)
        out.append(TermEntry(term: term, frequency: Int(freq)))
    }
    return out
}

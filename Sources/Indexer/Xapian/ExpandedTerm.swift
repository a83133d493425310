import CXapian

/// A term Xapian's query expansion picked, with its weight (higher tells the relevant documents
/// apart from the rest more strongly).
public struct ExpandedTerm: Sendable, Hashable {
    public let term: String
    public let weight: Double
}

extension Enquire {
    /// The `limit` terms that best characterise the documents `relevant` against the whole
    /// database (Xapian's ESet over an RSet), best first.
    ///
    ///     let terms = try Enquire(db).expand(relevant: [12, 40], limit: 20)
    public func expand(relevant: [UInt32], limit: Int) throws(XapianError) -> [ExpandedTerm] {
        let eset = try relevant.withUnsafeBufferPointer { (docs) throws(XapianError) -> OpaquePointer? in
            try checked { cx_enquire_get_eset(handle, docs.baseAddress, docs.count, UInt32(clamping: limit), $0) }
        }
        guard let eset else { return [] }
        defer { cx_eset_free(eset) }
        var out: [ExpandedTerm] = []
        for i in 0..<cx_eset_size(eset) {
            var len = 0
            let p = try checked { cx_eset_term(eset, i, &len, $0) }
            let term = takeString(p, length: len)
            out.append(ExpandedTerm(term: term, weight: try checked { cx_eset_weight(eset, i, $0) }))
        }
        return out
    }

    /// Keeps at most `max` matches per value of `slot` (nil: no collapsing); empty values are never collapsed.
    public func setCollapseKey(slot: UInt32?, max: Int = 1) throws(XapianError) {
        let s = slot.map { Int32($0) } ?? -1
        _ = try checked { cx_enquire_set_collapse_key(handle, s, UInt32(clamping: max), $0) }
    }
}

extension MatchSet {
    /// How many matches sharing this hit's collapse value were left out (at least this many).
    public func collapseCount(at i: Int) throws(XapianError) -> Int {
        Int(try checked { cx_mset_collapse_count(handle, UInt32(i), $0) })
    }
}

extension WritableDatabase {
    /// Up to `max` ids of documents holding `term`, this writer's uncommitted changes included.
    func postings(of term: String, max: Int) throws(XapianError) -> [UInt32] {
        var out = [UInt32](repeating: 0, count: max)
        let n = try out.withUnsafeMutableBufferPointer { (buf) throws(XapianError) -> Int in
            try checked { cx_writable_postings(handle, term, term.utf8.count, buf.baseAddress, buf.count, $0) }
        }
        return Array(out.prefix(n))
    }
}

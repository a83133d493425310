import CXapian

/// A Xapian document: terms, values and opaque data.
///
///     let doc = Document(); try doc.setData(Array(json.utf8)); try doc.addBooleanTerm("Q" + id)
public final class Document {
    let handle: OpaquePointer

    public init() {
        guard let h = cx_document_new() else { fatalError("out of memory allocating a Xapian document") }
        handle = h
    }

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { cx_document_free(handle) }

    public var id: UInt32 { cx_document_docid(handle) }

    public func data() throws(XapianError) -> [UInt8] {
        var len = 0
        let p = try checked { cx_document_get_data(handle, &len, $0) }
        return takeBytes(p, length: len)
    }

    /// The data's bytes lent to `body` in the shim's buffer: one copy fewer than `data()`.
    public func withData<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) throws(XapianError) -> T {
        var len = 0
        let p = try checked { cx_document_get_data(handle, &len, $0) }
        return lend(p, length: len, to: body)
    }

    public func setData(_ bytes: [UInt8]) throws(XapianError) {
        _ = try bytes.withUnsafeBufferPointer { buf throws(XapianError) in
            try checked { cx_document_set_data(handle, buf.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }, buf.count, $0) }
        }
    }

    public func value(_ slot: UInt32) throws(XapianError) -> String {
        var len = 0
        let p = try checked { cx_document_get_value(handle, slot, &len, $0) }
        return takeString(p, length: len)
    }

    /// A value's bytes lent to `body` in the shim's buffer (empty when the slot is unset).
    public func withValue<T>(_ slot: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> T) throws(XapianError) -> T {
        var len = 0
        let p = try checked { cx_document_get_value(handle, slot, &len, $0) }
        return lend(p, length: len, to: body)
    }

    public func addValue(_ slot: UInt32, bytes: [UInt8]) throws(XapianError) {
        _ = try bytes.withUnsafeBufferPointer { buf throws(XapianError) in
            try checked { cx_document_add_value(handle, slot, buf.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }, buf.count, $0) }
        }
    }

    public func addValue(_ slot: UInt32, _ value: String) throws(XapianError) {
        let n = value.utf8.count
        _ = try checked { cx_document_add_value(handle, slot, value, n, $0) }
    }

    public func addBooleanTerm(_ term: String) throws(XapianError) {
        let n = term.utf8.count
        _ = try checked { cx_document_add_boolean_term(handle, term, n, $0) }
    }

    /// The document's terms with their within-document frequency.
    public func terms() throws(XapianError) -> [TermEntry] {
        try drainTermList(try checked { cx_document_termlist(handle, $0) })
    }

    public func addTerm(_ term: String, wdf: UInt32 = 1) throws(XapianError) {
        let n = term.utf8.count
        _ = try checked { cx_document_add_term(handle, term, n, wdf, $0) }
    }
}

/// Hands a malloc'd byte string from the shim to `body`, then frees it.
private func lend<T>(_ p: UnsafeMutablePointer<CChar>?, length: Int, to body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    guard let p else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    defer { cx_free(p) }
    return p.withMemoryRebound(to: UInt8.self, capacity: length) { body(UnsafeBufferPointer(start: $0, count: length)) }
}

import CXapian

/// An error raised by Xapian, carrying its class (`DatabaseLockError`, `QueryParserError`…) and message.
///
///     catch let e as XapianError where e.kind == "DatabaseLockError" { … }
public struct XapianError: Error, CustomStringConvertible, Sendable {
    public let kind: String
    public let message: String

    public init(kind: String, message: String) { self.kind = kind; self.message = message }

    public var description: String { message }

    /// True when the database changed under a reader and it must reopen.
    public var isDatabaseModified: Bool { kind == "DatabaseModifiedError" }
    public var isLock: Bool { kind == "DatabaseLockError" }
    public var isNetwork: Bool { kind.hasPrefix("Network") }
}

/// Calls a shim function with an error out-parameter and converts a set error into a thrown XapianError.
@inline(__always)
func checked<T>(_ body: (UnsafeMutablePointer<UnsafeMutablePointer<cx_error>?>) -> T) throws(XapianError) -> T {
    var err: UnsafeMutablePointer<cx_error>? = nil
    let result = body(&err)
    if let err {
        let kind = err.pointee.type.map { String(cString: $0) } ?? "Error"
        let message = err.pointee.message.map { String(cString: $0) } ?? "unknown Xapian error"
        cx_error_free(err)
        throw XapianError(kind: kind, message: message)
    }
    return result
}

/// Takes ownership of a malloc'd byte string from the shim.
func takeString(_ p: UnsafeMutablePointer<CChar>?, length: Int? = nil) -> String {
    guard let p else { return "" }
    defer { cx_free(p) }
    if let length {
        return String(decoding: UnsafeRawBufferPointer(start: p, count: length), as: UTF8.self)
    }
    return String(cString: p)
}

/// Takes ownership of a malloc'd byte string as raw bytes (values may hold any bytes).
func takeBytes(_ p: UnsafeMutablePointer<CChar>?, length: Int) -> [UInt8] {
    guard let p else { return [] }
    defer { cx_free(p) }
    return Array(UnsafeRawBufferPointer(start: p, count: length))
}

import CXapian

/// An error raised by Xapian (or by the shim around it): its class, typed, and its message.
///
///     catch let e as XapianError where e.kind == .databaseLock { … }
public struct XapianError: Error, CustomStringConvertible, Sendable {
    /// Xapian's error classes (`Xapian::Error::get_type()`), plus the shim's own for C++
    /// exceptions that are not Xapian's. In the style of GRDB's `ResultCode`.
    public enum Kind: String, Sendable, CaseIterable {
        case assertion = "AssertionError"
        case invalidArgument = "InvalidArgumentError"
        case invalidOperation = "InvalidOperationError"
        case unimplemented = "UnimplementedError"
        case database = "DatabaseError"
        case databaseClosed = "DatabaseClosedError"
        case databaseCorrupt = "DatabaseCorruptError"
        case databaseCreate = "DatabaseCreateError"
        case databaseLock = "DatabaseLockError"
        case databaseModified = "DatabaseModifiedError"
        case databaseNotFound = "DatabaseNotFoundError"
        case databaseOpening = "DatabaseOpeningError"
        case databaseVersion = "DatabaseVersionError"
        case docNotFound = "DocNotFoundError"
        case featureUnavailable = "FeatureUnavailableError"
        case `internal` = "InternalError"
        case network = "NetworkError"
        case networkTimeout = "NetworkTimeoutError"
        case queryParser = "QueryParserError"
        case range = "RangeError"
        case serialisation = "SerialisationError"
        case wildcard = "WildcardError"
        /// The shim's classes for C++ exceptions that are not Xapian's.
        case memory = "MemoryError"
        case stdException = "StdException"
        case unknown = "UnknownError"
        /// A class this list does not know (a newer Xapian), or the base class.
        case error = "Error"

        /// The class name as Xapian spells it (`DatabaseLockError`).
        public var name: String { rawValue }

        /// Network failures, timeouts included: a remote shard that went away.
        public var isNetwork: Bool { self == .network || self == .networkTimeout }
    }

    public let kind: Kind
    public let message: String

    public init(kind: Kind, message: String) { self.kind = kind; self.message = message }

    public var description: String { message }
}
/// Calls a shim function with an error out-parameter and converts a set error into a thrown XapianError.
@inline(__always)
func checked<T>(_ body: (UnsafeMutablePointer<UnsafeMutablePointer<cx_error>?>) -> T) throws(XapianError) -> T {
    var err: UnsafeMutablePointer<cx_error>? = nil
    let result = body(&err)
    if let err {
        let kind = err.pointee.type.map { XapianError.Kind(rawValue: String(cString: $0)) ?? .error } ?? .error
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

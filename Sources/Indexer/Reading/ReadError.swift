/// Why a file gave no article at all, or why a whole scan could not start (the root is missing
/// or unreadable): the one error that carries a path and a reason. `path` is relative to the
/// indexed root for a file, the root itself for a scan.
///
///     catch let e as ReadError { print(e) }   // "a/b.bin: binary content, not text"
public struct ReadError: Error, CustomStringConvertible, Sendable, Hashable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
    public var description: String { "\(path): \(reason)" }
}

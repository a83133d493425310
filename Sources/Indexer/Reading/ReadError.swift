/// Why one file gave no article at all. `path` is the file's path relative to the indexed root.
///
///     catch let e as ReadError { print(e) }   // "a/b.bin: binary content, not text"
public struct ReadError: Error, CustomStringConvertible, Sendable, Hashable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
    public var description: String { "\(path): \(reason)" }
}

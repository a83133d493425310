/// Why a whole scan could not start: the root is missing or cannot be read.
///
///     do { _ = try FolderScanner(root: "/nope").scan() } catch { print(error) }  // "/nope: no such file or folder"
public struct ScanError: Error, CustomStringConvertible, Sendable, Hashable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
    public var description: String { "\(path): \(reason)" }
}

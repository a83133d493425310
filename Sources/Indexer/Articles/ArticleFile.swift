import Foundation

/// A file the scanner found under an indexed root, before it is read.
public struct ArticleFile: Sendable, Hashable {
    /// Absolute, standardised path.
    public var path: String
    /// Path relative to the indexed root, with `/` separators: the base of article ids.
    public var relativePath: String
    public var size: Int
    public var modified: Date

    public init(path: String, relativePath: String, size: Int, modified: Date) {
        self.path = path; self.relativePath = relativePath; self.size = size; self.modified = modified
    }
}

/// A path that was not indexed, and why, in words a user can act on.
public struct Skip: Sendable, Hashable, Codable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
}

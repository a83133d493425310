import Foundation

/// A file the scanner found under an indexed root, before it is read.
public struct ArticleFile: Sendable, Hashable {
    /// Absolute, standardised path.
    public var path: String
    /// Path relative to the indexed root, with `/` separators: the base of article ids.
    public let relativePath: String
    public var size: Int
    public var modified: Date
    /// The lowercased extension ("txt", "jsonl"): the scanner's filter, the reader's choice of
    /// parser and the stored format, worked out once per file.
    public let format: String

    public init(path: String, relativePath: String, size: Int, modified: Date) {
        self.path = path; self.relativePath = relativePath; self.size = size; self.modified = modified
        format = (relativePath as NSString).pathExtension.lowercased()
    }
}

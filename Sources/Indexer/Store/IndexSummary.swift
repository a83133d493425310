import Foundation

/// What one `search index` run did, counted in files; `articles` counts the documents written.
public struct IndexSummary: Codable, Sendable {
    public var root: String
    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0
    public var articlesWritten = 0
    public var articlesRemoved = 0
    public var skipped: [Skip] = []
    public var seconds: Double = 0
    public var documents = 0
    /// Files read through the Windows-1252 fallback (indexed, reported).
    public var decodedAsWindows1252: [String] = []

    public init(root: String) { self.root = root }

    enum CodingKeys: String, CodingKey {
        case root, added, updated, removed, unchanged, skipped, seconds, documents
        case articlesWritten = "articles_written", articlesRemoved = "articles_removed"
        case decodedAsWindows1252 = "cp1252_fallback"
    }
}

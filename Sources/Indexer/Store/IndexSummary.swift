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
    /// Articles whose files are gone but were not removed, because the run would have removed
    /// more than half of the folder's articles (`IndexOptions.prune` confirms such removals).
    public var removalsWithheld = 0
    /// The folder's articles before the run, for the message about withheld removals.
    public var rootArticles = 0

    public init(root: String) { self.root = root }

    /// Records written before a field existed lack its key: it reads as its default.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        root = try c.decode(String.self, forKey: .root)
        added = try c.decodeIfPresent(Int.self, forKey: .added) ?? 0
        updated = try c.decodeIfPresent(Int.self, forKey: .updated) ?? 0
        removed = try c.decodeIfPresent(Int.self, forKey: .removed) ?? 0
        unchanged = try c.decodeIfPresent(Int.self, forKey: .unchanged) ?? 0
        articlesWritten = try c.decodeIfPresent(Int.self, forKey: .articlesWritten) ?? 0
        articlesRemoved = try c.decodeIfPresent(Int.self, forKey: .articlesRemoved) ?? 0
        skipped = try c.decodeIfPresent([Skip].self, forKey: .skipped) ?? []
        seconds = try c.decodeIfPresent(Double.self, forKey: .seconds) ?? 0
        documents = try c.decodeIfPresent(Int.self, forKey: .documents) ?? 0
        decodedAsWindows1252 = try c.decodeIfPresent([String].self, forKey: .decodedAsWindows1252) ?? []
        removalsWithheld = try c.decodeIfPresent(Int.self, forKey: .removalsWithheld) ?? 0
        rootArticles = try c.decodeIfPresent(Int.self, forKey: .rootArticles) ?? 0
    }

    enum CodingKeys: String, CodingKey {
        case root, added, updated, removed, unchanged, skipped, seconds, documents
        case articlesWritten = "articles_written", articlesRemoved = "articles_removed"
        case decodedAsWindows1252 = "cp1252_fallback"
        case removalsWithheld = "removals_withheld", rootArticles = "root_articles"
    }
}

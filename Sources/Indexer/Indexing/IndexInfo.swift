import Foundation

/// A folder added to the index by `search index FOLDER`.
public struct IndexedRoot: Codable, Sendable, Hashable {
    /// Short stable key naming the root inside terms (a hash of its absolute path).
    public var key: String
    public var path: String
    public var added: Date
    public var updated: Date

    public init(path: String, now: Date = Date()) {
        self.path = path
        self.key = String(StableHash.hex(path).prefix(10))
        self.added = now
        self.updated = now
    }
}

/// Facts about the index as a whole, stored as JSON in the database's metadata.
public struct IndexInfo: Codable, Sendable {
    public var schema: Int = Schema.version
    public var tool: String = NewsIndexVersion.string
    public var xapian: String = ""
    public var roots: [IndexedRoot] = []
    public var updated: Date?
    public var lastRun: IndexSummary?
    /// Whether the index keeps a spelling table (`search index --spelling`).
    public var spelling = false

    public init() {}

    enum CodingKeys: String, CodingKey { case schema, tool, xapian, roots, updated, lastRun, spelling }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decodeIfPresent(Int.self, forKey: .schema) ?? Schema.version
        tool = try c.decodeIfPresent(String.self, forKey: .tool) ?? ""
        xapian = try c.decodeIfPresent(String.self, forKey: .xapian) ?? ""
        roots = try c.decodeIfPresent([IndexedRoot].self, forKey: .roots) ?? []
        updated = try c.decodeIfPresent(Date.self, forKey: .updated)
        lastRun = try c.decodeIfPresent(IndexSummary.self, forKey: .lastRun)
        // Indexes written before the option existed always recorded spelling.
        spelling = try c.decodeIfPresent(Bool.self, forKey: .spelling) ?? true
    }

    static func load(from metadata: String) -> IndexInfo {
        guard !metadata.isEmpty,
              let info = try? IndexInfo.decoder.decode(IndexInfo.self, from: Data(metadata.utf8)) else { return IndexInfo() }
        return info
    }

    var encoded: String {
        let enc = JSONEncoder()
        enc.dateEncodingStrategy = .iso8601
        enc.outputFormatting = [.sortedKeys]
        return (try? enc.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static var decoder: JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }
}

public enum NewsIndexVersion {
    public static let string = "0.1.0"
}

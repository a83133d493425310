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
    /// Whether the index keeps a spelling table (`search index --spelling`). Records written
    /// before the option have no such field, and those indexes always kept one.
    public var spelling: Bool {
        get { spellingTable ?? true }
        set { spellingTable = newValue }
    }
    private var spellingTable: Bool? = false

    public init() {}

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

import Foundation

/// A folder added to the index by `search index FOLDER`.
public struct IndexedRoot: Codable, Sendable, Hashable {
    /// Short stable key naming the root inside terms (a hash of its absolute path).
    public var key: String
    public var path: String
    public var added: Date
    public var updated: Date
    /// Put before the relative path to make each article id of this root (`t1b/a.txt`), so that
    /// ids stay unique across roots. Given once, when the root is added; nil (no prefix) for the
    /// first root, and for roots added before ids had prefixes.
    public var idPrefix: String?

    public init(path: String, now: Date = Date()) {
        self.path = path
        self.key = String(StableHash.hex(path).prefix(10))
        self.added = now
        self.updated = now
    }

    public var articleIDPrefix: String { idPrefix ?? "" }

    /// Whether one of the two folders holds the other (or they are the same).
    func overlaps(_ other: String) -> Bool {
        path == other || path.hasPrefix(other + "/") || other.hasPrefix(path + "/")
    }
}

extension IndexInfo {
    /// The id prefix for a root being added: none for an index's first root (ids are plain
    /// relative paths, as they always were), else the folder's name and `/`, with `-2`, `-3`…
    /// when another root already uses that name or a root without prefix holds a folder of
    /// that name (whose ids would look the same). Depends only on the roots and the file system,
    /// so every shard of a sharded index gives the same prefix.
    func idPrefix(forNewRoot path: String) -> String? {
        let others = roots.filter { $0.path != path }
        guard !others.isEmpty else { return nil }
        let name = (path as NSString).lastPathComponent
        var candidate = name + "/"
        var n = 1
        func taken(_ prefix: String) -> Bool {
            others.contains { $0.idPrefix == prefix }
                || others.contains { $0.idPrefix == nil && FileManager.default.fileExists(atPath: ($0.path as NSString).appendingPathComponent(String(prefix.dropLast()))) }
        }
        while taken(candidate) {
            n += 1
            candidate = "\(name)-\(n)/"
        }
        return candidate
    }

    /// An indexed root that holds `path` or that `path` holds, other than `path` itself.
    func overlappingRoot(_ path: String) -> IndexedRoot? {
        roots.first { $0.path != path && $0.overlaps(path) }
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

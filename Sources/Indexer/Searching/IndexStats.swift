import Foundation

/// What `search stats` reports.
public struct IndexStats: Sendable {
    public struct Shard: Sendable {
        public var location: String
        /// Nil for a remote shard (its files are on another machine).
        public var bytes: Int?
        /// Articles in this shard; nil when it was not counted or could not be opened.
        public var documents: Int? = nil
    }
    public var path: String
    public var documents: Int
    public var bytes: Int
    public var firstPublished: String?
    public var lastPublished: String?
    public var info: IndexInfo
    public var shards: [Shard]
}

extension Searcher {
    public func stats() throws(SearchError) -> IndexStats {
        try checkShards(allowPartial: false)
        let outcome = Self.capture { () throws -> IndexStats in
            let lo = try self.database.valueLowerBound(Schema.Slot.published)
            let hi = try self.database.valueUpperBound(Schema.Slot.published)
            let shards = IndexFiles.shards(of: self.indexPath, documents: true)
            let bytes = shards.compactMap(\.bytes).reduce(0, +)
            return IndexStats(path: self.indexPath, documents: try self.database.documentCount(), bytes: bytes,
                              firstPublished: Self.isoDay(lo), lastPublished: Self.isoDay(hi),
                              info: try self.info(), shards: shards)
        }
        do { return try outcome.get() } catch { throw damaged(error) }
    }

    static func isoDay(_ compact: String) -> String? {
        guard compact.count == 8 else { return nil }
        let s = Array(compact)
        return String(s[0..<4]) + "-" + String(s[4..<6]) + "-" + String(s[6..<8])
    }
}

/// The files behind an index location: one database folder, or each shard a stub names
/// (a stub file, or a folder holding `XAPIANDB` as `search index --shards` writes).
enum IndexFiles {
    /// With `documents`, each shard is opened on its own to count its articles (remote ones too).
    static func shards(of path: String, documents: Bool = false) -> [IndexStats.Shard] {
        guard let stub = ShardStub.read(path) else {
            guard IndexLocation.exists(path) else { return [] }
            let docs = documents ? (try? Database(path: path).documentCount()) : nil
            return [IndexStats.Shard(location: path, bytes: folderBytes(path), documents: docs)]
        }
        return stub.entries.map { entry in
            let docs = documents ? (try? ShardStub.open(entry, timeout: 5_000).documentCount()) : nil
            switch entry {
            case .local(let p): return IndexStats.Shard(location: p, bytes: folderBytes(p), documents: docs)
            case .remote, .other: return IndexStats.Shard(location: entry.description, bytes: nil, documents: docs)
            }
        }
    }

    static func folderBytes(_ path: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return 0 }
        return names.reduce(0) { sum, name in
            let attrs = try? FileManager.default.attributesOfItem(atPath: (path as NSString).appendingPathComponent(name))
            return sum + ((attrs?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}

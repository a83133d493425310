import Foundation

/// What `search stats` reports.
public struct IndexStats: Sendable {
    public struct Shard: Sendable {
        public var location: String
        public var bytes: Int?
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
        try Self.capture { () throws -> IndexStats in
            let lo = try self.database.valueLowerBound(Schema.Slot.published)
            let hi = try self.database.valueUpperBound(Schema.Slot.published)
            let shards = IndexFiles.shards(of: self.indexPath)
            let bytes = shards.compactMap(\.bytes).reduce(0, +)
            return IndexStats(path: self.indexPath, documents: try self.database.documentCount(), bytes: bytes,
                              firstPublished: Self.isoDay(lo), lastPublished: Self.isoDay(hi),
                              info: try self.info(), shards: shards)
        }.get()
    }

    static func isoDay(_ compact: String) -> String? {
        guard compact.count == 8 else { return nil }
        let s = Array(compact)
        return String(s[0..<4]) + "-" + String(s[4..<6]) + "-" + String(s[6..<8])
    }
}

/// The files behind an index location: one database folder, or each shard a stub names.
enum IndexFiles {
    static func shards(of path: String) -> [IndexStats.Shard] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return [] }
        if isDir.boolValue { return [IndexStats.Shard(location: path, bytes: folderBytes(path))] }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let base = (path as NSString).deletingLastPathComponent
        var out: [IndexStats.Shard] = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].hasPrefix("#") else { continue }
            switch parts[0] {
            case "remote": out.append(IndexStats.Shard(location: "remote " + parts[1], bytes: nil))
            case "auto", "glass", "chert":
                let p = parts[1].hasPrefix("/") ? parts[1] : (base as NSString).appendingPathComponent(parts[1])
                out.append(IndexStats.Shard(location: p, bytes: folderBytes(p)))
            default: continue
            }
        }
        return out
    }

    static func folderBytes(_ path: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return 0 }
        return names.reduce(0) { sum, name in
            let attrs = try? FileManager.default.attributesOfItem(atPath: (path as NSString).appendingPathComponent(name))
            return sum + ((attrs?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}

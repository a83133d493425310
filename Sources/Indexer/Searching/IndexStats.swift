import Foundation

/// What `search stats` reports.
public struct IndexStats: Sendable {
    public typealias Shard = IndexFiles.Shard
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

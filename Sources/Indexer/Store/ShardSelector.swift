/// Picks the shard that owns a file: a stable hash of its file term (root key + relative path)
/// modulo the shard count.
///
/// By file, not by article: a `.jsonl` or `.csv` file holds many articles, and change detection
/// (the file's boolean term and its size/mtime/hash metadata) is per file. Keeping a file's
/// articles and its metadata in one shard lets each shard run the single-database update logic
/// unchanged: an edited file is re-read in its shard, a vanished one is deleted from it, and an
/// article can never be in two shards. StableHash (FNV-1a), never Swift's seeded `Hasher`, so the
/// choice survives across runs and machines.
public struct ShardSelector: Sendable, Hashable {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) { self.index = index; self.count = count }

    public static func shard(rootKey: String, relativePath: String, count: Int) -> Int {
        guard count > 1 else { return 0 }
        let term = Schema.fileTerm(rootKey: rootKey, relativePath: relativePath)
        return Int(StableHash.value(term) % UInt64(count))
    }

    public func owns(rootKey: String, relativePath: String) -> Bool {
        Self.shard(rootKey: rootKey, relativePath: relativePath, count: count) == index
    }
}

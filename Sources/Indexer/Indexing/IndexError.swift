/// Why an index run, a removal, a compaction or a tagging run failed: each case carries the
/// values a front end needs to phrase it (the CLI's words live in `Sources/search`).
/// `description` is plain English that names no front end's flags or commands.
public enum IndexError: Error, CustomStringConvertible {
    /// Another writer holds the index's write lock; `owner` names it when known.
    case locked(index: String, owner: String?)
    /// The index exists but this user cannot take its write lock (permissions, read-only disk).
    case notWritable(index: String, reason: String)
    case noIndex(String)
    /// The folder (or file) to index or tag is missing or unreadable.
    case folderMissing(String)
    /// `remove` was given a folder the index does not list.
    case notAnIndexedFolder(String)
    /// The index was written with another schema version and needs a full rebuild.
    case schemaMismatch(index: String, found: Int)
    /// The index folder (or a shard layout) could not be created.
    case cannotCreate(path: String, reason: String)
    /// A sharded index has `existing` shards and the run asked for `requested`.
    case shardCountMismatch(index: String, existing: Int, requested: Int)
    case invalidShardCount(Int)
    /// A new sharded index asked for where a single database already is.
    case singleDatabaseExists(String)
    /// A new sharded index asked for in a folder that holds something else.
    case occupiedFolder(String)
    /// A stub line that no writer can use: not a database or stub at all.
    case unreadableStub(file: String, line: String)
    /// A stub listing a remote shard, which only its own machine can write.
    case remoteShard(file: String, entry: String)
    case emptyStub(String)
    /// One shard of a sharded run failed.
    case shard(path: String, XapianError)
    case shardUnfinished(String)
    /// A compaction target that already exists.
    case outputExists(String)
    /// In-place compaction of something that is not a database folder.
    case notADatabaseFolder(String)
    /// A file system operation failed (moving the compacted database into place).
    case fileSystem(String)
    /// An indexed folder that is missing, empty or unreadable (an unmounted share): nothing was
    /// removed. `reason` says which; `articles` is what the index holds for it.
    case rootUnavailable(path: String, reason: String, articles: Int)
    /// The folder holds an indexed folder, or an indexed folder holds it: its files would be
    /// indexed twice.
    case overlappingRoot(path: String, indexed: String)
    case engine(XapianError)

    public var description: String {
        switch self {
        case .locked(let index, let owner):
            let who = owner.map { " by \($0)" } ?? " by another writer"
            return "index \(index) is locked\(who) (Xapian write lock in \(index)/flintlock); wait for it to finish or stop it"
        case .notWritable(let index, let reason): return "cannot write to the index at \(index) (\(reason))"
        case .noIndex(let path): return "no index at \(path)"
        case .folderMissing(let path): return "folder \(path) does not exist or cannot be read"
        case .notAnIndexedFolder(let path): return "folder \(path) is not an indexed folder"
        case .schemaMismatch(let index, let found):
            return "index \(index) was built with schema \(found), this tool writes \(Schema.version); it needs a full rebuild"
        case .cannotCreate(let path, let reason): return "cannot create \(path): \(reason)"
        case .shardCountMismatch(let index, let existing, let requested): return "\(index) has \(existing) shards, not \(requested)"
        case .invalidShardCount(let n): return "the shard count must be 1 or more, not \(n)"
        case .singleDatabaseExists(let path): return "\(path) already holds a single (unsharded) database"
        case .occupiedFolder(let path): return "\(path) exists and is not an index"
        case .unreadableStub(let file, let line): return "\(file) is not a database or a stub of local shards (line '\(line)')"
        case .remoteShard(let file, let entry): return "\(file) lists '\(entry)': only local shards can be written"
        case .emptyStub(let file): return "\(file) lists no shards"
        case .shard(let path, let e): return "\(e.kind.name): shard \(path): \(e.message)"
        case .shardUnfinished(let path): return "shard \(path) did not finish"
        case .outputExists(let path): return "\(path) already exists"
        case .notADatabaseFolder(let path): return "\(path) is not a database folder"
        case .fileSystem(let reason): return reason
        case .rootUnavailable(let path, let reason, let articles):
            return "the indexed folder \(path) is \(reason); its \(articles) article\(articles == 1 ? "" : "s") were kept and nothing was removed"
        case .overlappingRoot(let path, let indexed):
            let inside = path.hasPrefix(indexed + "/")
            return inside ? "\(path) is inside the indexed folder \(indexed), so its files are indexed already"
                          : "\(path) holds the indexed folder \(indexed), whose files would be indexed twice"
        case .engine(let e): return "\(e.kind.name): \(e.message)"
        }
    }
}

extension IndexError {
    /// Runs file and database work that may throw anything: an `IndexError` passes through, a
    /// Xapian error is `.engine`, any other (Foundation's file errors) is `.fileSystem`.
    static func mapping<T>(_ body: () throws -> T) throws(IndexError) -> T {
        do {
            return try body()
        } catch let e as IndexError {
            throw e
        } catch let e as XapianError {
            throw .engine(e)
        } catch {
            throw .fileSystem(error.localizedDescription)
        }
    }
}

import Foundation
import Indexer

/// A failure phrased for the command line, with its exit code: 1 no index or the index failed,
/// 2 bad usage, bad query or an `--index` that names no usable index.
///
/// The one place where the library's typed errors become the CLI's words (its flags, its
/// commands) and exit codes; other front ends map the same cases to theirs.
struct CommandFailure: Error {
    var message: String
    var code: Int32
    /// A usage mistake: the one-line message points at `--help`.
    var seeHelp = false

    init(message: String, code: Int32, seeHelp: Bool = false) { self.message = message; self.code = code; self.seeHelp = seeHelp }

    /// What `body` returns; any error it throws becomes the CLI's message and exit code.
    static func translating<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw CommandFailure(error) }
    }

    init(_ error: any Error) {
        switch error {
        case let e as CommandFailure: self = e
        case let e as SearchError: self = Self.search(e)
        case let e as IndexError: self = Self.index(e)
        case let e as ReadError: self.init(message: "folder \(e.path) does not exist or cannot be read", code: 2)
        default: self.init(message: "\(error)", code: 1)
        }
    }

    static func search(_ e: SearchError) -> CommandFailure {
        switch e {
        case .noIndex(let path):
            if let problem = IndexPathProblem.unreadable(path) { return CommandFailure(message: problem, code: 2) }
            return CommandFailure(message: noIndex(path), code: 1)
        case .engine(let x):
            if let failure = IndexPathProblem.notAnIndex(x.kind, detail: x.detail) { return failure }
            if x.kind.isNetwork { return CommandFailure(message: "\(e) (use --allow-partial to answer from the others)", code: 1) }
        case .shardsUnreachable(let shards, _):
            return CommandFailure(message: "\(e); start \(shards.count == 1 ? "it" : "them") again, or add --allow-partial to answer from the other shards", code: 1)
        case .negativeLimit(let n): return CommandFailure(message: "--limit must be 0 or more, not \(n)", code: 2, seeHelp: true)
        case .negativeOffset(let n): return CommandFailure(message: "--offset must be 0 or more, not \(n)", code: 2, seeHelp: true)
        case .facetLimitBelowOne(let n): return CommandFailure(message: "--facet-limit must be 1 or more, not \(n)", code: 2, seeHelp: true)
        case .limitTooLarge(let n, let max):
            return CommandFailure(message: "--limit must be at most \(max), not \(n); page with --offset", code: 2, seeHelp: true)
        case .offsetTooLarge(let n, let max): return CommandFailure(message: "--offset must be at most \(max), not \(n)", code: 2, seeHelp: true)
        case .damagedIndex(let path, _):
            return CommandFailure(message: "\(e); `xapian-check \(path)` shows where, and `search index FOLDER --full --index NEW` rebuilds it", code: 1)
        case .outdatedIndex(let path, _):
            return CommandFailure(message: "\(e); rebuild it with: search index FOLDER --full --index \(path)", code: 1)
        default: break
        }
        return CommandFailure(message: e.description, code: e.isUsage ? 2 : 1)
    }

    static func index(_ e: IndexError) -> CommandFailure {
        // Failures Xapian reported as InvalidArgumentError before errors were typed keep that word.
        func invalid(_ m: String) -> CommandFailure { CommandFailure(message: "InvalidArgumentError: " + m, code: 1) }
        switch e {
        case .folderMissing: return CommandFailure(message: e.description, code: 2)
        case .notAnIndexedFolder(let path):
            let exists = FileManager.default.fileExists(atPath: path)
            return CommandFailure(message: exists
                ? "folder \(path) was never indexed, so there is nothing to remove; `search stats` lists the indexed folders"
                : "folder \(path) does not exist and is not an indexed folder; `search stats` lists the indexed folders", code: 2)
        case .rootUnavailable(let path, _, _):
            return CommandFailure(message: "\(e) (an unmounted share?); mount or restore it and index again, or forget it with: search index --remove \(path)", code: 1)
        case .overlappingRoot(let path, let indexed):
            let fix = path.hasPrefix(indexed + "/") ? "index \(indexed) instead" : "remove it first with: search index --remove \(indexed)"
            return CommandFailure(message: "\(e); each file must be one article: \(fix)", code: 2)
        case .noIndex(let path): return CommandFailure(message: noIndex(path), code: 1)
        case .notWritable:
            return CommandFailure(message: "\(e); check its permissions, or give --index a folder you can write", code: 1)
        case .schemaMismatch(let index, let found):
            return CommandFailure(message: "index \(index) was built with schema \(found), this tool writes \(Schema.version); rebuild it with: search index FOLDER --full", code: 1)
        case .cannotCreate:
            return IndexPathProblem.notAnIndex(.databaseCreate, detail: e.description)!
        case .unreadableStub:
            return IndexPathProblem.notAnIndex(.databaseOpening, detail: e.description)!
        case .engine(let x):
            return IndexPathProblem.notAnIndex(x.kind, detail: x.detail) ?? CommandFailure(message: e.description, code: 1)
        case .shard(let path, let x):
            return IndexPathProblem.notAnIndex(x.kind, detail: "shard \(path): \(x.message)") ?? CommandFailure(message: e.description, code: 1)
        case .shardCountMismatch:
            return invalid("\(e); leave --shards out to update it, or build a new index (or `search compact` it into one database first)")
        case .invalidShardCount(let n): return invalid("--shards must be 1 or more, not \(n)")
        case .singleDatabaseExists: return invalid("\(e); index into a new path with --shards, or leave --shards out")
        case .occupiedFolder: return invalid("\(e); choose a new --index path for a sharded index")
        case .remoteShard: return invalid("\(e); run `search index` on the machine that holds it, against that shard")
        case .emptyStub: return invalid(e.description)
        case .outputExists: return invalid("\(e); remove it or give another --output PATH")
        case .notADatabaseFolder: return invalid("\(e); give --output PATH")
        case .shardUnfinished: return CommandFailure(message: "Error: \(e)", code: 1)
        case .fileSystem: return CommandFailure(message: "IOError: \(e)", code: 1)
        case .locked: return CommandFailure(message: e.description, code: 1)
        }
    }

    static func noIndex(_ path: String) -> String {
        "no index at \(path); build one with: search index FOLDER --index \(path)"
    }
}

/// `--index` pointing at something that cannot be an index: said in one line, exit 2.
enum IndexPathProblem {
    /// A path that exists but cannot be looked into (permissions), or nil.
    static func unreadable(_ path: String) -> String? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return nil }
        let needed = isDir.boolValue ? R_OK | X_OK : R_OK
        guard access(path, needed) != 0 else { return nil }
        return "cannot read the index at \(path): \(String(cString: strerror(errno)).lowercased()); give --index a folder you can read"
    }

    /// The failure for an engine error that means the location holds no usable index, or nil.
    static func notAnIndex(_ kind: XapianError.Kind, detail: String) -> CommandFailure? {
        switch kind {
        case .databaseCreate:
            return CommandFailure(message: "\(detail); give --index a folder that can be created and written", code: 2)
        case .databaseOpening, .databaseCorrupt, .databaseVersion:
            return CommandFailure(message: "--index does not name a usable index (\(kind.name): \(detail)); give the folder `search index FOLDER --index PATH` built, or a stub file listing shards", code: 2)
        default:
            return nil
        }
    }
}

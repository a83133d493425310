import Foundation

/// The lines of a Xapian stub database: the shards Xapian opens and searches as one.
///
/// A stub is a text file (`--index cluster.stub`) or a folder holding one named `XAPIANDB`
/// (what `search index --shards N` writes). Lines are `auto PATH` (also `glass`, `chert`),
/// `remote HOST:PORT` for a shard served by `xapian-tcpsrv`, blank, or `#` comments.
/// Relative paths are relative to the folder holding the stub file, as in Xapian.
///
///     let stub = ShardStub.read("Index")   // nil for a single database
public struct ShardStub: Sendable {
    public enum Entry: Sendable, Hashable, CustomStringConvertible {
        case local(String)
        case remote(host: String, port: Int)
        /// A line this tool cannot open on its own (`remote :PROGRAM`, `inmemory`); Xapian still can.
        case other(String)

        public var description: String {
            switch self {
            case .local(let p): return p
            case .remote(let h, let p): return "remote \(h):\(p)"
            case .other(let line): return line
            }
        }
    }

    /// The stub file itself.
    public var file: String
    public var entries: [Entry]

    /// The stub at `indexPath`, or nil when the path is a single database or missing.
    public static func read(_ indexPath: String) -> ShardStub? {
        guard let file = stubFile(for: indexPath),
              let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return ShardStub(file: file, text: text)
    }

    /// `PATH` when it is a file, `PATH/XAPIANDB` when it is a folder holding one.
    public static func stubFile(for indexPath: String) -> String? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: indexPath, isDirectory: &isDir) else { return nil }
        if !isDir.boolValue { return indexPath }
        let inner = (indexPath as NSString).appendingPathComponent(ShardLayout.stubName)
        return FileManager.default.fileExists(atPath: inner) ? inner : nil
    }

    init(file: String, text: String) {
        self.file = file
        let base = (file as NSString).deletingLastPathComponent
        var out: [Entry] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { out.append(.other(line)); continue }
            switch parts[0] {
            case "auto", "glass", "chert", "honey":
                let p = parts[1].hasPrefix("/") ? parts[1] : (base as NSString).appendingPathComponent(parts[1])
                out.append(.local((p as NSString).standardizingPath))
            case "remote":
                // TCP is HOST:PORT; `remote :PROGRAM ARGS` runs a program and is left to Xapian.
                let target = parts[1]
                if !target.hasPrefix(":"), let colon = target.lastIndex(of: ":"),
                   let port = Int(target[target.index(after: colon)...]) {
                    out.append(.remote(host: String(target[..<colon]), port: port))
                } else {
                    out.append(.other(line))
                }
            default:
                out.append(.other(line))
            }
        }
        entries = out
    }

    /// Opens one shard on its own (to find which shard is down, or to build a partial database).
    public static func open(_ entry: Entry, timeout: Int = 10_000) throws(XapianError) -> Database {
        switch entry {
        case .local(let p): return try Database(path: p)
        case .remote(let h, let port): return try Database.remote(host: h, port: port, timeout: timeout)
        case .other(let line):
            throw XapianError(kind: .invalidArgument, message: "cannot open the stub line '\(line)' on its own")
        }
    }

    /// Opens every shard that answers and adds them together; lists the ones that do not.
    public func openLive() throws(XapianError) -> (database: Database, missing: [String]) {
        let db = try Database.empty(path: file)
        var missing: [String] = []
        for entry in entries {
            do {
                let shard = try Self.open(entry)
                _ = try shard.documentCount()
                try db.add(shard)
            } catch {
                missing.append(entry.description)
            }
        }
        return (db, missing)
    }
}

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

/// The on-disk shape of an index written by `search index --shards N --index PATH`:
///
///     PATH/XAPIANDB     the stub: "auto shard-0", "auto shard-1", …
///     PATH/shard-0/     one Xapian database per shard
///     PATH/shard-1/
///
/// PATH stays a folder, so `--index PATH` works for every command (Xapian opens a folder
/// holding `XAPIANDB` as a stub), and moving or deleting the folder takes everything along.
public struct ShardLayout: Sendable {
    public static let stubName = "XAPIANDB"

    public var indexPath: String
    public var shardPaths: [String]

    /// True when `path` is a stub (a folder with XAPIANDB, or a stub file).
    public static func isSharded(_ path: String) -> Bool { ShardStub.stubFile(for: path) != nil }

    /// The layout of an existing stub. Every line must be a local database: a writer cannot
    /// write through `remote` lines (index on the machine that holds the shard instead).
    public static func existing(_ indexPath: String) throws(IndexError) -> ShardLayout? {
        guard let stub = ShardStub.read(indexPath) else { return nil }
        var paths: [String] = []
        for e in stub.entries {
            if case .other(let line) = e {
                // Not a line Xapian's stub format allows for writing: most likely not a stub at all.
                throw .unreadableStub(file: stub.file, line: line)
            }
            guard case .local(let p) = e else {
                throw .remoteShard(file: stub.file, entry: e.description)
            }
            paths.append(p)
        }
        guard !paths.isEmpty else {
            throw .emptyStub(stub.file)
        }
        return ShardLayout(indexPath: indexPath, shardPaths: paths)
    }

    /// Writes a new layout of `count` shards at `indexPath` (a new or empty folder).
    public static func create(_ indexPath: String, count: Int) throws(IndexError) -> ShardLayout {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: indexPath, isDirectory: &isDir) {
            if IndexLocation.exists(indexPath) {
                throw .singleDatabaseExists(indexPath)
            }
            let names = (try? fm.contentsOfDirectory(atPath: indexPath)) ?? []
            // The default Index/ folder carries a README; anything else is somebody's data.
            guard isDir.boolValue, names.allSatisfy({ $0.hasPrefix(".") || $0.lowercased().hasPrefix("readme") }) else {
                throw .occupiedFolder(indexPath)
            }
        }
        let paths = (0..<count).map { (indexPath as NSString).appendingPathComponent("shard-\($0)") }
        let stub = "# NewsIndex shards: written by `search index --shards \(count)`; Xapian searches these as one.\n"
            + (0..<count).map { "auto shard-\($0)\n" }.joined()
        do {
            try fm.createDirectory(atPath: indexPath, withIntermediateDirectories: true)
            try stub.write(toFile: (indexPath as NSString).appendingPathComponent(stubName), atomically: true, encoding: .utf8)
        } catch {
            throw .cannotCreate(path: indexPath, reason: error.localizedDescription)
        }
        return ShardLayout(indexPath: indexPath, shardPaths: paths)
    }
}

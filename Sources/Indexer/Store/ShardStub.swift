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
    /// The stub file inside a sharded index's folder.
    public static let stubName = "XAPIANDB"

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
        let inner = (indexPath as NSString).appendingPathComponent(stubName)
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

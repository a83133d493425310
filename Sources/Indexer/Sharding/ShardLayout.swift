import Foundation

/// The on-disk shape of an index written by `search index --shards N --index PATH`:
///
///     PATH/XAPIANDB     the stub: "auto shard-0", "auto shard-1", …
///     PATH/shard-0/     one Xapian database per shard
///     PATH/shard-1/
///
/// PATH stays a folder, so `--index PATH` works for every command (Xapian opens a folder
/// holding `XAPIANDB` as a stub), and moving or deleting the folder takes everything along.
public struct ShardLayout: Sendable {
    public static let stubName = ShardStub.stubName

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

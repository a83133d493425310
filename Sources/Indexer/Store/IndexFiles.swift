import Foundation

/// The files behind an index location: one database folder, or each shard a stub names
/// (a stub file, or a folder holding `XAPIANDB` as `search index --shards` writes).
public enum IndexFiles {
    /// One database of an index location, and what it holds.
    public struct Shard: Sendable {
        public var location: String
        /// Nil for a remote shard (its files are on another machine).
        public var bytes: Int?
        /// Articles in this shard; nil when it was not counted or could not be opened.
        public var documents: Int? = nil
    }

    /// With `documents`, each shard is opened on its own to count its articles (remote ones too).
    static func shards(of path: String, documents: Bool = false) -> [Shard] {
        guard let stub = ShardStub.read(path) else {
            guard IndexLocation.exists(path) else { return [] }
            let docs = documents ? (try? IndexStaging.open(path).documentCount()) : nil
            return [Shard(location: path, bytes: folderBytes(path), documents: docs)]
        }
        return stub.entries.map { entry in
            let docs = documents ? (try? ShardStub.open(entry, timeout: 5_000).documentCount()) : nil
            switch entry {
            case .local(let p): return Shard(location: p, bytes: folderBytes(p), documents: docs)
            case .remote, .other: return Shard(location: entry.description, bytes: nil, documents: docs)
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

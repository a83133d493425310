import Foundation

/// Rewrites an index compactly with Xapian's compaction (`xapian-compact`), merging shards when
/// the index is a stub. Writers are kept out by holding the write lock of a single database.
public enum IndexCompactor {
    public struct Outcome: Sendable {
        public var before: Int
        public var after: Int
        public var output: String
    }

    /// Compacts `indexPath` into `output`. With no output, a single database is replaced in place
    /// and a sharded index (a stub) is merged into `PATH.compact`.
    public static func compact(indexPath: String, output: String? = nil) throws(IndexError) -> Outcome {
        do {
            return try run(indexPath: indexPath, output: output)
        } catch let e as IndexError {
            throw e
        } catch let e as XapianError {
            throw .engine(e)
        } catch {
            throw .fileSystem(error.localizedDescription)
        }
    }

    static func run(indexPath: String, output: String?) throws -> Outcome {
        guard IndexLocation.exists(indexPath) else { throw IndexError.noIndex(indexPath) }
        let fm = FileManager.default
        let before = IndexFiles.shards(of: indexPath).compactMap(\.bytes).reduce(0, +)
        var isDir: ObjCBool = false
        _ = fm.fileExists(atPath: indexPath, isDirectory: &isDir)
        do {
            // A stub (sharded index) is merged into a new database beside it, PATH.compact by
            // default; the shards are left as they are, so nothing is lost if the merge fails.
            let target = output ?? (ShardLayout.isSharded(indexPath) ? defaultOutput(for: indexPath) : nil)
            if let target {
                if fm.fileExists(atPath: target) {
                    throw IndexError.outputExists(target)
                }
                try Database(path: indexPath).compact(to: target)
                return Outcome(before: before, after: IndexFiles.folderBytes(target), output: target)
            }
            guard isDir.boolValue else {
                throw IndexError.notADatabaseFolder(indexPath)
            }
            let lock = try lockWriters(indexPath)
            let tmp = indexPath + ".compacting"
            try? fm.removeItem(atPath: tmp)
            try Database(path: indexPath).compact(to: tmp)
            // Keep files that are not Xapian's (README.md, the writer note) with the new database.
            let xapianFiles = Set(try fm.contentsOfDirectory(atPath: tmp))
            for name in try fm.contentsOfDirectory(atPath: indexPath) where !xapianFiles.contains(name) && name != "flintlock" {
                try? fm.copyItem(atPath: (indexPath as NSString).appendingPathComponent(name),
                                 toPath: (tmp as NSString).appendingPathComponent(name))
            }
            let old = indexPath + ".old"
            try? fm.removeItem(atPath: old)
            try fm.moveItem(atPath: indexPath, toPath: old)
            try fm.moveItem(atPath: tmp, toPath: indexPath)
            try? lock.close()
            try? fm.removeItem(atPath: old)
            return Outcome(before: before, after: IndexFiles.folderBytes(indexPath), output: indexPath)
        }
    }

    /// Where a stub's shards are merged when no --output is given: `PATH.compact` beside it.
    public static func defaultOutput(for indexPath: String) -> String {
        var p = indexPath
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p + ".compact"
    }

    /// Holds the write lock for the duration of the compaction.
    static func lockWriters(_ indexPath: String) throws -> WritableDatabase {
        do {
            return try WritableDatabase(path: indexPath, mode: .open)
        } catch {
            if error.kind == .databaseLock { throw IndexError.locked(index: indexPath, owner: WriterLock(indexPath: indexPath).owner()) }
            throw error
        }
    }
}

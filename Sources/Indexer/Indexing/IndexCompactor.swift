import Foundation

/// Rewrites an index compactly with Xapian's compaction (`xapian-compact`), merging shards when
/// the index is a stub. Writers are kept out by holding the write lock of a single database.
public enum IndexCompactor {
    public struct Outcome: Sendable {
        public var before: Int
        public var after: Int
        public var output: String
    }

    /// Compacts `indexPath` into `output`; with no output, replaces the database in place.
    public static func compact(indexPath: String, output: String? = nil) throws(IndexError) -> Outcome {
        do {
            return try run(indexPath: indexPath, output: output)
        } catch let e as IndexError {
            throw e
        } catch let e as XapianError {
            throw .engine(e)
        } catch {
            throw .engine(XapianError(kind: "IOError", message: error.localizedDescription))
        }
    }

    static func run(indexPath: String, output: String?) throws -> Outcome {
        guard IndexLocation.exists(indexPath) else { throw IndexError.noIndex(indexPath) }
        let fm = FileManager.default
        let before = IndexFiles.shards(of: indexPath).compactMap(\.bytes).reduce(0, +)
        var isDir: ObjCBool = false
        _ = fm.fileExists(atPath: indexPath, isDirectory: &isDir)
        do {
            if let output {
                try Database(path: indexPath).compact(to: output)
                return Outcome(before: before, after: IndexFiles.folderBytes(output), output: output)
            }
            guard isDir.boolValue else {
                throw IndexError.engine(XapianError(kind: "InvalidArgumentError",
                    message: "\(indexPath) is a stub over shards; give --output PATH for the merged database"))
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

    /// Holds the write lock for the duration of the compaction.
    static func lockWriters(_ indexPath: String) throws -> WritableDatabase {
        do {
            return try WritableDatabase(path: indexPath, mode: .open)
        } catch {
            if error.isLock { throw IndexError.locked(index: indexPath, owner: WriterLock(indexPath: indexPath).owner()) }
            throw error
        }
    }
}

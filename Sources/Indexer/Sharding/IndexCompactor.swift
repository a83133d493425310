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
    /// and a sharded index (a stub) is merged into `PATH.compact`. `multipass` is Xapian's
    /// multi-pass merge (as `xapian-compact --multipass`): smaller output, a little slower.
    public static func compact(indexPath: String, output: String? = nil, multipass: Bool = true) throws(IndexError) -> Outcome {
        try IndexError.mapping { try run(indexPath: indexPath, output: output, multipass: multipass) }
    }

    static func run(indexPath: String, output: String?, multipass: Bool) throws -> Outcome {
        finishInterruptedSwap(indexPath)
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
                try IndexStaging.open(indexPath).compact(to: target, multipass: multipass)
                return Outcome(before: before, after: IndexFiles.folderBytes(target), output: target)
            }
            guard isDir.boolValue else {
                throw IndexError.notADatabaseFolder(indexPath)
            }
            let lock = try lockWriters(indexPath)
            try swap(indexPath, compacting: IndexStaging.open(indexPath), multipass: multipass) { try? lock.close() }
            return Outcome(before: before, after: IndexFiles.folderBytes(indexPath), output: indexPath)
        }
    }

    /// Compacts `source` (the database at `indexPath`, and whatever is searched with it) into a
    /// copy beside it and puts the copy in its place. The caller holds the write lock and lets it
    /// go in `release`, once the copy is in place. A kill at any step leaves an index at the path
    /// or one `finishInterruptedSwap` restores.
    static func swap(_ indexPath: String, compacting source: Database, multipass: Bool, release: () -> Void) throws {
        let fm = FileManager.default
        let tmp = indexPath + ".compacting"
        let pause = PausePoint.fromEnvironment()
        try? fm.removeItem(atPath: tmp)
        try source.compact(to: tmp, multipass: multipass)
        pause?.reached(.compact, count: 1)   // the copy is written, the live database untouched
        // Keep files that are not Xapian's (README.md, the writer note) with the new database;
        // staging databases are in the copy now.
        let xapianFiles = Set(try fm.contentsOfDirectory(atPath: tmp))
        for name in try fm.contentsOfDirectory(atPath: indexPath)
        where !xapianFiles.contains(name) && name != "flintlock" && name != IndexStaging.folder {
            try? fm.copyItem(atPath: (indexPath as NSString).appendingPathComponent(name),
                             toPath: (tmp as NSString).appendingPathComponent(name))
        }
        let old = indexPath + ".old"
        try? fm.removeItem(atPath: old)
        pause?.reached(.compact, count: 2)   // README and the writer note copied
        try fm.moveItem(atPath: indexPath, toPath: old)
        pause?.reached(.compact, count: 3)   // the live database aside, nothing at indexPath
        try fm.moveItem(atPath: tmp, toPath: indexPath)
        pause?.reached(.compact, count: 4)   // the new database in place, the old one not yet removed
        release()
        try? fm.removeItem(atPath: old)
    }

    /// Ends an in-place compaction that was stopped between moving the live database aside
    /// (`PATH.old`) and moving the finished copy (`PATH.compacting`) into its place, so a kill at
    /// that moment never leaves the path without an index. The copy is complete once the live
    /// database has moved (it is moved only after the compaction finished), so it is used; if it
    /// is gone, the old database goes back. Readers and writers call this before opening.
    public static func finishInterruptedSwap(_ indexPath: String) {
        let fm = FileManager.default
        let old = indexPath + ".old", tmp = indexPath + ".compacting"
        guard !fm.fileExists(atPath: indexPath), IndexLocation.exists(old) else { return }
        if IndexLocation.exists(tmp), (try? fm.moveItem(atPath: tmp, toPath: indexPath)) != nil {
            try? fm.removeItem(atPath: old)
        } else {
            try? fm.moveItem(atPath: old, toPath: indexPath)
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

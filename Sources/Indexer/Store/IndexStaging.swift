import Foundation

/// The staging databases of a fresh build (`StagedWriters`), one per writer thread, inside the
/// index folder until the build merges them into the index (`StagedMerge`):
///
///     PATH/               the index (its metadata: roots, schema version)
///     PATH/staging/0/     writer 0's documents and the states of their files
///     PATH/staging/1/
///
/// Each is committed every batch, so until the merge they are part of the index's committed
/// state: readers search them with it, and a run that finds them left over (an interrupted
/// build) merges them in before it writes anything.
public enum IndexStaging {
    static let folder = "staging"

    static func path(of indexPath: String, writer: Int) -> String {
        ((indexPath as NSString).appendingPathComponent(folder) as NSString).appendingPathComponent(String(writer))
    }

    /// The staging databases present, in writer order.
    static func paths(of indexPath: String) -> [String] {
        let root = (indexPath as NSString).appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return [] }
        return names.compactMap { Int($0) }.sorted().map { path(of: indexPath, writer: $0) }.filter(IndexLocation.exists)
    }

    static func exists(in indexPath: String) -> Bool {
        FileManager.default.fileExists(atPath: (indexPath as NSString).appendingPathComponent(folder))
    }

    static func remove(from indexPath: String) {
        try? FileManager.default.removeItem(atPath: (indexPath as NSString).appendingPathComponent(folder))
    }

    /// The index as readers see it: the database, searched together with any staging databases
    /// (their metadata comes second: the index's own record wins).
    static func open(_ indexPath: String) throws(XapianError) -> Database {
        let main = try Database(path: indexPath)
        let staged = paths(of: indexPath).compactMap { try? Database(path: $0) }
        guard !staged.isEmpty else { return main }
        let all = try Database.empty(path: indexPath)
        try all.add(main)
        for db in staged { try all.add(db) }
        return all
    }

    /// Which databases a reader opened: the index folder (a merge or an in-place compaction
    /// swaps in another) and the staging databases beside it. A long-lived reader whose view no
    /// longer matches opens the index again instead of reopening what it holds.
    struct View: Equatable {
        var folder: UInt64
        var staging: [String]
    }

    static func view(of indexPath: String) -> View {
        var st = stat()
        let folder = stat(indexPath, &st) == 0 ? UInt64(st.st_ino) : 0
        return View(folder: folder, staging: paths(of: indexPath))
    }
}

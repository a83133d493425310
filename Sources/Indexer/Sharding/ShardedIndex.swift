import Dispatch
import Foundation

/// Builds and updates an index split into N shard databases behind a stub (see `ShardLayout`).
///
/// Each shard is an ordinary database updated by its own `IndexBuilder`, which sees only the
/// files the shard owns (`ShardSelector`): change detection, vanished files and `--remove` are
/// the single-database logic run once per shard. Shards are written in parallel, one writer each.
///
///     let summary = try ShardedIndex(indexPath: "Index", shards: 4).index(folder: "Archive")
public final class ShardedIndex {
    public let indexPath: String
    let requestedShards: Int?
    let options: IndexOptions
    let gazetteer: Gazetteer

    /// `shards` is required for a new index; for an existing one it must match (or be nil).
    public init(indexPath: String, shards: Int? = nil, options: IndexOptions = IndexOptions(), gazetteer: Gazetteer = .shared) {
        self.indexPath = FolderScanner.absolute(indexPath)
        self.requestedShards = shards
        self.options = options
        self.gazetteer = gazetteer
    }

    /// True when an index run on `indexPath` must go through shards: `--shards` was given or the path is a stub.
    public static func applies(indexPath: String, shards: Int?) -> Bool {
        shards != nil || ShardLayout.isSharded(indexPath)
    }

    public func layout(creating: Bool) throws(IndexError) -> ShardLayout {
        if let existing = try ShardLayout.existing(indexPath) {
            if let n = requestedShards, n != existing.shardPaths.count {
                throw .shardCountMismatch(index: indexPath, existing: existing.shardPaths.count, requested: n)
            }
            return existing
        }
        guard creating, let n = requestedShards else { throw .noIndex(indexPath) }
        guard n >= 1 else { throw .invalidShardCount(n) }
        return try ShardLayout.create(indexPath, count: n)
    }

    /// Adds or updates one folder (or file) across every shard.
    public func index(folder: String, progress: ((IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexSummary {
        let started = Date()
        let layout = try layout(creating: true)
        let n = layout.shardPaths.count
        var base = options
        // The cores are shared between the shard writers: each extracts with its part of --jobs.
        base.jobs = max(1, (options.jobs + n - 1) / n)
        let relay = ProgressRelay(shards: n, report: progress)
        let outcomes = Outcomes(n)
        let gazetteer = self.gazetteer
        let paths = layout.shardPaths
        let baseOptions = base
        DispatchQueue.concurrentPerform(iterations: n) { i in
            var o = baseOptions
            o.shard = ShardSelector(index: i, count: n)
            let builder = IndexBuilder(indexPath: paths[i], options: o, gazetteer: gazetteer)
            outcomes.set(i, Result { () throws(IndexError) -> IndexSummary in
                try builder.index(folder: folder) { relay.update(shard: i, $0) }
            })
        }
        let summaries = try outcomes.all(paths)
        var total = Self.merge(summaries, root: FolderScanner.absolute(folder))
        total.seconds = Date().timeIntervalSince(started)
        try Self.recordRun(total, in: paths)
        relay.finish(total)
        return total
    }

    /// Removes a previously indexed folder from every shard.
    public func remove(folder: String) throws(IndexError) -> IndexSummary {
        let started = Date()
        let layout = try layout(creating: false)
        var summaries: [IndexSummary] = []
        var firstError: IndexError?
        for path in layout.shardPaths {
            do {
                summaries.append(try IndexBuilder(indexPath: path, options: options, gazetteer: gazetteer).remove(folder: folder))
            } catch {
                // A shard that never saw the folder has nothing to remove; other errors count.
                if case .notAnIndexedFolder = error { if firstError == nil { firstError = error }; continue }
                throw error
            }
        }
        if summaries.isEmpty, let firstError { throw firstError }
        var total = Self.merge(summaries, root: FolderScanner.absolute(folder))
        total.seconds = Date().timeIntervalSince(started)
        try Self.recordRun(total, in: layout.shardPaths)
        return total
    }

    // MARK: - Pieces

    /// One summary for the whole run. Scan skips are seen by every shard, so they are deduplicated.
    static func merge(_ parts: [IndexSummary], root: String) -> IndexSummary {
        var t = IndexSummary(root: root)
        var seenSkips: [String: Int] = [:]
        var seenFallback = Set<String>()
        for s in parts {
            t.added += s.added; t.updated += s.updated; t.removed += s.removed
            t.articlesWritten += s.articlesWritten; t.articlesRemoved += s.articlesRemoved
            t.documents += s.documents
            t.removalsWithheld += s.removalsWithheld; t.rootArticles += s.rootArticles
            for k in s.skipped {
                // The shard that holds the file knows whether its earlier version was kept.
                if let i = seenSkips[k.path + "\u{0}" + k.reason] {
                    if k.kept == true { t.skipped[i].kept = true }
                } else {
                    seenSkips[k.path + "\u{0}" + k.reason] = t.skipped.count
                    t.skipped.append(k)
                }
            }
            for f in s.decodedAsWindows1252 where seenFallback.insert(f).inserted { t.decodedAsWindows1252.append(f) }
        }
        // Every shard scans the whole folder and counts the files it does not own as
        // nothing; `unchanged` is per shard, so the sum is right.
        t.unchanged = parts.reduce(0) { $0 + $1.unchanged }
        return t
    }

    /// Writes the same index record (roots, whole-run summary) into every shard, so whichever
    /// shard a stub lists first, Xapian's `get_metadata` on the combined database answers for all.
    static func recordRun(_ summary: IndexSummary, in paths: [String]) throws(IndexError) {
        do {
            var infos: [IndexInfo] = []
            for p in paths {
                let db = try Database(path: p)
                infos.append(IndexInfo.load(from: try db.metadata(Schema.Metadata.info)))
            }
            var roots: [String: IndexedRoot] = [:]
            var order: [String] = []
            for info in infos {
                for r in info.roots {
                    if var known = roots[r.path] {
                        known.added = min(known.added, r.added)
                        known.updated = max(known.updated, r.updated)
                        roots[r.path] = known
                    } else {
                        roots[r.path] = r
                        order.append(r.path)
                    }
                }
            }
            // A root removed from one shard is removed from all (remove runs on every shard).
            let kept = order.filter { path in infos.allSatisfy { $0.roots.contains { $0.path == path } } }
            for p in paths {
                let db = try WritableDatabase(path: p, mode: .open)
                var info = IndexInfo.load(from: try db.metadata(Schema.Metadata.info))
                info.roots = kept.compactMap { roots[$0] }
                info.lastRun = summary
                info.updated = infos.compactMap(\.updated).max() ?? Date()
                try db.setMetadata(Schema.Metadata.info, info.encoded)
                try db.commit()
                try db.close()
            }
        } catch let e {
            if e.kind == .databaseLock { throw .locked(index: paths.first ?? "", owner: nil) }
            throw .engine(e)
        }
    }
}

/// Per-shard results, each slot written by one shard's thread and read after all finish.
private final class Outcomes: @unchecked Sendable {
    private var items: [Result<IndexSummary, IndexError>?]
    private let lock = NSLock()
    init(_ n: Int) { items = Array(repeating: nil, count: n) }
    func set(_ i: Int, _ r: Result<IndexSummary, IndexError>) { lock.withLock { items[i] = r } }

    /// The summaries in shard order, or the first shard's error (naming the shard).
    func all(_ paths: [String]) throws(IndexError) -> [IndexSummary] {
        var out: [IndexSummary] = []
        for (i, r) in lock.withLock({ items }).enumerated() {
            switch r {
            case .success(let s): out.append(s)
            case .failure(.engine(let e)): throw .shard(path: paths[i], e)
            case .failure(let e): throw e
            case nil: throw .shardUnfinished(paths[i])
            }
        }
        return out
    }
}

/// Sums the progress of the shard writers into one line. The caller's callback is not
/// thread-safe, so it is only ever called under the lock (hence `@unchecked Sendable`).
private final class ProgressRelay: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: [IndexProgress?]
    private let report: ((IndexProgress) -> Void)?

    init(shards: Int, report: ((IndexProgress) -> Void)?) {
        latest = Array(repeating: nil, count: shards)
        self.report = report
    }

    func update(shard: Int, _ p: IndexProgress) {
        guard let report else { return }
        lock.withLock {
            latest[shard] = p
            let known = latest.compactMap { $0 }
            let phase: IndexProgress.Phase = known.contains { $0.phase == .scanning } ? .scanning
                : (known.contains { $0.phase == .indexing } ? .indexing : .committing)
            report(IndexProgress(phase: phase, filesDone: known.reduce(0) { $0 + $1.filesDone },
                                 filesTotal: known.reduce(0) { $0 + $1.filesTotal },
                                 articles: known.reduce(0) { $0 + $1.articles },
                                 elapsed: known.map(\.elapsed).max() ?? 0))
        }
    }

    func finish(_ s: IndexSummary) {
        guard let report else { return }
        lock.withLock {
            report(IndexProgress(phase: .done, filesDone: s.added + s.updated, filesTotal: s.added + s.updated,
                                 articles: s.articlesWritten, elapsed: s.seconds))
        }
    }
}

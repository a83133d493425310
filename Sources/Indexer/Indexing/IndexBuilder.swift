import Foundation

/// Builds and updates an index from folders: scans, plans the changes (`UpdatePlan`), reads
/// and tags in parallel (`ArticleExtractor`), and writes through one Xapian writer
/// (`DocumentWriter`), committing in batches. A run on an empty database (a first build, a
/// `--full` one across a schema change) writes through two (`StagedWriters`) and merges them.
///
///     let summary = try IndexBuilder(indexPath: "Index").index(folder: "Examples")
public final class IndexBuilder {
    public let indexPath: String
    let options: IndexOptions
    let recognizer: EntityRecognizer

    public init(indexPath: String, options: IndexOptions = IndexOptions(), gazetteer: Gazetteer = .shared) {
        self.indexPath = FolderScanner.absolute(indexPath)
        self.options = options
        self.recognizer = EntityRecognizer(gazetteer: gazetteer)
    }

    /// Adds or updates one folder (or file) in the index.
    public func index(folder: String, progress: ((IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexSummary {
        let started = Date()
        let rootPath = FolderScanner.absolute(folder)
        var summary = IndexSummary(root: rootPath)
        var isDir: ObjCBool = false
        IndexCompactor.finishInterruptedSwap(indexPath)
        try StagedMerge.mergeLeftover(indexPath)
        // What the index already holds, read before anything is written: an indexed folder
        // that is missing, empty or unreadable (an unmounted share) must remove nothing.
        let known = Self.indexedRoot(rootPath, in: indexPath)
        if let other = known.overlapping { throw .overlappingRoot(path: rootPath, indexed: other.path) }
        guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDir) else {
            if known.articles > 0 { throw .rootUnavailable(path: rootPath, reason: "missing", articles: known.articles) }
            throw .folderMissing(rootPath)
        }
        var scanner = FolderScanner(root: rootPath, maxFileSize: options.maxFileSize)
        scanner.excluded = Self.ownFolders(indexPath)
        let scanned: (files: [ArticleFile], skipped: [Skip])
        do {
            scanned = try scanner.scan()
        } catch {
            if known.articles > 0 { throw .rootUnavailable(path: rootPath, reason: "unreadable (\(error.reason))", articles: known.articles) }
            throw .folderMissing(rootPath)
        }
        if scanned.files.isEmpty && scanned.skipped.isEmpty && known.articles > 0 {
            throw .rootUnavailable(path: rootPath, reason: "empty", articles: known.articles)
        }
        func report(_ phase: IndexProgress.Phase, done: Int, total: Int) {
            progress?(IndexProgress(phase: phase, filesDone: done, filesTotal: total, articles: summary.articlesWritten,
                                    elapsed: phase == .scanning ? 0 : Date().timeIntervalSince(started)))
        }

        let writer = try DocumentWriter(indexPath: indexPath, full: options.full, commitEvery: options.commitEvery, runStarted: started,
                                        clustersInMemory: options.clustersInMemory)
        let lock = WriterLock(indexPath: indexPath)
        lock.claim()
        defer { lock.release() }

        var info = try writer.info()
        var root = info.roots.first { $0.path == rootPath } ?? IndexedRoot(path: rootPath, now: started)
        // A new root's ids get a prefix when others are indexed already, so ids stay unique.
        if !info.roots.contains(where: { $0.path == rootPath }) { root.idPrefix = info.idPrefix(forNewRoot: rootPath) }
        writer.spelling = options.spelling || info.spelling
        if writer.spelling && !info.spelling {
            info.spelling = true
            try writer.setInfo(info)
        }
        root.updated = started

        report(.scanning, done: 0, total: 0)

        // Name the root in the index before the first batch commit, so that an interrupted
        // first run still leaves a root that `stats` lists and a removal can drop.
        if !info.roots.contains(where: { $0.path == rootPath }) {
            info.roots.append(root)
            try writer.setInfo(info)
        }

        let plan = try UpdatePlan(files: scanned.files, skipped: scanned.skipped, root: root, options: options, index: writer)
        summary.skipped = scanned.skipped.map { skip in
            var s = skip.absolute(root: rootPath)
            if plan.keptBySkip.contains(skip.path) { s.kept = true }
            return s
        }
        summary.unchanged += plan.keptByStat
        let candidates = plan.toRead
        if !candidates.isEmpty { report(.indexing, done: 0, total: candidates.count) }
        let staged = try stagedWriters(writer, files: candidates.count, started: started)
        defer { staged?.stop() }
        // The root is named in the index before a staging database commits anything.
        if staged != nil { try writer.commit(counted: false) }

        // Reading, tagging and building documents for the next batch overlaps writing this one:
        // the single Xapian writer is the bottleneck, so it should never wait for extraction.
        let extractor = ArticleExtractor(root: root, recognizer: recognizer)
        let jobs = options.jobs
        let chunk = max(32, jobs * 64)
        var start = 0
        func launch() -> ExtractionJob? {
            guard start < candidates.count else { return nil }
            let batch = Array(candidates[start..<min(start + chunk, candidates.count)])
            start += batch.count
            return ExtractionJob(batch, jobs: jobs) { extractor.extract($0) }
        }
        var done = 0
        var pending = launch()
        while let job = pending {
            let (batch, extracted) = job.wait()
            pending = launch()
            for (candidate, result) in zip(batch, extracted) {
                summary.skipped += UpdatePlan.skips(for: candidate, result).map { $0.absolute(root: rootPath) }
                if case .articles(let items, _, _, let fallback, let charset) = result, !items.isEmpty {
                    if fallback { summary.decodedAsWindows1252.append(candidate.file.path) }
                    if let charset { summary.charsets[charset, default: 0] += 1 }
                }
                try apply(UpdatePlan.action(for: candidate, result), to: candidate.term, held: plan.held[candidate.term] ?? 0,
                          writer: writer, staged: staged, summary: &summary)
                done += 1
                try writer.commitIfDue()
            }
            report(.indexing, done: done, total: candidates.count)
        }
        if plan.removalsHeld {
            summary.removalsWithheld = plan.vanishedArticles
            summary.rootArticles = plan.rootArticles
        } else {
            for term in plan.vanished {
                try apply(.remove, to: term, held: plan.held[term] ?? 0, writer: writer, staged: nil, summary: &summary)
            }
        }

        report(.committing, done: done, total: candidates.count)
        if let staged { _ = try staged.finish() }
        summary.seconds = Date().timeIntervalSince(started)
        summary.documents = try writer.documentCount()
        if staged != nil { summary.documents = (try? IndexStaging.open(indexPath).documentCount()) ?? summary.documents }
        info.roots.removeAll { $0.path == rootPath }
        info.roots.append(root)
        info.updated = Date()
        info.tool = NewsIndexVersion.string
        info.xapian = XapianLibrary.version
        info.lastRun = summary
        if staged != nil {
            try writer.finish(info, schemaVersion: true, close: false)
            try StagedMerge.merge(indexPath, holding: writer)
        } else {
            try writer.finish(info, schemaVersion: true)
        }
        let written = summary.added + summary.updated
        progress?(IndexProgress(phase: .done, filesDone: written, filesTotal: written,
                                articles: summary.articlesWritten, elapsed: Date().timeIntervalSince(started)))
        return summary
    }

    /// Two writers for a fresh build with files to read and two cores to read them: writing is
    /// the bottleneck of a run (`StagedWriters`). A shard's run is one writer of several already.
    /// The merge swaps the index folder, so its parent must take the merged copy.
    private func stagedWriters(_ writer: DocumentWriter, files: Int, started: Date) throws(IndexError) -> StagedWriters? {
        guard options.stagedBuild, writer.buildsFresh, options.shard == nil, options.jobs >= 2, files > 0,
              FileManager.default.isWritableFile(atPath: (indexPath as NSString).deletingLastPathComponent) else { return nil }
        return try StagedWriters(indexPath: indexPath, commitEvery: options.commitEvery, runStarted: started, spelling: writer.spelling)
    }

    /// Carries out one planned action on a file (which holds `held` articles) and counts it.
    private func apply(_ action: UpdatePlan.Action, to fileTerm: String, held: Int, writer: DocumentWriter, staged: StagedWriters?,
                       summary: inout IndexSummary) throws(IndexError) {
        switch action {
        case .keep(let state):
            if let staged { try staged.keep(state, fileTerm: fileTerm) } else { try writer.keep(state, fileTerm: fileTerm) }
            summary.unchanged += 1
        case .write(let items, let state, let replacing) where staged != nil && !replacing:
            try writer.prepare(items)
            try staged!.write(items, state: state, fileTerm: fileTerm)
            summary.articlesWritten += items.count
            summary.added += 1
        case .write(let items, let state, let replacing):
            try writer.write(items, state: state, fileTerm: fileTerm, replacing: replacing)
            summary.articlesWritten += items.count
            if replacing { summary.updated += 1 } else { summary.added += 1 }
        case .remove:
            try writer.remove(fileTerm: fileTerm)
            summary.removed += 1
            summary.articlesRemoved += held
        case .keepEarlier, .nothing:
            break
        }
    }

    /// What the index at `indexPath` holds for `root` (articles, 0 when not indexed), and an
    /// indexed root that overlaps it; read without taking the write lock. Nothing when there is
    /// no index yet.
    static func indexedRoot(_ root: String, in indexPath: String) -> (articles: Int, overlapping: IndexedRoot?) {
        guard IndexLocation.exists(indexPath), let db = try? IndexStaging.open(indexPath),
              let metadata = try? db.metadata(Schema.Metadata.info) else { return (0, nil) }
        let info = IndexInfo.load(from: metadata)
        let overlapping = info.overlappingRoot(root)
        guard let known = info.roots.first(where: { $0.path == root }) else { return (0, overlapping) }
        return ((try? db.termFrequency(Schema.rootTerm(rootKey: known.key))) ?? 0, overlapping)
    }

    /// The index's own folders (the database, and the folder of a sharded index's stub), which
    /// the scan passes over when the indexed folder holds the index.
    static func ownFolders(_ indexPath: String) -> Set<String> {
        let parent = (indexPath as NSString).deletingLastPathComponent
        let stub = (parent as NSString).appendingPathComponent("XAPIANDB")
        return FileManager.default.fileExists(atPath: stub) ? [indexPath, parent] : [indexPath]
    }

    /// Removes every article that came from `folder` (an indexed root).
    public func remove(folder: String) throws(IndexError) -> IndexSummary {
        let started = Date()
        let rootPath = FolderScanner.absolute(folder)
        var summary = IndexSummary(root: rootPath)
        IndexCompactor.finishInterruptedSwap(indexPath)
        try StagedMerge.mergeLeftover(indexPath)
        let writer = try DocumentWriter(indexPath: indexPath, full: options.full, commitEvery: options.commitEvery, runStarted: started)
        let lock = WriterLock(indexPath: indexPath)
        lock.claim()
        defer { lock.release() }
        var info = try writer.info()
        guard let root = info.roots.first(where: { $0.path == rootPath }) else {
            throw .notAnIndexedFolder(rootPath)
        }
        for file in try writer.fileTerms(rootKey: root.key) {
            try writer.forgetState(fileTerm: file.term)
            summary.removed += 1
            summary.articlesRemoved += file.articles
        }
        try writer.removeArticles(rootKey: root.key)
        info.roots.removeAll { $0.path == rootPath }
        info.updated = Date()
        summary.seconds = Date().timeIntervalSince(started)
        summary.documents = try writer.documentCount()
        info.lastRun = summary
        try writer.finish(info, schemaVersion: false)
        return summary
    }
}

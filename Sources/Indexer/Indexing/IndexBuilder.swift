import Foundation

/// Builds and updates an index from folders: scans, plans the changes (`UpdatePlan`), reads
/// and tags in parallel (`ArticleExtractor`), and writes through one Xapian writer
/// (`DocumentWriter`), committing in batches.
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
        guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDir) else {
            throw .folderMissing(rootPath)
        }
        func report(_ phase: IndexProgress.Phase, done: Int, total: Int) {
            progress?(IndexProgress(phase: phase, filesDone: done, filesTotal: total, articles: summary.articlesWritten,
                                    elapsed: phase == .scanning ? 0 : Date().timeIntervalSince(started)))
        }

        let writer = try DocumentWriter(indexPath: indexPath, full: options.full, commitEvery: options.commitEvery, runStarted: started)
        let lock = WriterLock(indexPath: indexPath)
        lock.claim()
        defer { lock.release() }

        var info = try writer.info()
        var root = info.roots.first { $0.path == rootPath } ?? IndexedRoot(path: rootPath, now: started)
        writer.spelling = options.spelling || info.spelling
        if writer.spelling && !info.spelling {
            info.spelling = true
            try writer.setInfo(info)
        }
        root.updated = started

        report(.scanning, done: 0, total: 0)
        let scanned: (files: [ArticleFile], skipped: [Skip])
        do {
            scanned = try FolderScanner(root: rootPath, maxFileSize: options.maxFileSize).scan()
        } catch {
            throw .folderMissing(rootPath)
        }
        summary.skipped = scanned.skipped.map { $0.absolute(root: rootPath) }

        // Name the root in the index before the first batch commit, so that an interrupted
        // first run still leaves a root that `stats` lists and a removal can drop.
        if !info.roots.contains(where: { $0.path == rootPath }) {
            info.roots.append(root)
            try writer.setInfo(info)
        }

        let plan = try UpdatePlan(files: scanned.files, root: root, options: options, index: writer)
        summary.unchanged += plan.keptByStat
        let candidates = plan.toRead
        if !candidates.isEmpty { report(.indexing, done: 0, total: candidates.count) }

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
                if case .articles(let items, _, _, true) = result, !items.isEmpty {
                    summary.decodedAsWindows1252.append(candidate.file.path)
                }
                try apply(UpdatePlan.action(for: candidate, result), to: candidate.term, writer: writer, summary: &summary)
                done += 1
                try writer.commitIfDue()
            }
            report(.indexing, done: done, total: candidates.count)
        }
        for term in plan.vanished {
            try apply(.remove, to: term, writer: writer, summary: &summary)
        }

        report(.committing, done: done, total: candidates.count)
        summary.seconds = Date().timeIntervalSince(started)
        summary.documents = try writer.documentCount()
        info.roots.removeAll { $0.path == rootPath }
        info.roots.append(root)
        info.updated = Date()
        info.tool = NewsIndexVersion.string
        info.xapian = XapianLibrary.version
        info.lastRun = summary
        try writer.finish(info, schemaVersion: true)
        let written = summary.added + summary.updated
        progress?(IndexProgress(phase: .done, filesDone: written, filesTotal: written,
                                articles: summary.articlesWritten, elapsed: Date().timeIntervalSince(started)))
        return summary
    }

    /// Carries out one planned action on a file and counts it.
    private func apply(_ action: UpdatePlan.Action, to fileTerm: String, writer: DocumentWriter,
                       summary: inout IndexSummary) throws(IndexError) {
        switch action {
        case .keep(let state):
            try writer.keep(state, fileTerm: fileTerm)
            summary.unchanged += 1
        case .write(let items, let state, let replacing):
            try writer.write(items, state: state, fileTerm: fileTerm, replacing: replacing)
            summary.articlesWritten += items.count
            if replacing { summary.updated += 1 } else { summary.added += 1 }
        case .remove:
            try writer.remove(fileTerm: fileTerm)
            summary.removed += 1
        case .nothing:
            break
        }
    }

    /// Removes every article that came from `folder` (an indexed root).
    public func remove(folder: String) throws(IndexError) -> IndexSummary {
        let started = Date()
        let rootPath = FolderScanner.absolute(folder)
        var summary = IndexSummary(root: rootPath)
        let writer = try DocumentWriter(indexPath: indexPath, full: options.full, commitEvery: options.commitEvery, runStarted: started)
        let lock = WriterLock(indexPath: indexPath)
        lock.claim()
        defer { lock.release() }
        var info = try writer.info()
        guard let root = info.roots.first(where: { $0.path == rootPath }) else {
            throw .notAnIndexedFolder(rootPath)
        }
        for term in try writer.fileTerms(rootKey: root.key) {
            try writer.forgetState(fileTerm: term)
            summary.removed += 1
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

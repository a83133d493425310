import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Settings for one `search index` run.
public struct IndexOptions: Sendable {
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Re-read every file, ignoring change detection.
    public var full = false
    public var maxFileSize = 20_000_000
    /// Articles written between commits: what a crash can lose at most (the next run redoes it).
    /// Small batches are also faster: Xapian's in-memory changes are ordered maps, and big ones
    /// miss the cache (32k bench corpus: 2,000 → 500 cut indexing CPU 6% and peak RSS 210 → 122 MB;
    /// the C++ baseline at 1,000 instead of Xapian's default 10,000 used 30% less CPU).
    public var commitEvery = 1_000
    /// When set, this database is one shard: only the files the selector owns are indexed here.
    public var shard: ShardSelector?
    /// Record every word in Xapian's spelling table for "did you mean". Off by default, as in
    /// omindex: it costs 15–25% of indexing time and a tenth of the index (bench/FINDINGS.md).
    /// Once an index has it, later runs keep it up to date whatever this says.
    public var spelling = false
    public init() {}
}

/// Builds and updates an index from folders: scans, detects changes, reads and tags
/// in parallel, and writes through one Xapian writer, committing in batches.
///
///     let summary = try IndexBuilder(indexPath: "Index").index(folder: "Examples")
public final class IndexBuilder {
    public let indexPath: String
    let options: IndexOptions
    let recognizer: EntityRecognizer

    public init(indexPath: String, options: IndexOptions = IndexOptions(), gazetteer: Gazetteer = .shared) {
        self.indexPath = IndexBuilder.absolute(indexPath)
        self.options = options
        self.recognizer = EntityRecognizer(gazetteer: gazetteer)
    }

    /// Adds or updates one folder (or file) in the index.
    public func index(folder: String, progress: ((IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexSummary {
        let started = Date()
        let rootPath = IndexBuilder.absolute(folder)
        var summary = IndexSummary(root: rootPath)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isDir) else {
            throw .folderMissing(rootPath)
        }

        let db = try openWriter()
        let lock = WriterLock(indexPath: indexPath)
        lock.claim()
        defer { lock.release() }

        do {
            var info = IndexInfo.load(from: try db.metadata(Schema.Metadata.info))
            var root = info.roots.first { $0.path == rootPath } ?? IndexedRoot(path: rootPath, now: started)
            let spelling = options.spelling || info.spelling
            if spelling && !info.spelling {
                info.spelling = true
                try db.setMetadata(Schema.Metadata.info, info.encoded)
            }
            root.updated = started

            progress?(IndexProgress(phase: .scanning, filesDone: 0, filesTotal: 0, articles: 0, elapsed: 0))
            let scanned: (files: [ArticleFile], skipped: [Skip])
            do {
                scanned = try FolderScanner(root: rootPath, maxFileSize: options.maxFileSize).scan()
            } catch {
                throw IndexError.folderMissing(rootPath)
            }
            summary.skipped = scanned.skipped.map { Self.absoluteSkip($0, root: rootPath) }

            // Name the root in the index before the first batch commit, so that an interrupted
            // first run still leaves a root that `search stats` lists and `--remove` can drop.
            if !info.roots.contains(where: { $0.path == rootPath }) {
                info.roots.append(root)
                try db.setMetadata(Schema.Metadata.info, info.encoded)
            }

            // Classify against what the index holds for this root.
            let filePrefix = Schema.Prefix.file + root.key + ":"
            var vanished = Set(try db.allTerms(prefix: filePrefix).map(\.term))
            var candidates: [Candidate] = []
            for file in scanned.files where options.shard?.owns(rootKey: root.key, relativePath: file.relativePath) ?? true {
                let term = Schema.fileTerm(rootKey: root.key, relativePath: file.relativePath)
                let existed = vanished.remove(term) != nil
                let old = existed ? FileState(encoded: try db.metadata(Schema.Metadata.fileState(fileTerm: term))) : nil
                if let old, !options.full, old.sameStat(as: file) {
                    summary.unchanged += 1
                    continue
                }
                candidates.append(Candidate(file: file, term: term, existed: existed, oldHash: options.full ? nil : old?.contentHash))
            }

            var sinceCommit = 0
            var done = 0
            let chunk = max(32, options.jobs * 64)
            var start = 0
            if !candidates.isEmpty {
                progress?(IndexProgress(phase: .indexing, filesDone: 0, filesTotal: candidates.count, articles: 0,
                                        elapsed: Date().timeIntervalSince(started)))
            }
            // Reading, tagging and building documents for the next batch overlaps writing this one:
            // the single Xapian writer is the bottleneck, so it should never wait for extraction.
            let recognizer = self.recognizer
            let jobs = options.jobs
            let fixedRoot = root
            func launch() -> ExtractionJob? {
                guard start < candidates.count else { return nil }
                let batch = Array(candidates[start..<min(start + chunk, candidates.count)])
                start += batch.count
                return ExtractionJob(batch, jobs: jobs) { Self.extract($0, root: fixedRoot, recognizer: recognizer) }
            }
            var pending = launch()
            while let job = pending {
                let (batch, extracted) = job.wait()
                pending = launch()
                for (candidate, result) in zip(batch, extracted) {
                    let stateKey = Schema.Metadata.fileState(fileTerm: candidate.term)
                    switch result {
                    case .sameContent(let state):
                        try db.setMetadata(stateKey, state.trustingStat(ifOlderThan: started).encoded)
                        summary.unchanged += 1
                    case .failed(let skip):
                        summary.skipped.append(Self.absoluteSkip(skip, root: rootPath))
                        if candidate.existed {
                            // The file is still there but no longer readable: drop the stale copy.
                            try db.delete(uniqueTerm: candidate.term)
                            try db.setMetadata(stateKey, "")
                            summary.removed += 1
                        }
                    case .articles(let items, let skips, _, _, _) where items.isEmpty:
                        // Every record was bad (each is reported): nothing to index, nothing to remember.
                        let reported = skips.map { Self.absoluteSkip($0, root: rootPath) }
                        summary.skipped.append(contentsOf: reported.isEmpty
                            ? [Skip(path: candidate.file.path, reason: "no articles in the file")] : reported)
                        if candidate.existed {
                            try db.delete(uniqueTerm: candidate.term)
                            try db.setMetadata(stateKey, "")
                            summary.removed += 1
                        }
                    case .articles(let items, let skips, let state, let fallback, let charset):
                        summary.skipped.append(contentsOf: skips.map { Self.absoluteSkip($0, root: rootPath) })
                        if fallback { summary.decodedAsWindows1252.append(candidate.file.path) }
                        if let charset { summary.charsets[charset, default: 0] += 1 }
                        if candidate.existed { try db.delete(uniqueTerm: candidate.term) }
                        for item in items {
                            try db.replace(uniqueTerm: item.uniqueTerm, with: item.document.value)
                            if spelling { try DocumentBuilder.recordSpelling(of: item.document.value, in: db) }
                        }
                        // The file's state goes in after its documents and before any commit point,
                        // so one Xapian commit holds both: a state never vouches for uncommitted documents.
                        // (An automatic flush inside a huge file commits documents without the state;
                        // the next run then finds no state and reads the file again.)
                        try db.setMetadata(stateKey, state.trustingStat(ifOlderThan: started).encoded)
                        summary.articlesWritten += items.count
                        sinceCommit += items.count
                        if candidate.existed { summary.updated += 1 } else { summary.added += 1 }
                    }
                    done += 1
                    if sinceCommit >= options.commitEvery {
                        try db.commit()
                        sinceCommit = 0
                    }
                }
                progress?(IndexProgress(phase: .indexing, filesDone: done, filesTotal: candidates.count,
                                        articles: summary.articlesWritten, elapsed: Date().timeIntervalSince(started)))
            }

            for term in vanished.sorted() {
                try db.delete(uniqueTerm: term)
                try db.setMetadata(Schema.Metadata.fileState(fileTerm: term), "")
                summary.removed += 1
            }

            progress?(IndexProgress(phase: .committing, filesDone: done, filesTotal: candidates.count,
                                    articles: summary.articlesWritten, elapsed: Date().timeIntervalSince(started)))
            summary.seconds = Date().timeIntervalSince(started)
            summary.documents = try db.documentCount()
            info.roots.removeAll { $0.path == rootPath }
            info.roots.append(root)
            info.updated = Date()
            info.tool = NewsIndexVersion.string
            info.xapian = XapianLibrary.version
            info.lastRun = summary
            try db.setMetadata(Schema.Metadata.info, info.encoded)
            try db.setMetadata(Schema.Metadata.schemaVersion, String(Schema.version))
            try db.commit()
            try db.close()
        } catch let e as XapianError {
            throw .engine(e)
        } catch let e as IndexError {
            throw e
        } catch {
            throw .engine(XapianError(kind: "Error", message: "\(error)"))
        }
        progress?(IndexProgress(phase: .done, filesDone: summary.added + summary.updated, filesTotal: summary.added + summary.updated,
                                articles: summary.articlesWritten, elapsed: Date().timeIntervalSince(started)))
        return summary
    }

    /// Removes every article that came from `folder` (an indexed root).
    public func remove(folder: String) throws(IndexError) -> IndexSummary {
        let started = Date()
        let rootPath = IndexBuilder.absolute(folder)
        var summary = IndexSummary(root: rootPath)
        let db = try openWriter()
        let lock = WriterLock(indexPath: indexPath)
        lock.claim()
        defer { lock.release() }
        do {
            var info = IndexInfo.load(from: try db.metadata(Schema.Metadata.info))
            guard let root = info.roots.first(where: { $0.path == rootPath }) else {
                throw IndexError.folderMissing(rootPath + " (not an indexed folder; `search stats` lists them)")
            }
            for term in try db.allTerms(prefix: Schema.Prefix.file + root.key + ":") {
                try db.setMetadata(Schema.Metadata.fileState(fileTerm: term.term), "")
                summary.removed += 1
            }
            try db.delete(uniqueTerm: Schema.rootTerm(rootKey: root.key))
            info.roots.removeAll { $0.path == rootPath }
            info.updated = Date()
            summary.seconds = Date().timeIntervalSince(started)
            summary.documents = try db.documentCount()
            info.lastRun = summary
            try db.setMetadata(Schema.Metadata.info, info.encoded)
            try db.commit()
            try db.close()
        } catch let e as XapianError {
            throw .engine(e)
        } catch let e as IndexError {
            throw e
        } catch {
            throw .engine(XapianError(kind: "Error", message: "\(error)"))
        }
        return summary
    }

    // MARK: - Pieces

    private func openWriter() throws(IndexError) -> WritableDatabase {
        do {
            try FileManager.default.createDirectory(atPath: indexPath, withIntermediateDirectories: true)
        } catch {
            throw .engine(XapianError(kind: "DatabaseCreateError", message: "cannot create \(indexPath): \(error.localizedDescription)"))
        }
        let db: WritableDatabase
        do {
            db = try WritableDatabase(path: indexPath, mode: .createOrOpen)
        } catch let e {
            // "already locked" is another writer; any other lock failure (a lock file that cannot
            // be created in a read-only folder) is about permissions, and says so.
            if e.isLock && e.message.contains("already locked") {
                throw .locked(index: indexPath, owner: WriterLock(indexPath: indexPath).owner())
            }
            if e.isLock { throw .notWritable(index: indexPath, reason: e.message) }
            throw .engine(e)
        }
        let found = (try? db.metadata(Schema.Metadata.schemaVersion)).flatMap { Int($0) }
        if let found, found != Schema.version {
            if !options.full { throw .schemaMismatch(index: indexPath, found: found) }
            // A full rebuild across a schema change starts from an empty database.
            do {
                try db.close()
                return try WritableDatabase(path: indexPath, mode: .createOrOverwrite)
            } catch let e {
                throw .engine(e)
            }
        }
        return db
    }

    struct Candidate: Sendable {
        var file: ArticleFile
        var term: String
        var existed: Bool
        var oldHash: UInt64?
    }

    /// One article ready for the writer: its document was built on a worker thread.
    struct Tagged: Sendable {
        var uniqueTerm: String
        var document: Handoff<Document>
    }

    enum Extracted: Sendable {
        case sameContent(FileState)
        case failed(Skip)
        /// The documents, the bad records, the file's state, whether Windows-1252 was assumed, and
        /// the file's encoding when it is not UTF-8.
        case articles([Tagged], [Skip], FileState, Bool, String?)
    }

    /// Reads, hashes, tags and builds the documents of one file on a worker thread; touches no database.
    static func extract(_ c: Candidate, root: IndexedRoot, recognizer: EntityRecognizer) -> Extracted {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: c.file.path))
        } catch {
            return .failed(Skip(path: c.file.path, reason: Self.unreadableReason(path: c.file.path, error: error)))
        }
        let hash = data.withUnsafeBytes { StableHash.value(bytes: $0) }
        let state = FileState(size: data.count, modified: c.file.modified, contentHash: hash)
        if let old = c.oldHash, old == hash { return .sameContent(state) }
        let read: (articles: [Article], skipped: [Skip])
        do {
            read = try ArticleReader.read(data: data, file: c.file)
        } catch {
            return .failed(Skip(path: error.path, reason: error.reason))
        }
        let mtimeDay = PartialDate.utcDay(of: c.file.modified)
        let format = c.file.format
        var tagged: [Tagged] = []
        do {
            let builder = try DocumentBuilder()
            for a in read.articles {
                let doc = try builder.build(article: a, entities: recognizer.recognize(a, fallbackDate: mtimeDay),
                                            format: format, root: root, file: c.file)
                tagged.append(Tagged(uniqueTerm: Schema.uniqueTerm(rootKey: root.key, articleID: a.id), document: Handoff(doc)))
            }
        } catch {
            return .failed(Skip(path: c.file.path, reason: "could not be indexed (\(error.message))"))
        }
        let charset = read.articles.first?.charset.flatMap { $0 == "utf-8" ? nil : $0 }
        return .articles(tagged, read.skipped, state, read.articles.contains { $0.decodedAsWindows1252 }, charset)
    }

    /// Why a scanned file could not be read, in words: gone since the scan, or the system's reason.
    static func unreadableReason(path: String, error: Error) -> String {
        var st = stat()
        if lstat(path, &st) != 0 && errno == ENOENT { return "disappeared during the run (deleted or moved after the scan)" }
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return "could not be read (\(String(cString: strerror(Int32(posix.code))).lowercased()))"
        }
        if ns.code == NSFileReadNoPermissionError { return "could not be read (permission denied)" }
        return "could not be read (\(ns.localizedDescription))"
    }

    /// Readers and the scanner name paths relative to the root; reports name them in full.
    static func absoluteSkip(_ s: Skip, root: String) -> Skip {
        if s.path.hasPrefix("/") { return s }
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: root, isDirectory: &isDir)
        let base = isDir.boolValue ? root : (root as NSString).deletingLastPathComponent
        return Skip(path: s.path.isEmpty ? root : (base as NSString).appendingPathComponent(s.path), reason: s.reason)
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}

extension PartialDate {
    /// The UTC calendar day of an instant.
    public static func utcDay(of date: Date) -> PartialDate {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: date)
        return PartialDate(year: c.year ?? 1970, month: c.month, day: c.day)
    }
}

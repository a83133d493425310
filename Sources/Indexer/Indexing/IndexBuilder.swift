import Foundation

/// Settings for one `search index` run.
public struct IndexOptions: Sendable {
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Re-read every file, ignoring change detection.
    public var full = false
    public var maxFileSize = 20_000_000
    /// Articles written between commits: what a crash can lose at most (the next run redoes it).
    public var commitEvery = 2_000
    /// When set, this database is one shard: only the files the selector owns are indexed here.
    public var shard: ShardSelector?
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
            root.updated = started

            progress?(IndexProgress(phase: .scanning, filesDone: 0, filesTotal: 0, articles: 0, elapsed: 0))
            let scanned: (files: [ArticleFile], skipped: [Skip])
            do {
                scanned = try FolderScanner(root: rootPath, maxFileSize: options.maxFileSize).scan()
            } catch {
                throw IndexError.folderMissing(rootPath)
            }
            summary.skipped = scanned.skipped.map { Self.absoluteSkip($0, root: rootPath) }

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

            let builder = try DocumentBuilder(spellingDatabase: db)
            var sinceCommit = 0
            var done = 0
            let chunk = max(32, options.jobs * 64)
            var start = 0
            while start < candidates.count {
                let batch = Array(candidates[start..<min(start + chunk, candidates.count)])
                start += batch.count
                let recognizer = self.recognizer
                let extracted = batch.parallelMap(jobs: options.jobs) { Self.extract($0, recognizer: recognizer) }
                for (candidate, result) in zip(batch, extracted) {
                    let stateKey = Schema.Metadata.fileState(fileTerm: candidate.term)
                    switch result {
                    case .sameContent(let state):
                        try db.setMetadata(stateKey, state.encoded)
                        summary.unchanged += 1
                    case .failed(let skip):
                        summary.skipped.append(Self.absoluteSkip(skip, root: rootPath))
                        if candidate.existed {
                            // The file is still there but no longer readable: drop the stale copy.
                            try db.delete(uniqueTerm: candidate.term)
                            try db.setMetadata(stateKey, "")
                            summary.removed += 1
                        }
                    case .articles(let items, let skips, let state, let fallback):
                        summary.skipped.append(contentsOf: skips.map { Self.absoluteSkip($0, root: rootPath) })
                        if fallback { summary.decodedAsWindows1252.append(candidate.file.path) }
                        if candidate.existed { try db.delete(uniqueTerm: candidate.term) }
                        for item in items {
                            let doc = try builder.build(article: item.article, entities: item.entities,
                                                        format: item.format, root: root, file: candidate.file)
                            try db.replace(uniqueTerm: Schema.uniqueTerm(rootKey: root.key, articleID: item.article.id), with: doc)
                        }
                        try db.setMetadata(stateKey, state.encoded)
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
            if e.isLock { throw .locked(index: indexPath, owner: WriterLock(indexPath: indexPath).owner()) }
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

    struct Tagged: Sendable {
        var article: Article
        var entities: Entities
        var format: String
    }

    enum Extracted: Sendable {
        case sameContent(FileState)
        case failed(Skip)
        case articles([Tagged], [Skip], FileState, Bool)
    }

    /// Reads, hashes and tags one file; runs on worker threads, touches no Xapian object.
    static func extract(_ c: Candidate, recognizer: EntityRecognizer) -> Extracted {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: c.file.path))
        } catch {
            return .failed(Skip(path: c.file.path, reason: "unreadable: \(error.localizedDescription)"))
        }
        let hash = data.withUnsafeBytes { StableHash.value(bytes: $0) }
        let state = FileState(size: data.count, modified: c.file.modified, contentHash: hash)
        if let old = c.oldHash, old == hash { return .sameContent(state) }
        do {
            let read = try ArticleReader.read(data: data, file: c.file)
            let mtimeDay = PartialDate.utcDay(of: c.file.modified)
            let format = (c.file.path as NSString).pathExtension.lowercased()
            let tagged = read.articles.map { a in
                Tagged(article: a, entities: recognizer.recognize(a, fallbackDate: mtimeDay), format: format)
            }
            return .articles(tagged, read.skipped, state, read.articles.contains { $0.decodedAsWindows1252 })
        } catch {
            return .failed(Skip(path: error.path, reason: error.reason))
        }
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

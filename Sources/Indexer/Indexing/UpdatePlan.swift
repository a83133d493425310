/// What one run does with the files of one root: the one place that decides which files are
/// read, kept, added, updated and removed. Change detection compares the scan with the states
/// the index stores per file (size and mtime first, then a content hash).
///
///     let plan = try UpdatePlan(files: scanned, root: root, options: options, index: writer)
///     plan.toRead      // new files, and files whose size or mtime changed
struct UpdatePlan {
    /// Files to read: new ones, and those whose size or mtime changed (every file with `full`).
    var toRead: [Candidate] = []
    /// Files whose size and mtime match their stored state: kept without being read.
    var keptByStat = 0
    /// File terms the index holds for this root whose file is no longer in the folder: removed,
    /// unless `removalsHeld`.
    var vanished: [String] = []
    /// Scan skips (relative paths) of files the index holds: still there, so their earlier
    /// version is kept. Skipping is not deleting.
    var keptBySkip = Set<String>()
    /// The root's articles before the run, and how many the vanished files hold.
    var rootArticles = 0
    var vanishedArticles = 0
    /// Removing more than half of a root's articles (and over 100) waits for `prune`: a folder
    /// half gone is more often a broken mount or a wrong path than a clean-up.
    var removalsHeld = false

    init(files: [ArticleFile], skipped: [Skip] = [], root: IndexedRoot, options: IndexOptions, index: DocumentWriter) throws(IndexError) {
        var gone = Set(try index.fileTerms(rootKey: root.key))
        for skip in skipped where gone.remove(Schema.fileTerm(rootKey: root.key, relativePath: skip.path)) != nil {
            keptBySkip.insert(skip.path)
        }
        for file in files where options.shard?.owns(rootKey: root.key, relativePath: file.relativePath) ?? true {
            let term = Schema.fileTerm(rootKey: root.key, relativePath: file.relativePath)
            let existed = gone.remove(term) != nil
            let old = existed ? try index.state(fileTerm: term) : nil
            if let old, !options.full, old.sameStat(as: file) {
                keptByStat += 1
                continue
            }
            toRead.append(Candidate(file: file, term: term, existed: existed, oldHash: options.full ? nil : old?.contentHash))
        }
        vanished = gone.sorted()
        if !vanished.isEmpty {
            rootArticles = try index.articleCount(term: Schema.rootTerm(rootKey: root.key))
            for term in vanished { vanishedArticles += try index.articleCount(term: term) }
            removalsHeld = !options.prune && vanishedArticles > 100 && vanishedArticles * 2 > rootArticles
        }
    }

    /// What happens to a file once read.
    enum Action {
        /// Same bytes as stored: its articles stay, its refreshed state is stored.
        case keep(FileState)
        /// Its articles are written (replacing the stored ones when `replacing`), then its state.
        case write([Tagged], FileState, replacing: Bool)
        /// It is gone from the folder: its stored version is dropped.
        case remove
        /// It was indexed and now gives no article (unreadable, malformed, empty) though it is
        /// still there: its stored version and state stay, so the next run tries it again.
        case keepEarlier
        /// It gives no article and was never indexed: nothing to write.
        case nothing
    }

    static func action(for c: Candidate, _ extracted: Extracted) -> Action {
        switch extracted {
        case .sameContent(let state): return .keep(state)
        case .failed: return c.existed ? .keepEarlier : .nothing
        case .articles(let items, _, _, _) where items.isEmpty: return c.existed ? .keepEarlier : .nothing
        case .articles(let items, _, let state, _): return .write(items, state, replacing: c.existed)
        }
    }

    /// The paths a read file reports: the whole file, or the records skipped in it; marked
    /// `kept` when the file's earlier version stays, and `record` for records.
    static func skips(for c: Candidate, _ extracted: Extracted) -> [Skip] {
        func records(_ skips: [Skip]) -> [Skip] { skips.map { var s = $0; s.record = true; return s } }
        func kept(_ skips: [Skip]) -> [Skip] { c.existed ? skips.map { var s = $0; s.kept = true; return s } : skips }
        switch extracted {
        case .sameContent: return []
        case .failed(let skip): return kept([skip])
        // Every record was bad (each is reported), or there were none.
        case .articles(let items, let skips, _, _) where items.isEmpty:
            return kept(skips.isEmpty ? [Skip(path: c.file.path, reason: "no articles in the file")] : records(skips))
        case .articles(_, let skips, _, _): return records(skips)
        }
    }
}

import Foundation

/// The one Xapian writer of an index run: opens the database for writing, writes a file's
/// documents together with its state, drops them together, and commits in batches.
/// A fresh build also has one per staging database (`StagedWriters`), which writes documents
/// whose cluster keys the run's writer gave them (`prepare`).
/// Every engine failure comes out as `IndexError.engine`.
final class DocumentWriter {
    let indexPath: String
    private let db: WritableDatabase
    private let commitEvery: Int
    private let runStarted: Date
    /// Record every word in the spelling table (the run asked, or the index keeps one).
    var spelling = false
    private var sinceCommit = 0
    /// This batch's sequence (`Schema.Metadata.sequence`), stamped on every document written.
    private(set) var sequence: Int64 = 0
    /// Test-only stops (`NEWSINDEX_TEST_PAUSE`), counted over this run (shared by staging writers).
    private let counter: WriteCounter
    /// The near-duplicate lookup kept in memory, while every document is this run's (`RunClusters`).
    private var runClusters: RunClusters?
    /// A staging database's writer: documents arrive with their cluster keys.
    private let staging: Bool

    /// Opens (or creates) the database at `indexPath`; with `full`, an index of another schema
    /// version is started afresh instead of refused.
    /// `clustersInMemory`: on an empty database, look near-duplicates up in `RunClusters`.
    /// `staging`: a staging database of a fresh build, started empty (`StagedWriters`).
    init(indexPath: String, full: Bool, commitEvery: Int, runStarted: Date = Date(), clustersInMemory: Bool = true,
         staging: Bool = false, counter: WriteCounter = WriteCounter()) throws(IndexError) {
        self.indexPath = indexPath
        self.commitEvery = commitEvery
        self.runStarted = runStarted
        self.staging = staging
        self.counter = counter
        db = try Self.open(indexPath, full: full, overwrite: staging)
        let stored = Int64((try? db.metadata(Schema.Metadata.sequence)) ?? "") ?? 0
        sequence = Self.nextSequence(after: stored)
        if clustersInMemory, !staging, (try? db.documentCount()) == 0 { runClusters = RunClusters() }
    }

    /// The run started on an empty database and has written nothing over another document: the
    /// near-duplicate lookup is in memory, so documents may go to staging writers (`prepare`).
    var buildsFresh: Bool { runClusters != nil }

    /// Milliseconds since 1970, and always after `previous`: sequences of several shards written
    /// at once stay comparable, and one database's never go back.
    static func nextSequence(after previous: Int64) -> Int64 {
        max(previous + 1, Int64(Date().timeIntervalSince1970 * 1000))
    }

    // MARK: - What the index holds

    func info() throws(IndexError) -> IndexInfo {
        IndexInfo.load(from: try engine { () throws(XapianError) in try db.metadata(Schema.Metadata.info) })
    }

    func setInfo(_ info: IndexInfo) throws(IndexError) {
        try engine { () throws(XapianError) in try db.setMetadata(Schema.Metadata.info, info.encoded) }
    }

    /// The file terms indexed under one root, each with the number of articles it holds.
    func fileTerms(rootKey: String) throws(IndexError) -> [(term: String, articles: Int)] {
        try engine { () throws(XapianError) in
            try db.allTerms(prefix: Schema.Prefix.file + rootKey + ":").map { ($0.term, $0.frequency) }
        }
    }

    func state(fileTerm: String) throws(IndexError) -> FileState? {
        FileState(encoded: try engine { () throws(XapianError) in try db.metadata(Schema.Metadata.fileState(fileTerm: fileTerm)) })
    }

    /// How many articles hold a boolean term (a root's, a file's).
    func articleCount(term: String) throws(IndexError) -> Int {
        try engine { () throws(XapianError) in try db.allTerms(prefix: term).first { $0.term == term }?.frequency ?? 0 }
    }

    func documentCount() throws(IndexError) -> Int {
        try engine { () throws(XapianError) in try db.documentCount() }
    }

    // MARK: - Changes

    /// A file's articles, then its state. The state goes in after the documents and before any
    /// commit point, so one Xapian commit holds both: a state never vouches for uncommitted
    /// documents. (An automatic flush inside a huge file commits documents without the state;
    /// the next run then finds no state and reads the file again.)
    func write(_ items: [Tagged], state: FileState, fileTerm: String, replacing: Bool) throws(IndexError) {
        try engine { () throws(XapianError) in
            if replacing {
                try db.delete(uniqueTerm: fileTerm)
                runClusters = nil   // documents were dropped: only the database knows what is left
            }
            for item in items {
                let signed = staging ? nil : try DuplicateClusters.assign(to: item.document.value, uniqueTerm: item.uniqueTerm, in: db, run: runClusters)
                try item.document.value.addValue(Schema.Slot.written, Schema.writtenValue(sequence))
                try counter.step(.written) { () throws(XapianError) in
                    let id = try db.replace(uniqueTerm: item.uniqueTerm, with: item.document.value)
                    if !staging { runClusters?.record(id: id, uniqueTerm: item.uniqueTerm, signature: signed?.0, cluster: signed?.1) }
                }
                if spelling { try DocumentBuilder.recordSpelling(of: item.document.value, in: db) }
            }
        }
        try keep(state, fileTerm: fileTerm)
        sinceCommit += items.count
    }

    /// Gives a fresh build's documents the cluster keys `write` would give them, in the order
    /// this writer would have written them, before they go to a staging writer: the lookup stays
    /// one, in memory, so clusters are the single writer's.
    func prepare(_ items: [Tagged]) throws(IndexError) {
        guard let run = runClusters else { return }
        try engine { () throws(XapianError) in
            for item in items {
                let signed = try DuplicateClusters.assign(to: item.document.value, uniqueTerm: item.uniqueTerm, in: db, run: run)
                run.record(id: run.id(for: item.uniqueTerm), uniqueTerm: item.uniqueTerm, signature: signed?.0, cluster: signed?.1)
            }
        }
    }

    /// Stores a file's state; a file changed in the seconds before the run is stored so that
    /// the next run checks its hash (`FileState.trustingStat`).
    func keep(_ state: FileState, fileTerm: String) throws(IndexError) {
        try engine { () throws(XapianError) in
            try db.setMetadata(Schema.Metadata.fileState(fileTerm: fileTerm), state.trustingStat(ifOlderThan: runStarted).encoded)
        }
    }

    /// Drops a file's articles and its state.
    func remove(fileTerm: String) throws(IndexError) {
        runClusters = nil
        try engine { () throws(XapianError) in
            try db.delete(uniqueTerm: fileTerm)
            try db.setMetadata(Schema.Metadata.fileState(fileTerm: fileTerm), "")
        }
    }

    /// Forgets the state of a file whose articles go with their root (`removeRoot`).
    func forgetState(fileTerm: String) throws(IndexError) {
        try engine { () throws(XapianError) in try db.setMetadata(Schema.Metadata.fileState(fileTerm: fileTerm), "") }
    }

    /// Drops every article of a root.
    func removeArticles(rootKey: String) throws(IndexError) {
        runClusters = nil
        try engine { () throws(XapianError) in try db.delete(uniqueTerm: Schema.rootTerm(rootKey: rootKey)) }
    }

    /// Commits once `commitEvery` articles were written since the last commit.
    func commitIfDue() throws(IndexError) {
        guard sinceCommit >= commitEvery else { return }
        try commit(counted: true)
    }

    /// Commits what is pending: a batch (`counted` for the pause points), or the last one or
    /// only metadata (not counted, as `finish`).
    func commit(counted: Bool) throws(IndexError) {
        try engine { () throws(XapianError) in
            // The sequence goes in with the batch it stamps: a reader never sees one without the other.
            try db.setMetadata(Schema.Metadata.sequence, String(sequence))
            try counter.step(counted ? .commit : nil) { () throws(XapianError) in try db.commit() }
        }
        sinceCommit = 0
        sequence = Self.nextSequence(after: sequence)
    }

    /// Stores the index record and schema version and commits; closes unless `close` is false
    /// (a fresh build holds the write lock until its staging databases are merged in).
    func finish(_ info: IndexInfo, schemaVersion: Bool, close: Bool = true) throws(IndexError) {
        try engine { () throws(XapianError) in
            try db.setMetadata(Schema.Metadata.info, info.encoded)
            try db.setMetadata(Schema.Metadata.sequence, String(sequence))
            if schemaVersion { try db.setMetadata(Schema.Metadata.schemaVersion, String(Schema.version)) }
            try db.commit()
            if close { try db.close() }
        }
    }

    /// Commits the index's metadata with a sequence no lower than `stamp` (the staging writers'
    /// newest), so the merged database's sequence covers every article in it.
    func stampSequence(atLeast stamp: Int64) throws(IndexError) {
        guard stamp >= sequence else { return }
        sequence = stamp
        try commit(counted: false)
    }

    /// Commits the last batch of a staging database and closes it.
    func finishStaging() throws(IndexError) {
        try commit(counted: false)
        try close()
    }

    func close() throws(IndexError) {
        try engine { () throws(XapianError) in try db.close() }
    }

    // MARK: - Opening

    private func engine<T>(_ body: () throws(XapianError) -> T) throws(IndexError) -> T {
        do { return try body() } catch { throw .engine(error) }
    }

    private static func open(_ indexPath: String, full: Bool, overwrite: Bool = false) throws(IndexError) -> WritableDatabase {
        do {
            try FileManager.default.createDirectory(atPath: indexPath, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: indexPath, reason: error.localizedDescription)
        }
        let db: WritableDatabase
        do {
            db = try WritableDatabase(path: indexPath, mode: overwrite ? .createOrOverwrite : .createOrOpen)
        } catch let e {
            // "already locked" is another writer; any other lock failure (a lock file that cannot
            // be created in a read-only folder) is about permissions, and says so.
            if e.kind == .databaseLock && e.message.contains("already locked") {
                throw .locked(index: indexPath, owner: WriterLock(indexPath: indexPath).owner())
            }
            if e.kind == .databaseLock { throw .notWritable(index: indexPath, reason: e.message) }
            throw .engine(e)
        }
        let found = (try? db.metadata(Schema.Metadata.schemaVersion)).flatMap { Int($0) }
        if let found, found != Schema.version {
            if !full { throw .schemaMismatch(index: indexPath, found: found) }
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
}

import Foundation

/// The writers of a fresh build: one Xapian writer cannot keep up with extraction (its
/// `replace_document` and commits were two thirds of a run's CPU), so a run that starts on an
/// empty database writes through two, each on its own thread and staging database
/// (`IndexStaging`), merged into the index at the end (`StagedMerge`). A file's documents and
/// its state go to one writer and commit together there, as with the single writer.
///
/// The run's own writer stays the one that decides: it names the root and gives each document
/// its cluster key before it is queued here (`DocumentWriter.prepare`).
final class StagedWriters: @unchecked Sendable {
    private enum Work {
        case write([Tagged], FileState, String)
        case keep(FileState, String)
        case finish
    }
    /// Guarded by `signal`, except the writer, which only its own thread uses.
    private final class Lane: @unchecked Sendable {
        let writer: DocumentWriter
        var queue: [Work] = []
        /// Articles queued and not yet written: where the next file goes, and the back-pressure.
        var queued = 0
        var documents = 0
        var finished = false
        init(_ writer: DocumentWriter) { self.writer = writer }
    }

    private let lanes: [Lane]
    private let signal = NSCondition()
    private let done = DispatchGroup()
    private var failure: IndexError?
    /// Unique term → lane, so that a document written twice replaces itself in one database.
    private var lanesByTerm: [String: Int] = [:]
    private var stopped = false
    /// Articles a lane may hold queued before the run waits: enough that a writer never waits
    /// for the next file, few enough that queued documents do not add up in memory.
    private let laneLimit = 256

    /// Each writer commits every `commitEvery / writers` of its articles, so a batch of the run is
    /// still `commitEvery` articles (what a crash can lose), and each writer's pending changes
    /// stay small (10k bench corpus: 500 per writer against 1,000 cut a run's CPU by a tenth).
    init(indexPath: String, writers: Int = 2, commitEvery: Int, runStarted: Date, spelling: Bool) throws(IndexError) {
        IndexStaging.remove(from: indexPath)   // a run merges any left over before it gets here
        let counter = WriteCounter()
        var lanes: [Lane] = []
        for i in 0..<writers {
            let path = IndexStaging.path(of: indexPath, writer: i)
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreate(path: path, reason: error.localizedDescription)
            }
            let w = try DocumentWriter(indexPath: path, full: false, commitEvery: max(1, commitEvery / writers), runStarted: runStarted,
                                       staging: true, counter: counter)
            w.spelling = spelling
            lanes.append(Lane(w))
        }
        self.lanes = lanes
        for lane in lanes {
            done.enter()
            let thread = Thread { [self] in run(lane); done.leave() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Queues a file's documents (cluster keys given) and its state, for the writer with less work.
    func write(_ items: [Tagged], state: FileState, fileTerm: String) throws(IndexError) {
        signal.lock()
        defer { signal.unlock() }
        var target = lanes.indices.min { lanes[$0].queued < lanes[$1].queued }!
        if let earlier = items.lazy.compactMap({ self.lanesByTerm[$0.uniqueTerm] }).first { target = earlier }
        while failure == nil && lanes[target].queued >= laneLimit { signal.wait() }
        if let failure { throw failure }
        for item in items { lanesByTerm[item.uniqueTerm] = target }
        lanes[target].queue.append(.write(items, state, fileTerm))
        lanes[target].queued += items.count
        signal.broadcast()
    }

    func keep(_ state: FileState, fileTerm: String) throws(IndexError) {
        signal.lock()
        defer { signal.unlock() }
        if let failure { throw failure }
        lanes[0].queue.append(.keep(state, fileTerm))
        signal.broadcast()
    }

    /// Writes what is queued, commits and closes every staging database; the documents written.
    func finish() throws(IndexError) -> Int {
        stop()
        if let failure { throw failure }
        return lanes.reduce(0) { $0 + $1.documents }
    }

    /// Lets every writer finish its queue and waits for them; a run that fails calls it too,
    /// so no writer thread outlives it.
    func stop() {
        signal.lock()
        if !stopped {
            stopped = true
            for lane in lanes { lane.queue.append(.finish) }
            signal.broadcast()
        }
        signal.unlock()
        done.wait()
    }

    private func run(_ lane: Lane) {
        while true {
            signal.lock()
            while lane.queue.isEmpty { signal.wait() }
            let work = lane.queue.removeFirst()
            let failed = failure != nil
            signal.unlock()
            do throws(IndexError) {
                switch work {
                case .write(let items, let state, let term):
                    if failed { break }
                    try lane.writer.write(items, state: state, fileTerm: term, replacing: false)
                    try lane.writer.commitIfDue()
                    signal.lock(); lane.queued -= items.count; lane.documents += items.count; signal.broadcast(); signal.unlock()
                case .keep(let state, let term):
                    if !failed { try lane.writer.keep(state, fileTerm: term) }
                case .finish:
                    // After a failure elsewhere the batch in hand still commits: its states vouch for its documents.
                    try lane.writer.finishStaging()
                    return
                }
            } catch {
                signal.lock()
                if failure == nil { failure = error }
                lane.queued = 0
                signal.broadcast()
                signal.unlock()
                if case .finish = work { return }
            }
        }
    }
}

import Dispatch

/// Moves a value built on one thread to another exactly once. Xapian objects are not
/// thread-safe but may change threads when only one thread uses them at a time; the job's
/// completion (a DispatchGroup wait) orders the builder's last use before the writer's first.
struct Handoff<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// One batch of files being read, tagged and turned into documents in the background,
/// while the writer works on the previous batch.
final class ExtractionJob: @unchecked Sendable {
    private let group = DispatchGroup()
    private let batch: [Candidate]
    // Written once by the background task, read after `group.wait()`.
    private var results: [Extracted] = []

    init(_ batch: [Candidate], jobs: Int,
         _ extract: @escaping @Sendable (Candidate) -> Extracted) {
        self.batch = batch
        group.enter()
        DispatchQueue.global().async {
            self.results = batch.parallelMap(jobs: jobs, extract)
            self.group.leave()
        }
    }

    func wait() -> ([Candidate], [Extracted]) {
        group.wait()
        return (batch, results)
    }
}

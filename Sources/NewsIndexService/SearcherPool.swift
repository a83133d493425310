import Foundation
import Indexer

/// A few open `NewsIndex`es over one location, each used by one request at a time: Xapian
/// database handles are not shared between threads. Each is moved to the latest revision when taken.
///
///     let n = try pool.withIndex(waiting: 5) { try $0.search(request).total }
public final class IndexPool: @unchecked Sendable {
    public let indexPath: String
    public let capacity: Int
    private let condition = NSCondition()
    private var idle: [NewsIndex] = []
    private var lent = 0

    public init(indexPath: String, capacity: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) {
        self.indexPath = indexPath
        self.capacity = max(1, capacity)
    }

    /// Runs `body` with an open index of its own, waiting up to `seconds` for one to be free.
    public func withIndex<T>(waiting seconds: Double, _ body: (NewsIndex) throws(ServiceError) -> T) throws(ServiceError) -> T {
        let index = try take(until: Date(timeIntervalSinceNow: seconds))
        defer { give(index) }
        return try body(index)
    }

    private func take(until deadline: Date) throws(ServiceError) -> NewsIndex {
        condition.lock()
        while idle.isEmpty && lent >= capacity {
            guard condition.wait(until: deadline) else {
                condition.unlock()
                throw .unavailable("the server is busy: every index handle stayed in use; try again")
            }
        }
        let reused = idle.popLast()
        lent += 1
        condition.unlock()
        do {
            // A `search index` run elsewhere shows up in this request (Xapian reopen; cheap when unchanged).
            if let reused { reused.refresh(); return reused }
            let index = NewsIndex(at: indexPath)
            try index.open()
            return index
        } catch {
            condition.lock()
            lent -= 1
            condition.signal()
            condition.unlock()
            throw .from(error)
        }
    }

    private func give(_ index: NewsIndex) {
        condition.lock()
        idle.append(index)
        lent -= 1
        condition.signal()
        condition.unlock()
    }
}

import Foundation
import Indexer

/// A few `Searcher`s over one index, each used by one request at a time: Xapian database
/// handles are not shared between threads. Each is moved to the latest revision when taken.
///
///     let n = try pool.withSearcher(waiting: 5) { try $0.search(request).total }
public final class SearcherPool: @unchecked Sendable {
    public let indexPath: String
    public let capacity: Int
    private let condition = NSCondition()
    private var idle: [Searcher] = []
    private var lent = 0

    public init(indexPath: String, capacity: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) {
        self.indexPath = indexPath
        self.capacity = max(1, capacity)
    }

    /// Runs `body` with a searcher of its own, waiting up to `seconds` for one to be free.
    public func withSearcher<T>(waiting seconds: Double, _ body: (Searcher) throws(ServiceError) -> T) throws(ServiceError) -> T {
        let searcher = try take(until: Date(timeIntervalSinceNow: seconds))
        defer { give(searcher) }
        return try body(searcher)
    }

    private func take(until deadline: Date) throws(ServiceError) -> Searcher {
        condition.lock()
        while idle.isEmpty && lent >= capacity {
            guard condition.wait(until: deadline) else {
                condition.unlock()
                throw .unavailable("the server is busy: every searcher stayed in use; try again")
            }
        }
        let reused = idle.popLast()
        lent += 1
        condition.unlock()
        do {
            if let reused, (try? reused.refresh()) == false { return reused }
            // New, or the index changed underneath (or was rebuilt): a fresh searcher drops stale caches.
            return try Searcher(indexPath: indexPath)
        } catch {
            condition.lock()
            lent -= 1
            condition.signal()
            condition.unlock()
            throw .from(error)
        }
    }

    private func give(_ searcher: Searcher) {
        condition.lock()
        idle.append(searcher)
        lent -= 1
        condition.signal()
        condition.unlock()
    }
}

import Foundation

/// Runs an async server from the synchronous command tree, blocking the main thread until it ends.
enum AsyncMain {
    static func block(_ body: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task.detached {
            do { try await body() } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        if let e = failure.error { throw ServerFailure(message: "\(e)") }
    }
}

/// Why a server stopped: printed as one line, exit code 1.
struct ServerFailure: Error {
    var message: String
}

private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ e: Error) { lock.lock(); stored = e; lock.unlock() }
}

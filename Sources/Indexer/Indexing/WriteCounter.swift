import Foundation

/// Counts a run's written documents and commits for its pause point (`PausePoint`), across the
/// writer threads of a fresh build. With a pause point set, a step, its count and the pause
/// happen under one lock, so a paused writer stops the other at its next step and a test sees
/// an exact state (e.g. two commits of 20, never a third); without one nothing is counted or held.
final class WriteCounter: @unchecked Sendable {
    private let pause: PausePoint?
    private let lock = NSLock()
    private var counts: [PausePoint.Kind: Int] = [:]

    init(pause: PausePoint? = PausePoint.fromEnvironment()) { self.pause = pause }

    /// Runs `body` and counts it as `kind` (nil: held like the others, not counted).
    func step<E: Error>(_ kind: PausePoint.Kind?, _ body: () throws(E) -> Void) throws(E) {
        guard let pause else { return try body() }
        lock.lock()
        defer { lock.unlock() }
        try body()
        guard let kind else { return }
        counts[kind, default: 0] += 1
        pause.reached(kind, count: counts[kind]!)
    }
}

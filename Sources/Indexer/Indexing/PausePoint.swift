import Foundation

/// A place where `search index` stops and waits, for the crash and concurrency tests only, so
/// they kill or race a writer at an exact moment instead of guessing with timers. Off unless
/// `NEWSINDEX_TEST_PAUSE` is set:
///
///     NEWSINDEX_TEST_PAUSE=commit:2    after the 2nd batch commit of the run
///     NEWSINDEX_TEST_PAUSE=commit:2+   after the 2nd and every later batch commit
///     NEWSINDEX_TEST_PAUSE=written:150 after the 150th document written, before its commit
///     NEWSINDEX_TEST_PAUSE=compact:2   at step 2 of an in-place `search compact` (`IndexCompactor`)
///
/// At the point the writer creates the file `NEWSINDEX_TEST_PAUSE_FILE` (its pid inside) and
/// waits while that file exists: the test then searches, starts a rival writer or kills it, and
/// removes the file to let it go on.
struct PausePoint {
    enum Kind: String { case commit, written, compact }
    let kind: Kind
    let at: Int
    let repeating: Bool
    let file: String

    /// nil (no pausing at all) unless both variables are set and well formed.
    static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> PausePoint? {
        guard let spec = env["NEWSINDEX_TEST_PAUSE"], let file = env["NEWSINDEX_TEST_PAUSE_FILE"], !file.isEmpty else { return nil }
        let parts = spec.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let kind = Kind(rawValue: String(parts[0])) else { return nil }
        let repeating = parts[1].hasSuffix("+")
        guard let at = Int(repeating ? parts[1].dropLast() : parts[1]), at >= 0 else { return nil }
        return PausePoint(kind: kind, at: at, repeating: repeating, file: file)
    }

    /// Called with the run's count of commits or written documents so far.
    func reached(_ kind: Kind, count: Int) {
        guard kind == self.kind, repeating ? count >= at : count == at else { return }
        FileManager.default.createFile(atPath: file, contents: Data("\(getpid())\n".utf8))
        while FileManager.default.fileExists(atPath: file) { usleep(2_000) }
    }
}

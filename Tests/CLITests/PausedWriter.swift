import Foundation
import XCTest

/// A `search index` child that stops at a pause point (`NEWSINDEX_TEST_PAUSE`, see
/// `Sources/Indexer/Indexing/PausePoint.swift`), so a test kills or races it at an exact moment
/// instead of timing it against the machine's speed.
///
///     let w = try PausedWriter.start(["index", src, "--index", ix], pause: "commit:1", in: base)
///     try w.waitUntilPaused()   // one commit made, the writer holds the lock and waits
///     w.resume()
struct PausedWriter {
    let child: ProcessRunner.Child
    let pauseFile: URL

    static func start(_ args: [String], pause: String, in folder: URL) throws -> PausedWriter {
        let file = folder.appendingPathComponent("pause-\(UUID().uuidString)")
        let child = try ProcessRunner.start(args, environment: ["NEWSINDEX_TEST_PAUSE": pause, "NEWSINDEX_TEST_PAUSE_FILE": file.path])
        return PausedWriter(child: child, pauseFile: file)
    }

    var isPaused: Bool { FileManager.default.fileExists(atPath: pauseFile.path) }

    /// Waits until the writer stands at its pause point. The deadline only bounds a hung child;
    /// ending without pausing fails the test (the fixture is too small for the point asked).
    func waitUntilPaused(file: StaticString = #filePath, line: UInt = #line) throws {
        guard waitUntilPausedOrDone(), isPaused else {
            XCTFail("the writer ended (status \(child.process.terminationStatus)) before its pause point", file: file, line: line)
            throw CancellationError()
        }
    }

    /// True when paused, false when the child ended first.
    @discardableResult
    func waitUntilPausedOrDone(timeout: Double = 600) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while child.process.isRunning && !isPaused && Date() < deadline { usleep(2_000) }
        return isPaused
    }

    func resume() { try? FileManager.default.removeItem(at: pauseFile) }
}

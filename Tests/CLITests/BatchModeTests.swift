import Foundation
import XCTest

/// Issue 12 items 5, 7, 8 and 16: `search query --stdin` as a long-lived searcher (flags as
/// defaults, a failing line does not stop the batch, answers flushed at once, each line sees
/// the latest commit), page bounds, and a mistyped command named.
final class BatchModeTests: IndexedFixtureTestCase {
    func testCommandLineFlagsAreDefaultsForEveryLine() throws {
        let r = try CLI.run(["--stdin", "--json", "--country", "CN", "--limit", "2", "--no-snippets", "--index", try ws().index.path],
                            stdin: "trade\ntrade --limit 1\ntrade --country JP\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = try r.lines()
        XCTAssertEqual(lines.count, 3)
        // trade ∧ CN: f01 and f09 mention trade? Whatever the count, it is the filtered one.
        let unfiltered = try ws().search(["trade", "--json", "--exact"]).object()["total"] as? Int
        let filtered = try ws().search(["trade", "--country", "CN", "--json", "--exact"]).object()["total"] as? Int
        XCTAssertNotEqual(unfiltered, filtered, "the fixture must tell the filter apart")
        XCTAssertEqual(lines[0]["total"] as? Int, filtered)
        XCTAssertEqual(lines[0]["limit"] as? Int, 2)
        XCTAssertTrue((lines[0]["results"] as? [[String: Any]] ?? []).allSatisfy { ($0["snippet"] as? String) == "" })
        XCTAssertEqual(lines[1]["limit"] as? Int, 1, "a line's own flag overrides the default")
        let japan = try ws().search(["trade", "--country", "JP", "--json", "--exact"]).object()["total"] as? Int
        XCTAssertEqual(lines[2]["total"] as? Int, japan, "a line's own --country replaces the default one")
    }

    func testAFailingLinePrintsItsErrorAndTheBatchGoesOn() throws {
        let r = try CLI.run(["--stdin", "--json", "--index", try ws().index.path],
                            stdin: "trade\nChina --offset 9223372036854775807\nChina --limit 9223372036854775807\ntariffs\n")
        XCTAssertEqual(r.status, 2, "a failed line makes the batch exit 2 at its end")
        let lines = try r.lines()
        XCTAssertEqual(lines.count, 4)
        XCTAssertNotNil(lines[0]["total"])
        XCTAssertEqual(Set(lines[1].keys), ["query", "error"])
        XCTAssertTrue((lines[1]["error"] as? String ?? "").contains("--offset"))
        XCTAssertEqual(Set(lines[2].keys), ["query", "error"])
        XCTAssertNotNil(lines[3]["total"], "the line after the failures is answered")
    }

    func testHugeOffsetOrLimitIsOneLineExitTwo() throws {
        for flag in ["--offset", "--limit"] {
            let r = try ws().search(["China", flag, "9223372036854775807"])
            XCTAssertEqual(r.status, 2, r.stderr)
            XCTAssertEqual(r.stderrLines.count, 1, r.stderr)
            XCTAssertTrue(r.stderr.contains(flag), r.stderr)
        }
    }

    /// One process, one query at a time over pipes: each answer arrives without closing the
    /// input, and a commit by another process between two lines shows in the second answer.
    func testEachAnswerIsFlushedAndSeesTheLatestCommit() throws {
        guard let binary = CLI.binary else { throw XCTSkip("the search binary was not built") }
        let w = try ws()
        let extra = w.root.appendingPathComponent("extra-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
        defer {
            _ = try? CLI.run(["index", "--remove", extra.path, "--index", w.index.path])
            try? FileManager.default.removeItem(at: extra)
        }
        let p = Process()
        p.executableURL = binary
        p.arguments = ["--stdin", "--json", "--no-snippets", "--index", w.index.path]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer { if p.isRunning { p.terminate() }; p.waitUntilExit() }
        let reader = LineReader(output.fileHandleForReading)

        input.fileHandleForWriting.write(Data("zanzibar\n".utf8))
        let first = try XCTUnwrap(reader.next(timeout: 30), "no answer while the input stays open: the answer was not flushed")
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])?["total"] as? Int, 0)

        try Data("---\ntitle: Spice harbour\ndate: 2025-05-05\n---\n\nZanzibar harbour exported cloves.\n".utf8)
            .write(to: extra.appendingPathComponent("z.txt"))
        let indexed = try CLI.run(["index", extra.path, "--index", w.index.path, "--quiet"])
        XCTAssertEqual(indexed.status, 0, indexed.stderr)

        input.fileHandleForWriting.write(Data("zanzibar\n".utf8))
        let second = try XCTUnwrap(reader.next(timeout: 30))
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(second.utf8)) as? [String: Any])?["total"] as? Int, 1,
                       "the second line sees the article committed after the first")
        try input.fileHandleForWriting.close()
    }

    func testAMistypedCommandIsNamedWhenTheSearchFindsNothing() throws {
        let stat = try ws().search(["stat"])
        XCTAssertEqual(stat.status, 0)
        XCTAssertTrue(stat.stderr.contains("Did you mean the command `stats`?"), stat.stderr)
        let indx = try ws().search(["indx", "wh"])
        XCTAssertTrue(indx.stderr.contains("Did you mean the command `index`?"), indx.stderr)
        // A search that finds something is what was meant.
        XCTAssertFalse(try ws().search(["trade"]).stderr.contains("Did you mean the command"))
    }
}

/// Lines from a pipe, read on a background thread so that a test can wait with a timeout.
final class LineReader: @unchecked Sendable {
    private let lock = NSCondition()
    private var lines: [String] = []
    private var buffer = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                lock.lock()
                if chunk.isEmpty { lock.broadcast(); lock.unlock(); return }
                buffer.append(chunk)
                while let nl = buffer.firstIndex(of: 0x0A) {
                    lines.append(String(decoding: buffer[buffer.startIndex..<nl], as: UTF8.self))
                    buffer.removeSubrange(buffer.startIndex...nl)
                }
                lock.broadcast()
                lock.unlock()
            }
        }
    }

    /// The next line, or nil when none came within `timeout` seconds.
    func next(timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while lines.isEmpty {
            if !lock.wait(until: deadline) { return nil }
        }
        return lines.removeFirst()
    }
}

import Foundation
import XCTest
@testable import Indexer

/// Issue 5, incremental indexing, through the real `search` binary: only new and changed files
/// are read, vanished files leave, several folders share one index, `--remove`, `--full`,
/// the summary and `--report`.
final class ReliabilityIncrementalTests: XCTestCase {
    private func index(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let r = try ProcessRunner.run(["index"] + args + ["--json"])
        XCTAssertEqual(r.status, 0, "search index \(args): \(r.stderr)", file: file, line: line)
        XCTAssertFalse(r.signalled, file: file, line: line)
        return Fixture.json(r.stdout)
    }

    private func hits(_ query: String, index: URL) throws -> Int {
        let r = try ProcessRunner.run([query, "--index", index.path, "--json", "--exact"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return Fixture.json(r.stdout)["total"] as? Int ?? -1
    }

    func testReRunReadsOnlyWhatChangedAndDropsWhatVanished() throws {
        let base = try Fixture.folder(self)
        let a = base.appendingPathComponent("a"), ix = base.appendingPathComponent("ix")
        let files = try Fixture.articles(in: a, count: 6, perFolder: 3)

        var s = try index([a.path, "--index", ix.path])
        XCTAssertEqual(s["added"] as? Int, 6)
        XCTAssertEqual(s["documents"] as? Int, 6)

        s = try index([a.path, "--index", ix.path])
        XCTAssertEqual([s["added"], s["updated"], s["removed"], s["unchanged"]].map { $0 as? Int }, [0, 0, 0, 6], "\(s)")
        XCTAssertEqual(s["articles_written"] as? Int, 0)

        // Touched but identical: new mtime, same bytes → unchanged after the hash check.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: files[0].path)
        s = try index([a.path, "--index", ix.path])
        XCTAssertEqual([s["added"], s["updated"], s["unchanged"]].map { $0 as? Int }, [0, 0, 6], "\(s)")

        // Changed, new, vanished.
        try Fixture.article(1, word: "freshword").write(to: files[1], atomically: false, encoding: .utf8)
        try Fixture.write(Fixture.article(99), to: a.appendingPathComponent("new/b.txt"))
        try FileManager.default.removeItem(at: files[2])
        s = try index([a.path, "--index", ix.path])
        XCTAssertEqual([s["added"], s["updated"], s["removed"], s["unchanged"]].map { $0 as? Int }, [1, 1, 1, 4], "\(s)")
        XCTAssertEqual(s["articles_written"] as? Int, 2)
        XCTAssertEqual(try hits("freshword", index: ix), 1)
        XCTAssertEqual(try hits("zq1x", index: ix), 0, "the old text of a changed file is gone")
        XCTAssertEqual(try hits("zq2x", index: ix), 0, "a vanished file is gone")
        XCTAssertEqual(try hits("zq99x", index: ix), 1)

        let facts = try IndexFacts(ix.path)
        XCTAssertEqual(facts.documents, 6)
        XCTAssertEqual(facts.duplicatedIDs, [])

        // --full re-reads everything and still holds each article once.
        s = try index([a.path, "--index", ix.path, "--full"])
        XCTAssertEqual([s["added"], s["updated"], s["unchanged"]].map { $0 as? Int }, [0, 6, 0], "\(s)")
        XCTAssertEqual(try IndexFacts(ix.path).documents, 6)
    }

    func testSeveralFoldersInOneIndexAndRemove() throws {
        let base = try Fixture.folder(self)
        let a = base.appendingPathComponent("a"), b = base.appendingPathComponent("b"), ix = base.appendingPathComponent("ix")
        try Fixture.articles(in: a, count: 4)
        try Fixture.write(Fixture.article(50, word: "onlyinb"), to: b.appendingPathComponent("x.txt"))
        try Fixture.write(Fixture.article(51, word: "alsoinb"), to: b.appendingPathComponent("y.md"))

        _ = try index([a.path, "--index", ix.path])
        var s = try index([b.path, "--index", ix.path])
        XCTAssertEqual(s["added"] as? Int, 2)
        XCTAssertEqual(s["documents"] as? Int, 6)
        // Re-running one folder leaves the other alone.
        s = try index([a.path, "--index", ix.path])
        XCTAssertEqual(s["removed"] as? Int, 0)
        XCTAssertEqual(s["documents"] as? Int, 6)

        let stats = try ProcessRunner.run(["stats", "--index", ix.path])
        XCTAssertEqual(stats.status, 0, stats.stderr)

        let r = try ProcessRunner.run(["index", "--remove", b.path, "--index", ix.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Removed"), r.stdout)
        XCTAssertEqual(try hits("onlyinb", index: ix), 0)
        XCTAssertEqual(try hits("zq3x", index: ix), 1)
        XCTAssertEqual(try IndexFacts(ix.path).documents, 4)

        // Removing a folder that is not in the index is a usage error with a hint.
        let again = try ProcessRunner.run(["index", "--remove", b.path, "--index", ix.path])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("was never indexed") || again.stderr.contains("not an indexed folder"), again.stderr)
    }

    func testSummaryAndReportListEverySkipAndExitZero() throws {
        let base = try Fixture.folder(self)
        let a = base.appendingPathComponent("a"), ix = base.appendingPathComponent("ix")
        let report = base.appendingPathComponent("skips.jsonl")
        try Fixture.articles(in: a, count: 3)
        try Data().write(to: a.appendingPathComponent("empty.txt"))
        try Data([0, 1, 2, 3, 0, 0xFF]).write(to: a.appendingPathComponent("blob.txt"))
        try "{\"title\": ".write(to: a.appendingPathComponent("cut.json"), atomically: false, encoding: .utf8)
        try "not an article".write(to: a.appendingPathComponent("notes.docx"), atomically: false, encoding: .utf8)

        let r = try ProcessRunner.run(["index", a.path, "--index", ix.path, "--report", report.path])
        XCTAssertEqual(r.status, 0, "skips do not fail the run: \(r.stderr)")
        XCTAssertTrue(r.stdout.contains("3 added"), r.stdout)
        XCTAssertTrue(r.stdout.contains("4 files skipped"), r.stdout)
        let lines = try String(contentsOf: report, encoding: .utf8).split(separator: "\n")
        let entries = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(entries.count, 4, "\(lines)")
        let byName = Dictionary(uniqueKeysWithValues: entries.map {
            (URL(fileURLWithPath: $0["path"] as? String ?? "").lastPathComponent, $0["reason"] as? String ?? "")
        })
        XCTAssertEqual(byName["empty.txt"], "empty file")
        XCTAssertEqual(byName["blob.txt"], "binary content, not text")
        XCTAssertTrue(byName["cut.json"]?.hasPrefix("malformed JSON") == true, "\(byName)")
        XCTAssertTrue(byName["notes.docx"]?.contains("unsupported file type") == true, "\(byName)")

        // A folder that does not exist is a failed run: non-zero.
        let missing = try ProcessRunner.run(["index", base.appendingPathComponent("nope").path, "--index", ix.path])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, missing.stderr)
    }
}

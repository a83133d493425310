import Foundation
import TestSupport
import XCTest
@testable import Indexer

/// Issue 5, concurrency: a second writer is refused at once, naming the lock and the holder;
/// searches during a write work and see the last commit.
final class ReliabilityConcurrencyTests: XCTestCase {
    private func waitForWriter(_ ix: URL, _ child: ProcessRunner.Child) {
        let note = ix.appendingPathComponent("newsindex.writer").path
        let deadline = Date(timeIntervalSinceNow: 60)
        while child.process.isRunning && !FileManager.default.fileExists(atPath: note) && Date() < deadline { usleep(5_000) }
    }

    func testSecondWriterIsRefusedAtOnceNamingTheHolder() throws {
        let base = try Fixture.folder(self, "conc")
        let src = base.appendingPathComponent("src"), other = base.appendingPathComponent("other")
        let ix = base.appendingPathComponent("ix")
        try Fixture.articles(in: src, count: 1_500)
        try Fixture.articles(in: other, count: 3)
        let first = try ProcessRunner.start(["index", src.path, "--index", ix.path, "--commit-every", "50", "--jobs", "1", "--quiet"])
        defer { if first.process.isRunning { first.kill9() } }
        waitForWriter(ix, first)
        XCTAssertTrue(first.process.isRunning, "the first writer ended too soon to race")

        for args in [["index", other.path], ["index", src.path], ["index", "--remove", src.path]] {
            let second = try ProcessRunner.run(args + ["--index", ix.path], timeout: 30)
            XCTAssertTrue(first.process.isRunning, "the first writer must still hold the lock")
            XCTAssertLessThan(second.seconds, 10, "a refused writer must not wait")
            XCTAssertEqual(second.status, 1, second.stderr)
            XCTAssertEqual(second.stderr.split(separator: "\n").count, 1, second.stderr)
            XCTAssertTrue(second.stderr.contains("locked"), second.stderr)
            XCTAssertTrue(second.stderr.contains("flintlock"), "names the lock: \(second.stderr)")
            XCTAssertTrue(second.stderr.contains("pid \(first.pid)"), "names the holder: \(second.stderr)")
        }
        let done = first.wait()
        XCTAssertEqual(done.status, 0, done.stderr)
        XCTAssertEqual(try IndexFacts(ix.path).documents, 1_500)
        XCTAssertFalse(FileManager.default.fileExists(atPath: ix.appendingPathComponent("newsindex.writer").path),
                       "the note goes when the writer ends")
    }

    /// After a writer was killed, its stale note must not be taken for a live holder.
    func testStaleNoteFromKilledWriterDoesNotBlock() throws {
        let base = try Fixture.folder(self, "conc")
        let src = base.appendingPathComponent("src"), ix = base.appendingPathComponent("ix")
        try Fixture.articles(in: src, count: 400)
        let first = try ProcessRunner.start(["index", src.path, "--index", ix.path, "--commit-every", "20", "--jobs", "1", "--quiet"])
        waitForWriter(ix, first)
        first.kill9()
        let next = try ProcessRunner.run(["index", src.path, "--index", ix.path, "--json"])
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertEqual(try IndexFacts(ix.path).documents, 400)
    }

    func testSearchesDuringAWriteSeeTheLastCommit() throws {
        let base = try Fixture.folder(self, "conc")
        let src = base.appendingPathComponent("src"), ix = base.appendingPathComponent("ix")
        try Fixture.articles(in: src, count: 1_200)
        // Something committed before the writer starts, so readers always have a database.
        try Fixture.articles(in: src.appendingPathComponent("zz-seed"), count: 1)
        XCTAssertEqual(try ProcessRunner.run(["index", src.appendingPathComponent("zz-seed").path, "--index", ix.path]).status, 0)

        let writer = try ProcessRunner.start(["index", src.path, "--index", ix.path, "--commit-every", "25", "--jobs", "1", "--quiet"])
        defer { if writer.process.isRunning { writer.kill9() } }
        // One long-lived in-process searcher: it must ride over DatabaseModifiedError by reopening.
        let searcher = try Searcher(indexPath: ix.path)
        var seen: [Int] = []
        var inBetween = 0
        while writer.process.isRunning {
            let before = (try? Database(path: ix.path).documentCount()) ?? 0
            let r = try ProcessRunner.run(["trade", "--index", ix.path, "--json", "--exact"], timeout: 60)
            let after = (try? Database(path: ix.path).documentCount()) ?? 0
            XCTAssertEqual(r.status, 0, "search during the write: \(r.stderr)")
            let total = Fixture.json(r.stdout)["total"] as? Int ?? -1
            XCTAssertTrue(before <= total && total <= after, "saw \(total), committed went \(before)→\(after)")
            if total > 1 && total < 1_202 { inBetween += 1 }
            seen.append(total)
            for _ in 0..<5 {
                XCTAssertNoThrow(try searcher.search(SearchRequest(text: "tariffs")))
            }
        }
        XCTAssertEqual(writer.wait().status, 0)
        XCTAssertEqual(seen, seen.sorted(), "totals only grow during the write")
        XCTAssertGreaterThan(inBetween, 0, "no search ran between two commits: \(seen)")
        let final = try ProcessRunner.run(["trade", "--index", ix.path, "--json", "--exact"])
        XCTAssertEqual(Fixture.json(final.stdout)["total"] as? Int, 1_202, "1 201 under src (its zz-seed included) + the seed root")
    }
}

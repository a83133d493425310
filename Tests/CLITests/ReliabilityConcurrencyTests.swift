import Foundation
import XCTest
@testable import Indexer

/// Issue 5, concurrency: a second writer is refused at once, naming the lock and the holder;
/// searches during a write work and see the last commit.
final class ReliabilityConcurrencyTests: XCTestCase {
    /// The first writer is held after its first commit (a pause point), so it owns the lock for as
    /// long as the test needs: a rival that waited for the lock would hang until the run's timeout
    /// and fail, rather than pass on a fast machine and fail on a slow one.
    func testSecondWriterIsRefusedAtOnceNamingTheHolder() throws {
        let base = try Fixture.folder(self, "conc")
        let src = base.appendingPathComponent("src"), other = base.appendingPathComponent("other")
        let ix = base.appendingPathComponent("ix")
        try Fixture.articles(in: src, count: 200)
        try Fixture.articles(in: other, count: 3)
        let first = try PausedWriter.start(["index", src.path, "--index", ix.path, "--commit-every", "50", "--jobs", "1", "--quiet"],
                                           pause: "commit:1", in: base)
        defer { if first.child.process.isRunning { first.child.kill9() } }
        try first.waitUntilPaused()

        for args in [["index", other.path], ["index", src.path], ["index", "--remove", src.path]] {
            let second = try ProcessRunner.run(args + ["--index", ix.path], timeout: 120)
            XCTAssertTrue(first.child.process.isRunning, "the first writer must still hold the lock")
            XCTAssertEqual(second.status, 1, "refused, not waited on: \(second.stderr)")
            XCTAssertFalse(second.signalled, "the rival waited for the lock until it was killed")
            XCTAssertEqual(second.stderr.split(separator: "\n").count, 1, second.stderr)
            XCTAssertTrue(second.stderr.contains("locked"), second.stderr)
            XCTAssertTrue(second.stderr.contains("flintlock"), "names the lock: \(second.stderr)")
            XCTAssertTrue(second.stderr.contains("pid \(first.child.pid)"), "names the holder: \(second.stderr)")
        }
        first.resume()
        let done = first.child.wait()
        XCTAssertEqual(done.status, 0, done.stderr)
        XCTAssertEqual(try IndexFacts(ix.path).documents, 200)
        XCTAssertFalse(FileManager.default.fileExists(atPath: ix.appendingPathComponent("newsindex.writer").path),
                       "the note goes when the writer ends")
    }

    /// After a writer was killed, its stale note must not be taken for a live holder.
    func testStaleNoteFromKilledWriterDoesNotBlock() throws {
        let base = try Fixture.folder(self, "conc")
        let src = base.appendingPathComponent("src"), ix = base.appendingPathComponent("ix")
        try Fixture.articles(in: src, count: 400)
        let first = try PausedWriter.start(["index", src.path, "--index", ix.path, "--commit-every", "20", "--jobs", "1", "--quiet"],
                                           pause: "commit:1", in: base)
        try first.waitUntilPaused()
        XCTAssertTrue(FileManager.default.fileExists(atPath: ix.appendingPathComponent("newsindex.writer").path))
        first.child.kill9()
        let next = try ProcessRunner.run(["index", src.path, "--index", ix.path, "--json"])
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertEqual(try IndexFacts(ix.path).documents, 400)
    }

    /// The writer stops after every commit; at each stop a search (a new process) and a
    /// long-lived in-process searcher must see exactly what is committed, no more, no less.
    func testSearchesDuringAWriteSeeTheLastCommit() throws {
        let base = try Fixture.folder(self, "conc")
        let src = base.appendingPathComponent("src"), ix = base.appendingPathComponent("ix")
        try Fixture.articles(in: src, count: 120)
        // Something committed before the writer starts, so readers always have a database. A
        // folder beside src, not inside it: overlapping folders are refused (issue 12 item 2).
        let seed = base.appendingPathComponent("seed")
        try Fixture.articles(in: seed, count: 1)
        XCTAssertEqual(try ProcessRunner.run(["index", seed.path, "--index", ix.path]).status, 0)

        let writer = try PausedWriter.start(["index", src.path, "--index", ix.path, "--commit-every", "25", "--jobs", "1", "--quiet"],
                                            pause: "commit:1+", in: base)
        defer { if writer.child.process.isRunning { writer.child.kill9() } }
        // One long-lived in-process searcher: it must ride over DatabaseModifiedError.
        let searcher = try Searcher(indexPath: ix.path)
        var seen: [Int] = []
        while writer.waitUntilPausedOrDone() {
            let committed = try Database(path: ix.path).documentCount()
            let r = try ProcessRunner.run(["trade", "--index", ix.path, "--json", "--exact"], timeout: 120)
            XCTAssertEqual(r.status, 0, "search during the write: \(r.stderr)")
            XCTAssertEqual(Fixture.json(r.stdout)["total"] as? Int, committed, "a search between two commits")
            // The long-lived searcher keeps the snapshot it opened (Xapian readers do not follow
            // commits unless reopened): it must answer, from a consistent, never newer, view.
            var request = SearchRequest(text: "trade")
            request.exact = true
            let held = try searcher.search(request).total
            XCTAssertTrue((1...committed).contains(held), "the in-process searcher saw \(held) of \(committed)")
            seen.append(committed)
            writer.resume()
        }
        XCTAssertEqual(writer.child.wait().status, 0)
        // 1 seed article + 120 new, committed every 25: the writer stopped after 25, 50, 75 and 100 of them.
        XCTAssertEqual(seen, [26, 51, 76, 101])
        let final = try ProcessRunner.run(["trade", "--index", ix.path, "--json", "--exact"])
        XCTAssertEqual(Fixture.json(final.stdout)["total"] as? Int, 121, "120 under src + the seed root")
    }
}

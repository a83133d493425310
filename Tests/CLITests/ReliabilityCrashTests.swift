import Foundation
import TestSupport
import XCTest
@testable import Indexer

/// Issue 5, crash safety: `kill -9` a child `search index` at several moments; each time the
/// index opens, answers a search and passes `xapian-check`, and the next run finishes the job
/// with every article present exactly once.
final class ReliabilityCrashTests: XCTestCase {
    static let files = 2_000
    /// Every other file is a 3-record JSON Lines feed.
    static let articles = 1_000 + 1_000 * 3

    /// Documents committed so far, as a fresh reader sees them (0 before the first commit): the
    /// index with the staging databases of a fresh build that was interrupted.
    private func committed(_ ix: URL) -> Int {
        (try? IndexStaging.open(ix.path).documentCount()) ?? 0
    }

    private func assertHealthy(_ ix: URL, after moment: String, root: URL? = nil, held: [String: Int] = [:],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        // Every kill comes at a pause point after the writer opened (so created) the database.
        XCTAssertTrue(FileManager.default.fileExists(atPath: ix.appendingPathComponent("iamglass").path),
                      "no database after kill \(moment)", file: file, line: line)
        let facts = try IndexFacts(ix.path)
        XCTAssertEqual(facts.duplicatedIDs, [], "duplicate ids after kill \(moment)", file: file, line: line)
        if let root {
            let claimed = try IndexFacts.filesClaimedButIncomplete(ix.path, root: root.path, held: held)
            XCTAssertEqual(claimed, [], "after kill \(moment): state committed without all of the file's documents",
                           file: file, line: line)
        }
        XCTAssertEqual(facts.documents, facts.uniqueTerms, "after kill \(moment)", file: file, line: line)
        let search = try ProcessRunner.run(["trade", "--index", ix.path, "--json", "--exact"])
        XCTAssertEqual(search.status, 0, "search after kill \(moment): \(search.stderr)", file: file, line: line)
        XCTAssertEqual(Fixture.json(search.stdout)["total"] as? Int, facts.documents, file: file, line: line)
        // scripts/install-deps.sh installs xapian-check (xapian-tools): missing, the check fails.
        let check = try XCTUnwrap(ProcessRunner.xapianCheck, "xapian-check is not installed (scripts/install-deps.sh installs xapian-tools)",
                                  file: file, line: line)
        for db in [ix.path] + IndexStaging.paths(of: ix.path) {
            let r = try ProcessRunner.runTool(check, [db])
            XCTAssertEqual(r.status, 0, "xapian-check \(db) after kill \(moment): \(r.stdout)", file: file, line: line)
            XCTAssertTrue(r.stdout.contains("No errors found"), r.stdout, file: file, line: line)
        }
    }

    func testKillNineAtSeveralMomentsThenResume() throws {
        let (base, src, ix) = try Fixture.sourceAndIndex(self, "crash")
        let held = try Fixture.mixedArticles(in: src, count: Self.files)
        let args = ["index", src.path, "--index", ix.path, "--commit-every", "37", "--jobs", "2", "--quiet"]

        // Moments, each an exact pause point of its run (NEWSINDEX_TEST_PAUSE), so every kill
        // happens and lands where intended: after the first document and before any commit, inside
        // a batch (after 170 documents; commits come every 37 articles or so), right after a
        // commit, and deep inside a later batch. Each run resumes what the killed one left.
        let moments: [(name: String, pause: String)] = [
            ("after the first document, before any commit", "written:1"),
            ("inside a batch, after 170 written", "written:170"),
            ("right after the 30th commit", "commit:30"),
            ("inside a batch, after 1300 written", "written:1300"),
        ]
        var committedBefore = 0
        for moment in moments {
            let child = try PausedWriter.start(args, pause: moment.pause, in: base)
            try child.waitUntilPaused()
            child.child.kill9()
            XCTAssertEqual(child.child.process.terminationReason, .uncaughtSignal)
            child.resume()
            let now = committed(ix)
            if moment.pause == "written:1" { XCTAssertEqual(now, 0, "nothing was committed yet") }
            XCTAssertGreaterThanOrEqual(now, committedBefore, "a kill lost committed articles")
            committedBefore = now
            try assertHealthy(ix, after: moment.name, root: src, held: held)
        }
        XCTAssertLessThan(committedBefore, Self.articles, "the killed runs were meant to leave work for the last one")

        // The next run completes the job.
        let last = try ProcessRunner.run(args + ["--json"])
        XCTAssertEqual(last.status, 0, last.stderr)
        try assertHealthy(ix, after: "(final run)", root: src, held: held)
        let facts = try IndexFacts(ix.path)
        XCTAssertEqual(facts.documents, Self.articles, "every article present exactly once")
        XCTAssertEqual(facts.uniqueTerms, Self.articles)
        XCTAssertEqual(facts.fileTerms, Self.files)
        XCTAssertEqual(facts.duplicatedIDs, [])
        for probe in ["zq0x", "zq1r0x", "zq999r2x", "zq1998x", "zq1999r1x"] {
            let r = try ProcessRunner.run([probe, "--index", ix.path, "--json"])
            XCTAssertEqual(Fixture.json(r.stdout)["total"] as? Int, 1, "article \(probe)")
        }
        // And the state agrees with the documents: a further run reads nothing.
        let noop = Fixture.json(try ProcessRunner.run(args + ["--json"]).stdout)
        XCTAssertEqual(noop["unchanged"] as? Int, Self.files, "\(noop)")
        XCTAssertEqual(noop["documents"] as? Int, Self.articles)
        XCTAssertEqual(noop["articles_written"] as? Int, 0)
        // The root was named in the index by the first (killed) run, so stats lists it.
        let stats = try ProcessRunner.run(["stats", "--index", ix.path, "--json"])
        XCTAssertTrue(stats.stdout.contains(src.lastPathComponent), stats.stdout)
    }

    /// A first build with two cores writes through two staging databases (`StagedWriters`), each
    /// committing every 10 of its articles (half of `--commit-every 20`). Killed after the second
    /// of those commits, it leaves those two batches searchable with the index (and nothing of
    /// the batches in progress); the next run merges them in and reads only the files they do
    /// not hold; the result is one database.
    func testInterruptedTwoWriterFirstBuildStaysSearchableAndResumes() throws {
        let (base, src, ix) = try Fixture.sourceAndIndex(self, "crash")
        try Fixture.articles(in: src, count: 600)
        let args = ["index", src.path, "--index", ix.path, "--commit-every", "20", "--jobs", "2", "--quiet"]
        let child = try PausedWriter.start(args, pause: "commit:2", in: base)
        try child.waitUntilPaused()
        XCTAssertEqual(IndexStaging.paths(of: ix.path).count, 2, "a first build on two cores writes through two staging databases")
        child.child.kill9()
        child.resume()
        XCTAssertEqual(committed(ix), 20)
        try assertHealthy(ix, after: "commit 2 of a two-writer build")
        let r = try ProcessRunner.run(args + ["--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let summary = Fixture.json(r.stdout)
        XCTAssertEqual(summary["unchanged"] as? Int, 20, "the committed batches' files are not read again: \(summary)")
        XCTAssertEqual(summary["articles_written"] as? Int, 580)
        XCTAssertEqual(summary["documents"] as? Int, 600)
        XCTAssertEqual(IndexStaging.paths(of: ix.path), [], "merged into one database")
        XCTAssertFalse(FileManager.default.fileExists(atPath: ix.appendingPathComponent("staging").path))
        XCTAssertEqual(try Database(path: ix.path).documentCount(), 600)
        try assertHealthy(ix, after: "the resumed run")
    }

    /// Killed while merging its staging databases into the index (between moving the index aside
    /// and moving the merged copy in), a first build leaves an index that the next reader finds
    /// whole, as one database.
    func testFirstBuildKilledDuringItsMergeLeavesTheMergedIndex() throws {
        let (base, src, ix) = try Fixture.sourceAndIndex(self, "crash")
        try Fixture.articles(in: src, count: 200)
        let args = ["index", src.path, "--index", ix.path, "--commit-every", "20", "--jobs", "2", "--quiet"]
        let child = try PausedWriter.start(args, pause: "compact:3", in: base)
        try child.waitUntilPaused()
        XCTAssertFalse(FileManager.default.fileExists(atPath: ix.path), "paused with the index moved aside")
        child.child.kill9()
        child.resume()
        let search = try ProcessRunner.run(["trade", "--index", ix.path, "--json", "--exact"])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertEqual(Fixture.json(search.stdout)["total"] as? Int, 200)
        XCTAssertEqual(IndexStaging.paths(of: ix.path), [])
        XCTAssertEqual(try Database(path: ix.path).documentCount(), 200)
        try assertHealthy(ix, after: "the merge")
        let again = Fixture.json(try ProcessRunner.run(args + ["--json"]).stdout)
        XCTAssertEqual(again["unchanged"] as? Int, 200, "\(again)")
    }

    /// A first run killed before it finished must still leave a root that `--remove` can drop.
    func testInterruptedFirstRunCanBeRemoved() throws {
        let (base, src, ix) = try Fixture.sourceAndIndex(self, "crash")
        try Fixture.articles(in: src, count: 600)
        let child = try Fixture.pausedIndexRun(src, ix, commitEvery: 20, pause: "commit:2", in: base)
        child.child.kill9()
        child.resume()
        XCTAssertEqual(committed(ix), 40)
        let r = try ProcessRunner.run(["index", "--remove", src.path, "--index", ix.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(committed(ix), 0)
        try assertHealthy(ix, after: "then --remove")
    }
}

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

    /// Documents committed so far, as a fresh reader sees them (0 before the first commit).
    private func committed(_ ix: URL) -> Int {
        (try? Database(path: ix.path).documentCount()) ?? 0
    }

    private func assertHealthy(_ ix: URL, after moment: String, root: URL? = nil, held: [String: Int] = [:],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        guard FileManager.default.fileExists(atPath: ix.appendingPathComponent("iamglass").path) else {
            return   // killed before Xapian created the database: nothing to check
        }
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
        if let check = ProcessRunner.xapianCheck {
            let r = try ProcessRunner.runTool(check, [ix.path])
            XCTAssertEqual(r.status, 0, "xapian-check after kill \(moment): \(r.stdout)", file: file, line: line)
            XCTAssertTrue(r.stdout.contains("No errors found"), r.stdout, file: file, line: line)
        } else {
            print("note: xapian-check is not installed; the structural check after kill \(moment) was skipped")
        }
    }

    func testKillNineAtSeveralMomentsThenResume() throws {
        let base = try Fixture.folder(self, "crash")
        let src = base.appendingPathComponent("src"), ix = base.appendingPathComponent("ix")
        let held = try Fixture.mixedArticles(in: src, count: Self.files)
        let args = ["index", src.path, "--index", ix.path, "--commit-every", "37", "--jobs", "2", "--quiet"]

        // Moments: right after start (opening/scanning), then after a growing number of committed
        // articles, so kills land inside batches at different depths of the run.
        let moments: [(String, () -> Bool)] = [
            ("at start", { true }),
            ("after 150 committed", { self.committed(ix) >= 150 }),
            ("after 1400 committed", { self.committed(ix) >= 1_400 }),
            ("after 2800 committed", { self.committed(ix) >= 2_800 }),
        ]
        var killed = 0
        for (name, ready) in moments {
            let child = try ProcessRunner.start(args)
            let deadline = Date(timeIntervalSinceNow: 120)
            while child.process.isRunning && !ready() && Date() < deadline { usleep(5_000) }
            if name != "at start" { usleep(UInt32.random(in: 0...60_000)) }   // somewhere inside the next batch
            guard child.process.isRunning else {
                _ = child.wait()
                continue   // the run finished first; nothing to kill at this moment
            }
            child.kill9()
            killed += 1
            XCTAssertEqual(child.process.terminationReason, .uncaughtSignal)
            try assertHealthy(ix, after: name, root: src, held: held)
        }
        XCTAssertGreaterThanOrEqual(killed, 3, "the runs were too fast to be killed mid-way; raise the file count")

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

    /// A first run killed before it finished must still leave a root that `--remove` can drop.
    func testInterruptedFirstRunCanBeRemoved() throws {
        let base = try Fixture.folder(self, "crash")
        let src = base.appendingPathComponent("src"), ix = base.appendingPathComponent("ix")
        try Fixture.articles(in: src, count: 600)
        let child = try ProcessRunner.start(["index", src.path, "--index", ix.path, "--commit-every", "20", "--jobs", "1", "--quiet"])
        let deadline = Date(timeIntervalSinceNow: 120)
        while child.process.isRunning && committed(ix) < 40 && Date() < deadline { usleep(5_000) }
        guard child.process.isRunning else { throw XCTSkip("the run finished before it could be killed") }
        child.kill9()
        XCTAssertGreaterThan(committed(ix), 0)
        let r = try ProcessRunner.run(["index", "--remove", src.path, "--index", ix.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(committed(ix), 0)
        try assertHealthy(ix, after: "then --remove")
    }
}

import Foundation
import TestSupport
import XCTest

/// `search compact` on a single (unsharded) database: in place, into `--output PATH`, and
/// stopped by SIGKILL at each step of the in-place swap (`NEWSINDEX_TEST_PAUSE=compact:N`).
final class CompactCommandTests: FreshIndexTestCase {
    /// The answer a user sees for a few queries: ids in rank order and exact totals.
    private func answers(_ index: URL, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        try ["", "trade", "country:DE", "tariffs -country:JP"].map { q in
            let r = try CLI.run(["--index", index.path, "--json", "--exact", "--limit", "50"] + (q.isEmpty ? [] : ["--", q]))
            XCTAssertEqual(r.status, 0, "\(q): \(r.stderr)", file: file, line: line)
            let o = try r.object()
            let ids = (o["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            return "\(q) → \(o["total"] as? Int ?? -1): \(ids.joined(separator: ","))"
        }
    }

    private func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    func testInPlaceReplacesTheDatabaseAndKeepsItsOtherFiles() throws {
        let before = try answers(workspace.index)
        XCTAssertTrue(before[0].hasPrefix(" → 10: "), before[0])
        // A file of ours in the database folder (not Xapian's) must survive the swap.
        let note = workspace.index.appendingPathComponent("README.md")
        try "kept across compaction\n".write(to: note, atomically: true, encoding: .utf8)
        let inode = try FileManager.default.attributesOfItem(atPath: workspace.index.appendingPathComponent("postlist.glass").path)[.systemFileNumber] as? Int

        let r = try CLI.run(["compact", "--index", workspace.index.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("Compacted \(workspace.index.path): "), r.stdout)
        XCTAssertEqual(try answers(workspace.index), before)
        XCTAssertEqual(try String(contentsOf: note, encoding: .utf8), "kept across compaction\n")
        // The live database was really replaced (a new file), and nothing is left beside it.
        let after = try FileManager.default.attributesOfItem(atPath: workspace.index.appendingPathComponent("postlist.glass").path)[.systemFileNumber] as? Int
        XCTAssertNotEqual(after, inode)
        XCTAssertFalse(exists(workspace.index.path + ".old"))
        XCTAssertFalse(exists(workspace.index.path + ".compacting"))
        // It is still a writable index: indexing again finds nothing new and keeps ten articles.
        let again = try CLI.run(["index", workspace.corpus.path, "--index", workspace.index.path, "--quiet"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try answers(workspace.index), before)
    }

    func testOutputWritesACopyAndLeavesTheIndexAlone() throws {
        let before = try answers(workspace.index)
        let listing = try FileManager.default.contentsOfDirectory(atPath: workspace.index.path).sorted()
        let out = workspace.root.appendingPathComponent("copy")
        let r = try CLI.run(["compact", "--index", workspace.index.path, "--output", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("Compacted \(out.path): "), r.stdout)
        XCTAssertEqual(try answers(out), before)
        XCTAssertEqual(try answers(workspace.index), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.index.path).sorted(), listing)
        // An existing output is never overwritten: one line, the copy untouched.
        let twice = try CLI.run(["compact", "--index", workspace.index.path, "--output", out.path])
        XCTAssertNotEqual(twice.status, 0)
        XCTAssertFalse(twice.signalled)
        XCTAssertEqual(twice.stderrLines.count, 1, twice.stderr)
        XCTAssertTrue(twice.stderr.contains(out.path), twice.stderr)
        XCTAssertEqual(try answers(out), before)
    }

    /// Step 1: the copy is written; 2: our files copied into it; 3: the live database moved
    /// aside (nothing at the path); 4: the copy moved into place, the old one not yet removed.
    /// A kill at any of them must leave an index that answers as before, and the next
    /// compaction must finish and clean up.
    func testKilledAtEachStepLeavesAUsableIndex() throws {
        let before = try answers(workspace.index)
        for step in 1...4 {
            let writer = try PausedWriter.start(["compact", "--index", workspace.index.path], pause: "compact:\(step)", in: workspace.root)
            try writer.waitUntilPaused()
            writer.child.kill9()
            writer.resume()
            if step == 3 { XCTAssertFalse(exists(workspace.index.path), "step 3 is after the live database moved aside") }
            XCTAssertEqual(try answers(workspace.index), before, "after a kill at step \(step)")
            let finish = try CLI.run(["compact", "--index", workspace.index.path])
            XCTAssertEqual(finish.status, 0, "step \(step): \(finish.stderr)")
            XCTAssertEqual(try answers(workspace.index), before, "after finishing at step \(step)")
            XCTAssertFalse(exists(workspace.index.path + ".old"), "step \(step)")
            XCTAssertFalse(exists(workspace.index.path + ".compacting"), "step \(step)")
        }
    }

    /// A kill between the two moves is also repaired by the next `search index`, which must not
    /// start an empty index at the path.
    func testIndexingAfterAKillBetweenTheMovesKeepsTheCompactedIndex() throws {
        let before = try answers(workspace.index)
        let writer = try PausedWriter.start(["compact", "--index", workspace.index.path], pause: "compact:3", in: workspace.root)
        try writer.waitUntilPaused()
        writer.child.kill9()
        writer.resume()
        XCTAssertFalse(exists(workspace.index.path))
        let r = try CLI.run(["index", workspace.corpus.path, "--index", workspace.index.path, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try r.object()["added"] as? Int, 0, r.stdout)
        XCTAssertEqual(try answers(workspace.index), before)
        XCTAssertFalse(exists(workspace.index.path + ".old"))
    }
}

import Foundation
import XCTest

/// `search index` end to end: the JSON summary, replace-not-duplicate, skipped files.
final class CLIIndexTests: XCTestCase {
    private var workspace: CLIWorkspace!

    override func setUpWithError() throws { workspace = try CLIWorkspace() }
    override func tearDown() { workspace?.remove() }

    func testIndexJSONSummaryAndReindexing() throws {
        try "not an article".write(to: workspace.corpus.appendingPathComponent("notes.xyz"), atomically: true, encoding: .utf8)
        try "hidden".write(to: workspace.corpus.appendingPathComponent(".hidden.txt"), atomically: true, encoding: .utf8)
        let first = try CLI.ok(["index", workspace.corpus.path, "--index", workspace.index.path, "--json"])
        let o = try first.object()
        XCTAssertEqual(o["root"] as? String, workspace.corpus.path)
        XCTAssertEqual(o["added"] as? Int, 10)
        XCTAssertEqual(o["articles_written"] as? Int, 10)
        XCTAssertEqual(o["documents"] as? Int, 10)
        let skipped = try XCTUnwrap(o["skipped"] as? [[String: Any]])
        XCTAssertEqual(skipped.compactMap { $0["path"] as? String }, [workspace.corpus.appendingPathComponent("notes.xyz").path])
        XCTAssertNotNil(skipped.first?["reason"] as? String)
        XCTAssertNotNil(o["seconds"] as? Double)

        let again = try CLI.ok(["index", workspace.corpus.path, "--index", workspace.index.path, "--json", "--full"])
        let p = try again.object()
        XCTAssertEqual(p["documents"] as? Int, 10, "re-indexing replaces, never duplicates")
        XCTAssertEqual(p["articles_written"] as? Int, 10)
        let total = try CLI.ok(["--index", workspace.index.path, "--json", "--exact"]).object()["total"] as? Int
        XCTAssertEqual(total, 10)
    }

    func testIndexTextSummary() throws {
        let r = try CLI.ok(["index", workspace.corpus.path, "--index", workspace.index.path])
        XCTAssertTrue(r.stdout.hasPrefix("Indexed \(workspace.corpus.path) in "), r.stdout)
        XCTAssertTrue(r.stdout.contains("10 added, 0 updated, 0 removed, 0 unchanged, 0 files skipped (10 articles written; the index holds 10)"), r.stdout)
    }
}

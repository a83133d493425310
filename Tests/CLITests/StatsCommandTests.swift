import Foundation
import XCTest

/// `search stats` end to end.
final class StatsCommandTests: FreshIndexTestCase {
    func testStatsJSON() throws {
        let before = Date().addingTimeInterval(-5)
        let r = try workspace.search(["stats", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let o = try r.object()
        for key in ["documents", "bytes", "updated", "index", "first_published", "last_published", "tool", "xapian", "schema", "roots", "shards"] {
            XCTAssertNotNil(o[key], "missing \(key)")
        }
        XCTAssertEqual(o["documents"] as? Int, 10)
        let bytes = try XCTUnwrap(o["bytes"] as? Int)
        XCTAssertGreaterThan(bytes, 10_000)
        let updated = try XCTUnwrap(ISO8601DateFormatter().date(from: try XCTUnwrap(o["updated"] as? String)))
        XCTAssertGreaterThan(updated, before.addingTimeInterval(-1))
        XCTAssertLessThan(updated, Date().addingTimeInterval(5))
        XCTAssertEqual(o["index"] as? String, workspace.index.path)
        XCTAssertEqual(o["index_source"] as? String, "option", "--index chose the index")
        XCTAssertEqual(o["first_published"] as? String, "2024-04-18")
        XCTAssertEqual(o["last_published"] as? String, "2025-09-15")
        XCTAssertTrue((o["xapian"] as? String ?? "").hasPrefix("1.4."), "\(o["xapian"] ?? "")")
        let roots = try XCTUnwrap(o["roots"] as? [[String: Any]])
        XCTAssertEqual(roots.compactMap { $0["path"] as? String }, [workspace.corpus.path])
        let shards = try XCTUnwrap(o["shards"] as? [[String: Any]])
        XCTAssertEqual(shards.count, 1)
        XCTAssertEqual(shards.first?["bytes"] as? Int, bytes)
    }

    func testStatsTextAndUpdateAfterReindexing() throws {
        try "---\ntitle: Extra\ndate: 2026-01-02\n---\n\nAn extra article.\n"
            .write(to: workspace.corpus.appendingPathComponent("f11-extra.txt"), atomically: true, encoding: .utf8)
        try workspace.buildIndex()
        let r = try workspace.search(["stats"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Articles:    11\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Chosen by:   --index\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Published:   2024-04-18 to 2026-01-02\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Folder:      \(workspace.corpus.path)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Last run:    1 added, 0 updated, 0 removed, 10 unchanged, 0 files skipped"), r.stdout)
    }
}

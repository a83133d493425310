import Foundation
import XCTest
import Indexer
import TestSupport

/// `--in-office`, the `leader-in-office` facet and JSON `in_office`, end to end on articles
/// written for this test: a leader is named at any date; in office is a fact about the date.
final class LeaderInOfficeCLITests: XCTestCase {
    private var root: URL!
    private var corpus: URL { root.appendingPathComponent("corpus") }
    private var index: URL { root.appendingPathComponent("ix") }

    override func setUpWithError() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-inoffice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        func write(_ name: String, _ date: String?, _ title: String, _ body: String) throws {
            let front = date.map { "---\ntitle: \(title)\ndate: \($0)\n---\n" } ?? "\(title)\n\n"
            try (front + body + "\n").write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("a-rally.md", "2023-06-01", "A rally in Iowa", "Donald Trump held a rally in Des Moines and spoke for an hour.")
        try write("b-order.md", "2025-06-01", "An order on tariffs", "President Donald Trump signed an order on steel tariffs.")
        try write("c-lecture.md", "2005-06-01", "A lecture in London",
                  "Margaret Thatcher attended a lecture. Prime Minister Tony Blair sent a message.")
        try write("d-undated.txt", nil, "A speech", "Donald Trump gave a speech about trade.")
    }

    override func tearDownWithError() throws {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    private func search(_ args: [String]) throws -> CLIResult {
        try CLI.run(args + ["--index", index.path])
    }

    private func ids(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let r = try search(["query"] + args + ["--json", "--sort", "date"])
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        let hits = try XCTUnwrap(try r.object()["results"] as? [[String: Any]], file: file, line: line)
        return hits.compactMap { $0["id"] as? String }
    }

    func testInOfficeFilterFacetAndJSON() throws {
        try CLI.ok(["index", corpus.path, "--index", index.path, "--quiet"])

        // Every article naming the person, whatever its date.
        XCTAssertEqual(Set(try ids(["--leader", "trump"])), ["a-rally.md", "b-order.md", "d-undated.txt"])
        XCTAssertEqual(try ids(["--leader", "thatcher"]), ["c-lecture.md"])
        // Only where the person held office on the publication date.
        XCTAssertEqual(try ids(["--leader", "trump", "--in-office"]), ["b-order.md"])
        XCTAssertEqual(try ids(["--leader", "thatcher", "--in-office"]), [])
        XCTAssertEqual(try ids(["--in-office"]), ["c-lecture.md", "b-order.md"])

        // JSON in_office per leader: true, false, and null for a date that is only the file's mtime.
        func leaders(_ id: String) throws -> [String: [String: Any]] {
            let o = try CLI.ok(["show", id, "--json", "--index", index.path]).object()
            let list = try XCTUnwrap(o["leaders"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as! String, $0) })
        }
        XCTAssertEqual(try leaders("b-order.md")["us-donald-trump"]?["in_office"] as? Bool, true)
        XCTAssertEqual(try leaders("a-rally.md")["us-donald-trump"]?["in_office"] as? Bool, false)
        XCTAssertEqual(try leaders("a-rally.md")["us-donald-trump"]?["role"] as? String, "both")
        XCTAssertTrue(try leaders("d-undated.txt")["us-donald-trump"]?["in_office"] is NSNull)
        let c = try leaders("c-lecture.md")
        XCTAssertEqual(c["gb-margaret-thatcher"]?["in_office"] as? Bool, false)
        XCTAssertEqual(c["gb-tony-blair"]?["in_office"] as? Bool, true)

        // Query hits carry it too.
        let q = try search(["query", "tariffs", "--json"])
        XCTAssertEqual(q.status, 0, q.stderr)
        let hit = try XCTUnwrap((try q.object()["results"] as? [[String: Any]])?.first)
        XCTAssertEqual((hit["leaders"] as? [[String: Any]])?.first?["in_office"] as? Bool, true)

        // The leader facet counts every naming article; leader-in-office only sitting leaders.
        let f = try search(["facets", "--by", "leader,leader-in-office", "--json"])
        XCTAssertEqual(f.status, 0, f.stderr)
        let facets = try XCTUnwrap(try f.object()["facets"] as? [String: Any])
        func counts(_ name: String) throws -> [String: Int] {
            let values = try XCTUnwrap(facets[name] as? [[String: Any]], "\(facets.keys)")
            return Dictionary(uniqueKeysWithValues: values.map { ($0["value"] as! String, $0["count"] as! Int) })
        }
        XCTAssertEqual(try counts("leader")["us-donald-trump"], 3)
        XCTAssertEqual(try counts("leader-in-office"), ["us-donald-trump": 1, "gb-tony-blair": 1])
    }

    func testAnOldIndexSaysItNeedsFull() throws {
        try CLI.ok(["index", corpus.path, "--index", index.path, "--quiet"])
        // Mark the index as written by the previous schema, as an older build would have left it.
        let db = try WritableDatabase(path: index.path, mode: .open)
        try db.setMetadata(Schema.Metadata.schemaVersion, String(Schema.version - 1))
        try db.commit()
        try db.close()

        let r = try search(["query", "--in-office"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("--full"), r.stderr)
        XCTAssertTrue(r.stderr.contains("schema \(Schema.version - 1)"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        let again = try CLI.run(["index", corpus.path, "--index", index.path, "--quiet"])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("--full"), again.stderr)
    }
}

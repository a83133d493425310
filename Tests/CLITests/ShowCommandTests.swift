import Foundation
import XCTest

/// `search show ID|PATH` end to end.
final class ShowCommandTests: IndexedFixtureTestCase {
    func testShowJSONByID() throws {
        let r = try ws().search(["show", "f10-us-germany.txt", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let o = try r.object()
        XCTAssertEqual(Set(o.keys), ["id", "path", "root", "title", "published", "published_source", "url", "source",
                                     "format", "cp1252_fallback", "countries", "leaders", "dates", "text"])
        XCTAssertEqual(o["id"] as? String, "f10-us-germany.txt")
        XCTAssertEqual(o["path"] as? String, try ws().corpus.appendingPathComponent("f10-us-germany.txt").path)
        XCTAssertEqual(o["root"] as? String, try ws().corpus.path)
        XCTAssertEqual(o["title"] as? String, "Donald Trump and Friedrich Merz discuss a trade deadline")
        XCTAssertEqual(o["published"] as? String, "2025-07-01")
        XCTAssertEqual(o["published_source"] as? String, "front_matter")
        XCTAssertEqual(o["format"] as? String, "txt")
        XCTAssertEqual(o["cp1252_fallback"] as? Bool, false)
        XCTAssertTrue(o["url"] is NSNull)
        let text = try XCTUnwrap(o["text"] as? String)
        XCTAssertTrue(text.hasPrefix("U.S. President Donald Trump and German Chancellor Friedrich Merz discussed"), text)
        XCTAssertTrue(text.hasSuffix("workers."), text)
        XCTAssertFalse(text.contains("---"), "front matter is not part of the text")
        let dates = try XCTUnwrap(o["dates"] as? [[String: Any]])
        XCTAssertEqual(dates.count, 1)
        XCTAssertEqual(dates.first?["value"] as? String, "2025-07-09")
        XCTAssertEqual(dates.first?["mentions"] as? Int, 1)
        XCTAssertEqual(Set((o["countries"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }), ["US", "DE"])
        XCTAssertEqual(Set((o["leaders"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }), ["us-donald-trump", "de-friedrich-merz"])
    }

    func testShowByAbsoluteAndRelativePath() throws {
        let byID = try ws().search(["show", "f05-france-only.txt", "--json"])
        let path = try ws().corpus.appendingPathComponent("f05-france-only.txt").path
        let byPath = try ws().search(["show", path, "--json"])
        XCTAssertEqual(byPath.status, 0, byPath.stderr)
        XCTAssertEqual(byPath.stdout, byID.stdout)
        // A path relative to the current folder.
        let relative = try CLI.run(["show", "corpus/f05-france-only.txt", "--json", "--index", try ws().index.path], cwd: try ws().root)
        XCTAssertEqual(relative.status, 0, relative.stderr)
        XCTAssertEqual(relative.stdout, byID.stdout)
    }

    func testShowText() throws {
        let r = try ws().search(["show", "f06-germany-scholz.txt"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.first, "Olaf Scholz defends his budget plan")
        XCTAssertTrue(lines.contains("id:        f06-germany-scholz.txt"), r.stdout)
        XCTAssertTrue(lines.contains("published: 2024-09-12 (from front_matter)"), r.stdout)
        XCTAssertTrue(lines.contains("countries: Germany (DE)"), r.stdout)
        XCTAssertTrue(lines.contains("leaders:   Olaf Scholz (de-olaf-scholz)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("German Chancellor Olaf Scholz defended his budget plan in parliament."), r.stdout)
    }

    func testShowUnknownExitsOne() throws {
        let r = try ws().search(["show", "no-such-article.txt"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("no article 'no-such-article.txt'"), r.stderr)
    }

    /// Issue 12 item 3: a file of several records named without `#N` lists its records (exit 2)
    /// instead of silently showing the first.
    func testShowOfAMultiRecordFileListsItsRecords() throws {
        let dir = try ws().root.appendingPathComponent("records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"[{"title": "Harbour one", "text": "Cranes stood idle."}, {"title": "Harbour two", "text": "Ships waited offshore."}]"#.utf8)
            .write(to: dir.appendingPathComponent("arr.json"))
        let ix = dir.appendingPathComponent("ix").path
        XCTAssertEqual(try CLI.run(["index", dir.path, "--index", ix, "--quiet"]).status, 0)
        let r = try CLI.run(["show", dir.appendingPathComponent("arr.json").path, "--index", ix])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("names 2 articles"), r.stderr)
        XCTAssertTrue(r.stderr.contains("arr.json#1") && r.stderr.contains("arr.json#2"), r.stderr)
        XCTAssertEqual(try CLI.run(["show", "arr.json#2", "--index", ix]).status, 0)
        XCTAssertEqual(try CLI.run(["show", dir.appendingPathComponent("arr.json").path + "#2", "--index", ix]).status, 0)
    }
}

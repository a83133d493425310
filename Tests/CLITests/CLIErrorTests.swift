import Foundation
import TestSupport
import XCTest

/// Exit codes and messages: 1 for no index, 2 for bad usage or a bad query, one line on stderr, no stack trace.
final class CLIErrorTests: IndexedFixtureTestCase {
    /// A failed run: the expected status, nothing on stdout, one short line on stderr without a trace.
    @discardableResult
    private func fails(_ r: CLIResult, status: Int32, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertEqual(r.status, status, "stderr: \(r.stderr)", file: file, line: line)
        XCTAssertEqual(r.stdout, "", file: file, line: line)
        XCTAssertEqual(r.stderrLines.count, 1, "one line on stderr: \(r.stderr)", file: file, line: line)
        for marker in ["Fatal error", "Stack dump", "backtrace", "0x0000", "Swift/", ".swift:"] {
            XCTAssertFalse(r.stderr.contains(marker), "stack trace on stderr: \(r.stderr)", file: file, line: line)
        }
        return r.stderr
    }

    func testNoIndexSaysHowToBuildOne() throws {
        let missing = try ws().root.appendingPathComponent("no-index").path
        for args in [["trade"], ["query", "trade", "--json"], ["facets"], ["stats"], ["show", "f01-china-us-trade.txt"]] {
            let message = fails(try CLI.run(args + ["--index", missing]), status: 1)
            XCTAssertTrue(message.contains("search index"), message)
            XCTAssertTrue(message.contains(missing), message)
        }
    }

    func testNoIndexInTheCurrentFolderByDefault() throws {
        let empty = try ws().root.appendingPathComponent("empty-cwd")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let message = fails(try CLI.run(["trade"], cwd: empty), status: 1)
        XCTAssertTrue(message.contains("search index"), message)
        XCTAssertFalse(FileManager.default.fileExists(atPath: empty.appendingPathComponent("Index").path), "a search must not create an index")
    }

    func testDefaultIndexFolderIsIndexInTheCurrentFolder() throws {
        let cwd = try ws().root.appendingPathComponent("cwd")
        try FileManager.default.createDirectory(at: cwd, withIntermediateDirectories: true)
        try CLI.ok(["index", try ws().corpus.path, "--quiet"], cwd: cwd)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cwd.appendingPathComponent("Index").path))
        let r = try CLI.ok(["tariffs", "--json"], cwd: cwd)
        XCTAssertEqual(try r.object()["total"] as? Int, 3)
    }

    func testBadQueryExitsTwoWithOneLine() throws {
        for query in ["foo AND", "OR bar"] {
            let message = fails(try ws().search([query]), status: 2)
            XCTAssertTrue(message.hasPrefix("search: bad query"), message)
            // JSON mode reports the same way: no half-written JSON on stdout.
            fails(try ws().search([query, "--json"]), status: 2)
        }
    }

    func testUnknownCountryListsClosestMatches() throws {
        let message = fails(try ws().search(["--country", "Germny"]), status: 2)
        XCTAssertTrue(message.contains("unknown country 'Germny'"), message)
        XCTAssertTrue(message.contains("Germany (DE)"), message)
        let inQuery = fails(try ws().search(["trade country:Germny"]), status: 2)
        XCTAssertTrue(inQuery.contains("Germany (DE)"), inQuery)
    }

    func testAmbiguousKoreaNamesKRAndKP() throws {
        for args in [["--country", "Korea"], ["country:Korea"], ["facets", "--country", "korea"]] {
            let message = fails(try ws().search(args), status: 2)
            XCTAssertTrue(message.contains("KR"), message)
            XCTAssertTrue(message.contains("KP"), message)
        }
    }

    func testUnknownLeaderAndBadDates() throws {
        XCTAssertTrue(fails(try ws().search(["--leader", "Nobody Atall"]), status: 2).contains("unknown leader"))
        XCTAssertTrue(fails(try ws().search(["--from", "2025-13-01"]), status: 2).contains("invalid date"))
        XCTAssertTrue(fails(try ws().search(["date:someday"]), status: 2).contains("invalid date"))
        fails(try ws().search(["--from", "2025-12", "--to", "2025-01"]), status: 2)
    }

    func testBadOptionsExitTwo() throws {
        fails(try ws().search(["--sort", "oldest"]), status: 2)
        fails(try ws().search(["--limit", "-1"]), status: 2)
        fails(try ws().search(["--facets", "colour"]), status: 2)
        fails(try ws().search(["facets", "--by", "mentioned:day"]), status: 2)
        fails(try ws().search(["facets", "--json", "--csv"]), status: 2)
        fails(try CLI.run(["index"]), status: 2)
    }

    func testIndexingAMissingFolderExitsTwo() throws {
        let missing = try ws().root.appendingPathComponent("nothing-here").path
        let message = fails(try CLI.run(["index", missing, "--index", try ws().root.appendingPathComponent("ix2").path]), status: 2)
        XCTAssertTrue(message.contains(missing), message)
    }

    func testNothingFoundIsNotAnError() throws {
        let r = try ws().search(["zeppelin", "--json"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(try r.object()["total"] as? Int, 0)
    }
}

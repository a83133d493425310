import Foundation
import TestSupport
import XCTest

/// CLI paths no other test walked (issue 19): a negated field as the first word after `--`,
/// `facets` without `--by`, and `tag` naming the files it skips on standard error.
final class UntestedPathsTests: IndexedFixtureTestCase {
    /// File names of the fixture articles a search finds (the CLI runs with the index first, so
    /// everything after `--` stays a query word).
    private func files(_ args: [String]) throws -> [String] {
        let r = try CLI.run(["--index", try ws().index.path, "--json", "--exact", "--limit", "50"] + args)
        XCTAssertEqual(r.status, 0, r.stderr)
        let results = try XCTUnwrap(try r.object()["results"] as? [[String: Any]], r.stdout)
        return results.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }.sorted()
    }

    func testNegatedCountryAsTheFirstWordAfterDoubleDash() throws {
        // EXPECTED.md: US is named by f01, f03 and f10 only, so seven articles remain.
        let withoutUS = ["f02-france-germany.txt", "f04-no-entities.txt", "f05-france-only.txt", "f06-germany-scholz.txt",
                         "f07-china-japan.txt", "f08-countries-no-leader.txt", "f09-surname-mentions.txt"]
        XCTAssertEqual(try files(["--", "-country:US"]), withoutUS)
        // With a word after it, the exclusion still applies: f01 and f03 talk of tariffs too.
        XCTAssertEqual(try files(["--", "-country:US", "tariffs"]), try files(["--", "tariffs", "-country:US"]))
        XCTAssertFalse(try files(["--", "-country:US", "tariffs"]).contains("f01-china-us-trade.txt"))
        XCTAssertFalse(try files(["--", "-country:US", "tariffs"]).contains("f03-japan-us-tariffs.txt"))
    }

    func testFacetsWithoutByCountsEveryArticle() throws {
        let r = try CLI.run(["facets", "--index", try ws().index.path, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let o = try r.object()
        XCTAssertEqual(o["total"] as? Int, 10, r.stdout)
        let text = try CLI.run(["facets", "--index", try ws().index.path])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("10 articles counted\n"), text.stdout)
        XCTAssertTrue(text.stderr.isEmpty, text.stderr)
    }

    func testTagNamesSkippedFilesOnStandardErrorAndTagsTheRest() throws {
        let w = try CLIWorkspace()
        defer { w.remove() }
        let skipped = w.corpus.appendingPathComponent("notes.xyz")
        try "not an article".write(to: skipped, atomically: true, encoding: .utf8)
        let empty = w.corpus.appendingPathComponent("empty.txt")
        FileManager.default.createFile(atPath: empty.path, contents: Data())
        let r = try CLI.run(["tag", w.corpus.path, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try r.lines().count, 10, r.stdout)
        // Each skipped file: one line naming its path and why; nothing about it on standard output.
        let lines = r.stderrLines.map(String.init)
        for file in [skipped, empty] {
            let line = lines.filter { $0.contains(file.path) }
            XCTAssertEqual(line.count, 1, "\(file.lastPathComponent): \(r.stderr)")
            XCTAssertTrue(line.first?.contains("skipped \(file.path): ") ?? false, r.stderr)
            XCTAssertFalse(r.stdout.contains(file.path))
        }
    }
}

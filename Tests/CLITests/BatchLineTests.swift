import Foundation
import TestSupport
import XCTest

/// Issue 18: a `--stdin` line of words only is answered without the argument parser. Its
/// answer is byte for byte the one the parser's path gives: the same lines are sent again with a
/// flag that repeats the default (which sends each through the parser), and the outputs compared.
final class BatchLineTests: IndexedFixtureTestCase {
    func testAWordsOnlyLineAnswersAsTheParsedLineDoes() throws {
        let lines = ["trade", "China tariffs", "'\"trade talks\"'", "country:CN trade", "help", "trade NOT tariffs", "zzzunknown"]
        for json in [true, false] {
            let args = ["--stdin", "--limit", "3", "--country", "CN", "--index", try ws().index.path] + (json ? ["--json"] : [])
            let plain = try CLI.run(args, stdin: lines.map { $0 + "\n" }.joined())
            let parsed = try CLI.run(args, stdin: lines.map { $0 + " --limit 3\n" }.joined())
            XCTAssertEqual(plain.status, 0, plain.stderr)
            XCTAssertEqual(parsed.status, 0, parsed.stderr)
            XCTAssertEqual(plain.stdout, parsed.stdout, json ? "JSON" : "text")
            if json {
                let answers = try plain.lines()
                XCTAssertEqual(answers.count, lines.count)
                XCTAssertTrue(answers.allSatisfy { $0["limit"] as? Int == 3 }, "the command line's defaults apply")
            }
        }
    }

    /// The request of a words-only line is built once from the defaults (facets, dates, sort,
    /// page): it must be the one each parsed line builds.
    func testTheSharedRequestCarriesEveryDefault() throws {
        let lines = ["trade", "China tariffs", "'\"trade talks\"'", "zzzunknown"]
        let args = ["--stdin", "--json", "--limit", "2", "--offset", "1", "--facets", "country,date:year", "--facet-limit", "3",
                    "--from", "2000", "--sort=-date", "--index", try ws().index.path]
        let plain = try CLI.run(args, stdin: lines.map { $0 + "\n" }.joined())
        let parsed = try CLI.run(args, stdin: lines.map { $0 + " --limit 2\n" }.joined())
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.stdout, parsed.stdout)
        let answers = try plain.lines()
        XCTAssertEqual(answers.count, lines.count)
        XCTAssertTrue(answers.allSatisfy { $0["facets"] != nil && $0["offset"] as? Int == 1 }, "the defaults apply")
    }

    func testALineThatLooksLikeAFlagStillGoesThroughTheParser() throws {
        let r = try CLI.run(["--stdin", "--json", "--index", try ws().index.path], stdin: "--limit 1 trade\n--bogus\n")
        XCTAssertEqual(r.status, 2, "the unknown flag fails its line")
        let lines = try r.lines()
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0]["limit"] as? Int, 1)
        XCTAssertEqual(Set(lines[1].keys), ["query", "error"])
    }
}

import XCTest
@testable import Indexer

/// The byte-level TSV reader and the lazily built phrase indexes.
final class GazetteerLoadingTests: XCTestCase {
    func testTableSkipsCommentsAndBlankLinesAndPadsShortRows() {
        let table = TSVTable("# comment\ncode\tname\tnames\n\nKR\tSouth Korea\n#XX\tskipped\nKP\t\tNorth Korea\textra\n")
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(table.rows[0][table.column("name")], "South Korea")
        // A row shorter than the header reads its missing cells as empty, not absent.
        XCTAssertEqual(table.rows[0][table.column("names")], "")
        XCTAssertEqual(table.rows[1][table.column("name")], "")
        XCTAssertNil(table.rows[0][table.column("no_such_column")])
    }

    func testListTrimsSpacesLikeFoundation() {
        // U+00A0 and U+3000 are Unicode Zs, which `.whitespaces` trims; a newline is not.
        let cell: Substring = " Korea |\u{00A0}ROK\u{3000}| |\tSeoul\t||\nX"
        XCTAssertEqual(Gazetteer.list(cell), ["Korea", "ROK", "Seoul", "\nX"])
        XCTAssertEqual(Gazetteer.list(cell), String(cell).split(separator: "|")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    func testParsesLeadersInTermOrder() {
        let tsv = "id\tname\tfamily_name\tshort_names\tstart\tend\trole\ttitles\n"
            + "x-b\tB Bee\tBee\tBee\t2001-01-01\t\tboth\tPresident\n"
            + "x-b\tB Bee\tBee\tBeezy|Bee\t1990-01-01\t1995-01-01\thead_of_state\tKing\n"
        let g = Gazetteer(countriesTSV: "code\tname\nXX\tEx\n", leadersTSV: tsv)
        let l = g.leader(id: "x-b")
        XCTAssertEqual(l?.terms.map(\.start), ["1990-01-01", "2001-01-01"])
        XCTAssertEqual(l?.terms.map(\.end), ["1995-01-01", nil])
        XCTAssertEqual(l?.role, "both")
        XCTAssertEqual(l?.shortNames, ["Beezy", "Bee"])
        XCTAssertEqual(g.country(code: "XX")?.kind, "current")
    }

    func testPhraseIndexesAreBuiltOnFirstUseFromManyThreads() {
        let g = Gazetteer(countriesTSV: "code\tname\tnames\tcapitals\nKR\tSouth Korea\tSouth Korea\tSeoul\n",
                          leadersTSV: "id\tname\tfamily_name\tstart\nkr-a\tAn Bee\tBee\t2000-01-01\n")
        let seen = NSLock()
        nonisolated(unsafe) var counts: [[Int]] = []
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let c = [g.countryPhrases.count, g.cityPhrases.count,
                     g.leaderPhrases.count, g.leaderShortKeys.count]
            seen.lock(); counts.append(c); seen.unlock()
        }
        // Every thread sees the built indexes, never the empty placeholder.
        XCTAssertEqual(Set(counts), [[2, 1, 2, 1]])
        XCTAssertEqual(g.resolveCountry("south korea").map(\.code), ["KR"])
        XCTAssertEqual(g.resolveLeader("an bee").map(\.id), ["kr-a"])
    }
}

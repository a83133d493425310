import XCTest
@testable import Indexer

/// Leaders the whole-world gazetteer added beyond the G20-plus-50 hand layer, found in
/// articles written for these tests.
final class LeaderWorldCoverageTests: XCTestCase {
    let recognizer = LeaderRecognizer()

    func ids(_ body: String, date: String) -> [String] {
        recognizer.recognize(title: "", body: body, published: PartialDate(date)).map(\.id)
    }

    func testSmallStatePresident() {
        let body = """
            KOROR — Palau's President Surangel Whipps Jr. said on Tuesday that the new patrol boat \
            would guard the tuna grounds. Whipps thanked the crews.
            """
        XCTAssertEqual(ids(body, date: "2024-03-05"), ["pw-surangel-whipps"])
        XCTAssertEqual(ids("President Hilda Heine opened the session in Majuro.", date: "2024-09-10"), ["mh-hilda-c-heine"])
    }

    func testMonarchByTitle() {
        let body = "King Tupou VI opened the new session of the Legislative Assembly with a short speech."
        XCTAssertEqual(ids(body, date: "2023-05-25"), ["to-king-tupou-vi"])
        XCTAssertEqual(ids("Sultan Haitham bin Tariq received the envoy.", date: "2024-02-01"), ["om-haitham-bin-tariq"])
    }

    func testInterimLeaderOf2025() {
        let body = """
            Colonel Michael Randrianirina, who took power in Antananarivo in October, named a new \
            prime minister on Wednesday. Randrianirina promised elections within two years.
            """
        XCTAssertEqual(ids(body, date: "2025-11-20"), ["mg-michael-randrianirina"])
    }

    func testOlderRulersFromArchigosAndTheFactbook() {
        XCTAssertEqual(ids("President Julius Nyerere spoke in Dar es Salaam.", date: "1975-06-01"), ["tz-julius-nyerere"])
        XCTAssertEqual(ids("President Mobutu Sese Seko received the delegation.", date: "1988-06-01"), ["cd-mobutu-sese-seko"])
    }

    /// A surname the older sources give alone ("Adams", Barbados 1976–85) is a family name:
    /// it needs a title or an introduction, so another Adams is never that leader.
    func testOneWordNamesNeedATitle() {
        let g = Gazetteer.shared
        let adams = g.leaders.filter { $0.name == "Adams" }
        XCTAssertFalse(adams.isEmpty, "expected a one-word Adams row from Archigos")
        XCTAssertEqual(ids("Gerry Adams spoke in Belfast. Adams said talks would go on.", date: "1980-06-01"), [])
        XCTAssertEqual(ids("Adams said the budget would balance.", date: "1980-06-01"), [])
    }
    /// With the whole world loaded, a surname filter keeps naming the person it named before:
    /// a short name that stands alone wins over another country's family name.
    func testSurnameFilterPrefersTheNameThatStandsAlone() {
        let g = Gazetteer.shared
        XCTAssertEqual(g.resolveLeader("Merz").map(\.id), ["de-friedrich-merz"])
        XCTAssertEqual(g.resolveLeader("Hans-Rudolf Merz").map(\.id), ["ch-hans-rudolf-merz"])
        XCTAssertEqual(g.resolveLeader("Whipps").map(\.id), ["pw-surangel-whipps"])
    }
}

import XCTest
@testable import Indexer

/// The names looked up without building the gazetteer are the gazetteer's own names.
final class GazetteerNamesTests: XCTestCase {
    func testEveryBundledNameIsTheGazetteers() {
        let g = Gazetteer.shared, names = GazetteerNames.bundled
        XCTAssertGreaterThan(g.countries.count, 200)
        XCTAssertGreaterThan(g.leaders.count, 1000)
        let countries = names.countries(g.countries.map(\.code))
        for c in g.countries { XCTAssertEqual(countries[c.code] ?? nil, g.country(code: c.code)?.name, c.code) }
        let leaders = names.leaders(g.leaders.map(\.id))
        for l in g.leaders { XCTAssertEqual(leaders[l.id] ?? nil, l.name, l.id) }
        XCTAssertNil(names.country(code: "ZZZ"))
        XCTAssertNil(names.leader(id: "no-such-leader"))
        // Asked again (now from what was kept), and in another case.
        XCTAssertEqual(names.country(code: "kr"), g.country(code: "KR")?.name)
        XCTAssertEqual(names.leader(id: g.leaders[0].id.uppercased()), g.leaders[0].name)
    }

    func testEdgeRowsReadAsTheGazetteerReadsThem() {
        let countries = "# comment\ncode\tkind\tname\n\nKR\tcurrent\tSouth Korea\n#XX\tx\tSkipped\nKP\tcurrent\n\t\tNo code\nKR\tcurrent\tKorea, later row\n"
        let leaders = "id\tname\tstart\n"
            + "x-b\tLater Name\t2001-01-01\n"
            + "x-b\tFirst Name\t1990-01-01\n"
            + "x-b\tTie Name\t1990-01-01\n"
            + "x-c\tNo Start\t\n"
            + "x-d\n"
        let names = GazetteerNames(countriesTSV: countries, leadersTSV: leaders)
        let g = Gazetteer(countriesTSV: countries, leadersTSV: leaders)
        for code in ["KR", "KP", "kr", "XX", "", "#XX"] { XCTAssertEqual(names.country(code: code), g.country(code: code)?.name, code) }
        for id in ["x-b", "X-B", "x-c", "x-d", ""] { XCTAssertEqual(names.leader(id: id), g.leader(id: id)?.name, id) }
        XCTAssertEqual(names.leader(id: "x-b"), "First Name")
        XCTAssertEqual(names.country(code: "KR"), "Korea, later row")
        XCTAssertEqual(names.country(code: "KP"), "")

        // Without a name column, the code or id stands for the name; the key need not come first.
        let bare = GazetteerNames(countriesTSV: "kind\tcode\nx\tKR\n", leadersTSV: "start\tid\n2000\tx-a\n")
        let bareG = Gazetteer(countriesTSV: "kind\tcode\nx\tKR\n", leadersTSV: "start\tid\n2000\tx-a\n")
        XCTAssertEqual(bare.country(code: "KR"), "KR")
        XCTAssertEqual(bare.leader(id: "x-a"), "x-a")
        XCTAssertEqual(bareG.country(code: "KR")?.name, "KR")
        XCTAssertEqual(bareG.leader(id: "x-a")?.name, "x-a")
    }

    func testFacetLabelsFromNamesMatchTheGazetteers() {
        let g = Gazetteer.shared
        let codes = ["KR", "US", "ZZ"], ids = [g.leaders[0].id, g.leaders[1].id, "nobody"]
        for spec in ["country", "leader", "leader-in-office", "leader*country", "country*country"] {
            let s = try! FacetSpec.parse(spec)
            let values: [String]
            switch (s.dimension, s.pairedWith) {
            case (.country, .country?): values = ["KR*US", "US*ZZ"]
            case (_, .country?): values = zip(ids, codes).map { "\($0)*\($1)" }
            case (.country, _): values = codes
            default: values = ids
            }
            XCTAssertEqual(FacetLabels.bundledNames.labels(s, values), FacetLabels.gazetteer(g).labels(s, values), spec)
        }
    }
}

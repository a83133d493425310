import XCTest
@testable import Indexer

final class GazetteerTests: XCTestCase {
    let g = Gazetteer.shared

    func testLoadsBundledFiles() {
        XCTAssertGreaterThan(g.countries.count, 240)
        XCTAssertGreaterThan(g.leaders.count, 300)
        XCTAssertEqual(g.country(code: "KR")?.name, "South Korea")
        XCTAssertEqual(g.country(code: "kr")?.code, "KR")
        for code in ["SUHH", "DDDE", "CSHH", "YUCS", "CSXX", "XK", "EU"] {
            XCTAssertNotNil(g.country(code: code), code)
        }
        XCTAssertEqual(g.leader(id: "kr-lee-jae-myung")?.name, "Lee Jae-myung")
        XCTAssertNil(g.leader(id: "nobody"))
    }

    func testResolveCountry() {
        XCTAssertEqual(g.resolveCountry("South Korea").map(\.code), ["KR"])
        XCTAssertEqual(g.resolveCountry("KR").map(\.code), ["KR"])
        XCTAssertEqual(g.resolveCountry("kr").map(\.code), ["KR"])
        XCTAssertEqual(g.resolveCountry("KOR").map(\.code), ["KR"])
        XCTAssertEqual(g.resolveCountry("south korean").map(\.code), ["KR"])
        XCTAssertEqual(Set(g.resolveCountry("Korea").map(\.code)), ["KR", "KP"])
        XCTAssertEqual(Set(g.resolveCountry("korean").map(\.code)), ["KR", "KP"])
        XCTAssertEqual(g.resolveCountry("U.S.").map(\.code), ["US"])
        XCTAssertEqual(g.resolveCountry("DPRK").map(\.code), ["KP"])
        XCTAssertEqual(g.resolveCountry("Britain").map(\.code), ["GB"])
        XCTAssertTrue(g.resolveCountry("Soviet").map(\.code).contains("SUHH"))
        XCTAssertEqual(g.resolveCountry("Erdoğan's land"), [])
        XCTAssertEqual(g.resolveCountry(""), [])
    }

    func testResolveLeader() {
        XCTAssertEqual(g.resolveLeader("xi").first?.id, "cn-xi-jinping")
        XCTAssertEqual(g.resolveLeader("Lee Jae Myung").map(\.id), ["kr-lee-jae-myung"])
        XCTAssertEqual(g.resolveLeader("kr-lee-jae-myung").map(\.id), ["kr-lee-jae-myung"])
        XCTAssertEqual(g.resolveLeader("Erdogan").first?.id, "tr-recep-tayyip-erdogan")
        XCTAssertEqual(g.resolveLeader("zelensky").first?.id, "ua-volodymyr-zelenskyy")
        // Several when ambiguous, current holders first.
        let lee = g.resolveLeader("Lee").map(\.id)
        XCTAssertEqual(lee.first, "kr-lee-jae-myung")
        XCTAssertTrue(lee.contains("kr-lee-myung-bak"))
        XCTAssertEqual(g.resolveLeader("Bush").map(\.id), ["us-george-w-bush", "us-george-h-w-bush"])
        XCTAssertEqual(g.resolveLeader("nobody at all"), [])
    }

    func testSuggestions() {
        XCTAssertEqual(g.suggestCountries("Germny", limit: 1).map(\.code), ["DE"])
        XCTAssertEqual(g.suggestLeaders("Takaichy", limit: 1).map(\.id), ["jp-sanae-takaichi"])
        XCTAssertEqual(g.suggestLeaders("x", limit: 0).count, 0)
    }

    func testTermsResolveByDate() throws {
        let bush = try XCTUnwrap(g.leader(id: "us-george-w-bush"))
        XCTAssertNotNil(bush.term(at: PartialDate("2005-03-01")))
        XCTAssertNil(bush.term(at: PartialDate("1990-03-01")))
        // A month or year overlapping the term counts.
        XCTAssertNotNil(bush.term(at: PartialDate("2009-01")))
        XCTAssertNotNil(bush.term(at: PartialDate("2001")))
        let trump = try XCTUnwrap(g.leader(id: "us-donald-trump"))
        XCTAssertEqual(trump.terms.count, 2)
        XCTAssertNil(trump.term(at: PartialDate("2022-06-01")))
    }

    func testNameFoldingAndTokens() {
        XCTAssertEqual(NameFolding.fold("Erdoğan"), "erdogan")
        XCTAssertEqual(NameFolding.fold("Støre"), "store")
        XCTAssertEqual(NameFolding.fold("SCHRÖDER"), "schroder")
        let t = Tokenizer.tokenize("Japan's U.S.-backed Xi-Lee talks, Mr. Trump")
        XCTAssertEqual(t.map(\.key), ["japan", "u s", "backed", "xi", "lee", "talks", "mr", "trump"])
        XCTAssertTrue(t[0].isPossessive)
        XCTAssertEqual(t[4].separator, .hyphen)
        XCTAssertEqual(t[7].separator, .space)  // "Mr." is not a sentence end
    }

    /// Issue 12 item 17: display labels are the full common names, and "Johnson" names several
    /// leaders, as "Bush" and "Kim" do.
    func testLabelsUseFullCommonNamesAndJohnsonIsAmbiguous() {
        XCTAssertEqual(g.country(code: "DO")?.name, "Dominican Republic")
        XCTAssertEqual(g.country(code: "CD")?.name, "DR Congo")
        XCTAssertEqual(g.resolveCountry("DRC").map(\.code), ["CD"])
        XCTAssertEqual(g.resolveCountry("The Dominican").map(\.code), ["DO"])
        XCTAssertGreaterThan(g.resolveLeader("Bush").count, 1)
        XCTAssertEqual(Set(g.resolveLeader("Johnson").map(\.id)), ["gb-boris-johnson", "us-lyndon-b-johnson"])
        XCTAssertEqual(g.resolveLeader("Boris Johnson").map(\.id), ["gb-boris-johnson"])
        XCTAssertThrowsError(try FilterResolver(gazetteer: g).leaderIDs("Johnson")) { error in
            XCTAssertTrue("\(error)".hasPrefix("ambiguous leader 'Johnson'"), "\(error)")
        }
    }
}

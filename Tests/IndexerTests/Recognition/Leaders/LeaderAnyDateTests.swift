import XCTest
@testable import Indexer

/// A leader is a person found at any date; `in_office` says whether they held an office on
/// the publication date. Every article here is written for these tests.
final class LeaderAnyDateTests: XCTestCase {
    let recognizer = LeaderRecognizer()

    func leaders(_ body: String, title: String = "", date: String?) -> [LeaderEntity] {
        recognizer.recognize(title: title, body: body, published: date.flatMap(PartialDate.init))
    }

    func ids(_ body: String, title: String = "", date: String?) -> [String] {
        leaders(body, title: title, date: date).map(\.id)
    }

    func testFullNamesFindThePersonAtAnyDate() {
        let trump = leaders("Donald Trump said hello to the crowd.", date: "2023-06-01")
        XCTAssertEqual(trump.map(\.id), ["us-donald-trump"])
        XCTAssertEqual(trump.first?.inOffice, false)
        XCTAssertEqual(trump.first?.role, "both")

        let thatcher = leaders("Margaret Thatcher opened a library in Grantham.", date: "2005-06-01")
        XCTAssertEqual(thatcher.map(\.id), ["gb-margaret-thatcher"])
        XCTAssertEqual(thatcher.first?.inOffice, false)
        XCTAssertEqual(thatcher.first?.role, "head_of_government")

        XCTAssertEqual(ids("Barack Obama gave a lecture on civics.", date: "2017-09-01"), ["us-barack-obama"])
        XCTAssertEqual(ids("Joe Biden wrote a memoir.", date: "2026-02-01"), ["us-joe-biden"])
        XCTAssertEqual(leaders("Joe Biden signed the bill.", date: "2022-03-01").first?.inOffice, true)
    }

    func testRoleIsTheOneHeldOnTheDateElseTheLast() {
        XCTAssertEqual(leaders("Vladimir Putin chaired the cabinet.", date: "2010-04-01").first?.role, "head_of_government")
        XCTAssertEqual(leaders("Vladimir Putin spoke.", date: "2024-04-01").first?.role, "head_of_state")
        XCTAssertEqual(leaders("Tony Blair spoke at a charity.", date: "2015-04-01").first?.role, "head_of_government")
        // No date: the last role, and in office unknown.
        let undated = leaders("Vladimir Putin spoke.", date: nil)
        XCTAssertEqual(undated.first?.role, "head_of_state")
        XCTAssertNil(undated.first?.inOffice)
    }

    func testAmbiguousFormsResolveAgainstTheDate() {
        XCTAssertEqual(ids("President Lee toured a shipyard.", date: "2010-06-01"), ["kr-lee-myung-bak"])
        XCTAssertEqual(ids("President Lee toured a shipyard.", date: "2025-09-01"), ["kr-lee-jae-myung"])
        XCTAssertEqual(ids("Prime Minister Abe visited a shrine.", date: "2015-08-01"), ["jp-shinzo-abe"])
        // A title with a surname nobody held on the date: the person who held it at another time.
        let t = leaders("President Trump spoke at a rally in Ohio.", date: "2023-04-01")
        XCTAssertEqual(t.map(\.id), ["us-donald-trump"])
        XCTAssertEqual(t.first?.inOffice, false)
        XCTAssertEqual(ids("Former President Obama campaigned in Michigan.", date: "2022-10-01"), ["us-barack-obama"])
    }

    func testBareSurnames() {
        // Named in full earlier in the article.
        XCTAssertEqual(ids("Joe Biden visited Delaware. Biden said little.", date: "2012-05-01"), ["us-joe-biden"])
        // Else the one office-holder on the date with that surname.
        XCTAssertEqual(ids("Mr Blair said the vote would be close.", date: "2005-05-01"), ["gb-tony-blair"])
        XCTAssertEqual(ids("Biden said the economy was strong.", date: "2022-05-01"), ["us-joe-biden"])
        // Else nobody.
        XCTAssertEqual(ids("Mr Blair said the vote would be close.", date: "2015-05-01"), [])
        XCTAssertEqual(ids("Biden said the economy was strong.", date: "2012-05-01"), [])
    }

    func testFullNameAfterACapitalisedWord() {
        XCTAssertEqual(ids("Her book, How We Put Donald Trump In Office, sold well.", date: "2022-05-01"), ["us-donald-trump"])
        XCTAssertEqual(ids("Harvard's Seong-Hyon Lee said so.", date: "2025-09-01"), [])
    }

    func testFilterNamesPreferAPersonsOwnShortName() {
        // "obama" is Barack Obama's short name; other leaders may share it only as a family name.
        XCTAssertEqual(Gazetteer.shared.resolveLeader("obama").map(\.id), ["us-barack-obama"])
        XCTAssertEqual(Gazetteer.shared.resolveLeader("trump").map(\.id), ["us-donald-trump"])
    }

    func testGenericTitlesWithASurnameStayAtTheDate() {
        // Nobody called Mao held an office in 1987: a chairman's surname alone names nobody then.
        XCTAssertEqual(ids("The economy was built during the rule of Chairman Mao.", date: "1987-06-01"), [])
    }

    func testOneWordAliasesAreFamilyNames() {
        let g = Gazetteer(countriesTSV: "code\tname\tnames\n",
                          leadersTSV: "id\tname\tfamily_name\tshort_names\ttitle_names\taliases\tcountry\trole\ttitles\tstart\tend\n"
                            + "xx-ann-smithson\tAnn Smithson\tSmithson\t\t\tSmithson\tXX\tboth\tPresident\t2001-01-01\t2005-01-01\n")
        let r = LeaderRecognizer(gazetteer: g)
        XCTAssertEqual(r.recognize(title: "", body: "Smithson said so.", published: PartialDate("2020-01-01")).map(\.id), [])
        XCTAssertEqual(r.recognize(title: "", body: "Ann Smithson said so.", published: PartialDate("2020-01-01")).map(\.id),
                       ["xx-ann-smithson"])
    }

    func testSameNameNonLeadersStayOut() {
        XCTAssertEqual(ids("Reporter Lee Min-ji filed the story. Lee said sources agreed.", date: "2025-09-01"), [])
        XCTAssertEqual(ids("Golfer Luke Donald shot a 68. Donald said the greens were fast.", date: "2024-06-01"), [])
        XCTAssertEqual(ids("Michelle Obama visited a school garden. Obama said children need vegetables.",
                           date: "2015-06-01"), [])
        XCTAssertEqual(ids("Melania Trump hosted a dinner.", date: "2023-06-01"), [])
    }

    func testTitleCaseHeadlinesKeepTheLeader() {
        XCTAssertEqual(ids("More names will follow, aides said.", title: "President Trump Announces Appointments",
                           date: "2025-03-01"), ["us-donald-trump"])
        XCTAssertEqual(ids("The Kremlin spoke of new risks.", title: "Putin Warns West", date: "2024-03-01"),
                       ["ru-vladimir-putin"])
        XCTAssertEqual(ids("The measure passed both houses.", title: "Biden Signs Bill", date: "2022-03-01"), ["us-joe-biden"])
        XCTAssertEqual(ids("He met senators.", title: "Zelenskyy Visits Washington", date: "2024-03-01"),
                       ["ua-volodymyr-zelenskyy"])
        XCTAssertEqual(Set(ids("They spoke for an hour.", title: "Trump Hosts Putin at Summit", date: "2025-08-01")),
                       ["us-donald-trump", "ru-vladimir-putin"])
        // A non-leader's name in a title-case headline reads as the body writes it.
        XCTAssertEqual(ids("Michelle Obama toured the garden.", title: "Michelle Obama Visits School", date: "2015-06-01"), [])
    }

    func testTitledGivenAndRegnalNames() {
        XCTAssertEqual(ids("King Salman received the delegation.", date: "2020-01-01"), ["sa-salman"])
        XCTAssertEqual(ids("Pope Francis spoke in St Peter's Square.", date: "2015-01-01"), ["va-francis"])
        XCTAssertEqual(ids("Prime Minister Kishida Fumio spoke.", date: "2023-01-01"), ["jp-fumio-kishida"])
        XCTAssertEqual(ids("Joseph R. Biden Jr. signed it.", date: "2022-01-01"), ["us-joe-biden"])
        // A suffix after the surname belongs to a person whose own name has one, and to nobody else.
        XCTAssertEqual(ids("Joe Biden visited. Later Biden Jr. spoke.", date: "2022-01-01"), ["us-joe-biden"])
        XCTAssertEqual(ids("Donald Trump Jr. spoke at the convention.", date: "2024-07-01"), [])
    }

    /// The same text tags the same people whether its date came from front matter or the file's mtime.
    func testDateSourceDoesNotChangeWhoIsNamed() {
        let body = "Donald Trump and Margaret Thatcher were both named in the lecture."
        let recognizer = EntityRecognizer()
        let dated = Article(id: "a", path: "a.md", title: "", body: body, published: PartialDate("2023-06-01"),
                            publishedSource: .frontMatter)
        let undated = Article(id: "b", path: "b.md", title: "", body: body)
        let a = recognizer.recognize(dated)
        let b = recognizer.recognize(undated, fallbackDate: PartialDate("2023-06-01"))
        XCTAssertEqual(a.leaders.map(\.id), b.leaders.map(\.id))
        XCTAssertEqual(a.leaders.map(\.inOffice), [false, false])
        XCTAssertEqual(b.publishedSource, .fileModified)
        XCTAssertEqual(b.leaders.map(\.inOffice), [nil, nil])
    }
}

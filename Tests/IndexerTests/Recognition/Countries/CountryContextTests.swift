import XCTest
@testable import Indexer

/// Country names that are also US states, people, rivers, birds and tableware. Articles written for these tests.
final class CountryContextTests: XCTestCase {
    let recognizer = CountryRecognizer()

    func codes(_ body: String, date: String? = "2024-03-01") -> [String] {
        recognizer.recognize(title: "", body: body, published: date.flatMap(PartialDate.init)).map(\.code)
    }

    func testGeorgiaTheCountry() {
        XCTAssertEqual(codes("Protesters marched through Tbilisi at night."), ["GE"])
        XCTAssertEqual(codes("The Georgian government said the talks went well."), ["GE"])
        XCTAssertEqual(codes("President Salome Zourabichvili of Georgia met the delegation."), ["GE"])
        XCTAssertEqual(codes("Georgia's parliament passed the bill on Tuesday."), ["GE"])
        XCTAssertEqual(codes("The Prime Minister of Georgia flew to Brussels.").first, "GE")
    }

    func testGeorgiaTheUSState() {
        XCTAssertEqual(codes("Voters in Atlanta, Georgia, lined up before dawn."), [])
        XCTAssertEqual(codes("Georgia's Senate race is tight this year."), [])
        XCTAssertEqual(codes("Governor Brian Kemp of Georgia signed the budget."), [])
        XCTAssertEqual(codes("Georgia voters will choose a senator in the runoff."), [])
        // The state stays out even where the country is named too.
        let both = recognizer.recognize(title: "", body: "Tbilisi hosted a fair. A trader from Savannah, Georgia, came.",
                                        published: PartialDate("2024-03-01"))
        XCTAssertEqual(both.first { $0.code == "GE" }?.mentions.map(\.text), ["Tbilisi"])
    }

    func testChadNigerJordan() {
        XCTAssertEqual(codes("The President of Chad visited Paris.").first, "TD")
        XCTAssertEqual(codes("Chad Smith scored twice for the visitors."), [])
        XCTAssertEqual(codes("Oil spills have fouled the Niger Delta for decades."), [])
        XCTAssertEqual(codes("Fishermen on the River Niger brought in a small catch."), [])
        XCTAssertEqual(codes("Niger's junta closed the border with Benin.").first, "NE")
        XCTAssertEqual(codes("King Abdullah II of Jordan met the envoy."), ["JO"])
        XCTAssertEqual(codes("Michael Jordan watched from courtside."), [])
        XCTAssertEqual(codes("Pilgrims waded into the Jordan River at dawn."), [])
    }

    func testBirdsPigsAndPorcelain() {
        XCTAssertEqual(codes("We roasted a turkey and set out the good china."), [])
        XCTAssertEqual(codes("Guinea pigs need hay and fresh water every day."), [])
        XCTAssertEqual(codes("Turkey's central bank raised rates."), ["TR"])
        XCTAssertEqual(codes("China's exports rose in May."), ["CN"])
    }
}

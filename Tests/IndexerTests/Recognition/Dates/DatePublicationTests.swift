import XCTest
@testable import Indexer

final class DatePublicationTests: XCTestCase {
    private func published(_ body: String, title: String = "Headline", year: Int? = nil) -> String? {
        guard let r = DateRecognizer().publicationDate(title: title, body: body, fallbackYear: year) else { return nil }
        return "\(r.date) \(r.source.rawValue)"
    }

    func testDatelineWithYear() {
        XCTAssertEqual(published("WASHINGTON, Nov 1, 2025 (Reuters) - The Fed held rates."), "2025-11-01 dateline")
        XCTAssertEqual(published("SEOUL, Nov. 1, 2025 (Yonhap) -- Leaders met."), "2025-11-01 dateline")
    }

    func testDatelineWithoutYearTakesTheFallbackYear() {
        XCTAssertEqual(published("LONDON, March 3 - Shares fell.", year: 1987), "1987-03-03 dateline")
        XCTAssertEqual(published("NEW YORK, March 3 (Reuters) - Bonds rose.", year: 1987), "1987-03-03 dateline")
        XCTAssertEqual(published("TOKYO, 8 April \u{2014} Exports rose.", year: 2025), "2025-04-08 dateline")
        XCTAssertEqual(published("WASHINGTON, D.C., Nov 1 - Talks.", year: 2025), "2025-11-01 dateline")
        XCTAssertEqual(published("BAHIA BLANCA, Argentina, March 3 - Rains fell.", year: 1987), "1987-03-03 dateline")
        XCTAssertNil(published("LONDON, March 3 - Shares fell."))
        XCTAssertEqual(published("By Jane Doe\nSEOUL, Nov. 1 (Yonhap) -- Leaders met.", year: 2025), "2025-11-01 dateline")
    }

    func testNotADateline() {
        XCTAssertNil(published("WASHINGTON (AP) \u{2014} The Senate voted."))
        XCTAssertNil(published("Prices rose in March 2025 as the war dragged on.", year: 2025))
        XCTAssertNil(published("Biden won the vote.", title: "Election on November 3, 2020"))
    }

    func testDateOnALineNearTheTop() {
        XCTAssertEqual(published("Published: 1 November 2025\n\nLeaders met."), "2025-11-01 text")
        XCTAssertEqual(published("By Jane Doe | November 1, 2025, 10:30 a.m. EST\nLeaders met."), "2025-11-01 text")
        XCTAssertEqual(published("Leaders met.", title: "2025-11-01"), "2025-11-01 text")
        XCTAssertEqual(published("Saturday, November 1, 2025\n\nLeaders met."), "2025-11-01 text")
        XCTAssertEqual(published("Saturday 1 November 2025 09.30 GMT\nLeaders met."), "2025-11-01 text")
        XCTAssertEqual(published("Last updated on Nov. 2, 2025 at 9:15 a.m.\nLeaders met."), "2025-11-02 text")
    }

    func testWeekdayLedDateInTheLead() {
        let lead = "Xi will hold talks with Lee on Saturday, November 1, 2025, wrapping up the summit."
        XCTAssertEqual(published(lead), "2025-11-01 text")
        // Plain-text readers may take that lead as the title.
        XCTAssertEqual(published("Second paragraph.", title: lead), "2025-11-01 text")
    }

    func testNoDateNearTheTop() {
        XCTAssertNil(published("The war began in 2016 and talks resumed on March 3, 2019 after a long pause."))
        XCTAssertNil(published("Theresa May said on Tuesday that talks would go on."))
        XCTAssertNil(published(""))
        XCTAssertNil(DateRecognizer().publicationDate(title: "", body: "", fallbackYear: 2025))
    }
}

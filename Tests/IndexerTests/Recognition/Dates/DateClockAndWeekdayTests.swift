import XCTest
@testable import Indexer

/// Times of day that look like years, weekdays that must agree with the date, and articles
/// dated only by their file's modification time. Articles written for these tests.
final class DateClockAndWeekdayTests: XCTestCase {
    private func published(_ body: String, title: String = "Cup tie tonight") -> String? {
        DateRecognizer().publicationDate(title: title, body: body, fallbackYear: nil).map { "\($0.date) \($0.source.rawValue)" }
    }

    func testATimeOfDayIsNeverAYear() {
        // A kick-off time after a weekday and a day (1 March 1945 was a Thursday): no year 1945.
        XCTAssertNil(published("Thursday, 1 March 1945 GMT\n\nThe holders travel north for the tie."))
        XCTAssertEqual(DateTestSupport.values("Kick-off is at 2000 GMT and the gates open at 1830 BST."), [])
        XCTAssertEqual(DateTestSupport.values("Troops moved at 0600 hrs, a spokesman said."), [])
        // Years still count where they are years.
        XCTAssertEqual(DateTestSupport.values("The law dates from 2000 and was amended in 1945."), ["2000", "1945"])
        XCTAssertEqual(DateTestSupport.values("The treaty was signed on 1 March 1945 in Paris."), ["1945-03-01"])
    }

    func testAnInferredPublicationDateAgreesWithItsWeekday() {
        // 5 March 2005 was a Saturday.
        XCTAssertEqual(published("Saturday, 5 March 2005\n\nThe storm eased overnight."), "2005-03-05 text")
        XCTAssertNil(published("Wednesday, 5 March 2005\n\nThe storm eased overnight."))
        XCTAssertEqual(DateTestSupport.values("It happened on Wednesday, 5 March 2005."), [])
    }

    func testModificationTimeResolvesNoRelativeDatesOrWeekdays() {
        let article = Article(id: "a", path: "a.txt", title: "Rain falls",
                              body: "It rained on Tuesday and will rain again next week. The dam opened in March 2004.")
        let e = EntityRecognizer().recognize(article, fallbackDate: PartialDate("2026-11-20"))
        XCTAssertEqual(e.publishedSource, .fileModified)
        XCTAssertEqual(e.dates.map(\.value.description), ["2004-03"])
        // The same text with a real publication date resolves them.
        var dated = article
        dated.published = PartialDate("2004-06-10")
        dated.publishedSource = .frontMatter
        let d = EntityRecognizer().recognize(dated)
        XCTAssertTrue(d.dates.map(\.value.description).contains("2004-06-08"), "\(d.dates)")
    }
}

import XCTest
@testable import Indexer

/// Publication is Saturday 2025-11-01 unless a test says otherwise.
final class DateRelativeTests: XCTestCase {
    private func values(_ body: String, published: PartialDate? = DateTestSupport.saturday) -> [String] {
        DateTestSupport.values(body, published: published)
    }

    func testBareWeekdayIsTheLatestOnOrBeforePublication() {
        XCTAssertEqual(values("Leaders met on Saturday in Gyeongju."), ["2025-11-01"])
        XCTAssertEqual(values("They met in Busan on Thursday."), ["2025-10-30"])
        XCTAssertEqual(values("Earlier Friday, Xi met Carney."), ["2025-10-31"])
        XCTAssertEqual(values("Sunday's vote was close."), ["2025-10-26"])
    }

    func testFutureClausePointsAWeekdayForward() {
        XCTAssertEqual(values("The two will meet on Tuesday in Seoul."), ["2025-11-04"])
        XCTAssertEqual(values("Results are due Monday."), ["2025-11-03"])
    }

    func testLastNextAndThisWeekday() {
        XCTAssertEqual(values("Markets fell last Thursday."), ["2025-10-30"])
        XCTAssertEqual(values("Markets fell last Saturday."), ["2025-10-25"])
        XCTAssertEqual(values("Talks resume next Saturday."), ["2025-11-08"])
        XCTAssertEqual(values("Talks resume next Monday."), ["2025-11-03"])
        XCTAssertEqual(values("Talks resume this coming Wednesday."), ["2025-11-05"])
    }

    func testWeekdayInANamedWeek() {
        XCTAssertEqual(values("They meet Monday next week."), ["2025-11-03"])
        XCTAssertEqual(values("They met Tuesday last week."), ["2025-10-21"])
        XCTAssertEqual(DateTestSupport.spans("They meet Friday next week."), ["Friday next week"])
    }

    func testNamedDaysAndTitlesAreNotDates() {
        XCTAssertEqual(values("The Good Friday Agreement holds."), [])
        XCTAssertEqual(values("The Sunday Times reported it."), [])
        XCTAssertEqual(values("Shoppers queued on Black Friday."), [])
        XCTAssertEqual(values("USA Today ran the story."), [])
    }

    func testTodayYesterdayTomorrow() {
        XCTAssertEqual(values("Xi arrives today."), ["2025-11-01"])
        XCTAssertEqual(values("Xi arrived yesterday."), ["2025-10-31"])
        XCTAssertEqual(values("Xi leaves tomorrow."), ["2025-11-02"])
        XCTAssertEqual(values("Xi arrived yesterday.", published: DateTestSupport.date("2025-03-01")), ["2025-02-28"])
    }

    func testMonthsRelativeToPublication() {
        XCTAssertEqual(values("Prices rose this month."), ["2025-11"])
        XCTAssertEqual(DateTestSupport.spans("Prices rose earlier this month."), ["earlier this month"])
        XCTAssertEqual(values("A vote is planned later this month."), ["2025-11"])
        XCTAssertEqual(values("Prices rose last month."), ["2025-10"])
        XCTAssertEqual(values("Prices rise next month."), ["2025-12"])
        XCTAssertEqual(values("Prices rose last month.", published: DateTestSupport.date("2026-01-05")), ["2025-12"])
        XCTAssertEqual(values("Prices rise next month.", published: DateTestSupport.date("2025-12")), ["2026-01"])
    }

    func testYearsRelativeToPublication() {
        XCTAssertEqual(values("Growth slowed this year."), ["2025"])
        XCTAssertEqual(values("Growth slowed last year."), ["2024"])
        XCTAssertEqual(DateTestSupport.spans("Growth slowed late last year."), ["late last year"])
        XCTAssertEqual(values("next year's APEC will be in Shenzhen"), ["2026"])
        XCTAssertEqual(values("Growth slowed earlier this year.", published: DateTestSupport.date("2019")), ["2019"])
    }

    func testAgoKeepsTheUnitsPrecision() {
        XCTAssertEqual(values("It opened 3 days ago."), ["2025-10-29"])
        XCTAssertEqual(values("It opened two months ago."), ["2025-09"])
        XCTAssertEqual(values("It opened a year ago."), ["2024"])
        XCTAssertEqual(values("It opened two weeks ago."), [])
    }

    func testSpansWithoutACalendarPeriodAreSkipped() {
        XCTAssertEqual(values("Talks stalled this week and last week."), [])
        XCTAssertEqual(values("Over the last year prices doubled."), [])
        XCTAssertEqual(values("In the next month we will see."), [])
    }

    func testNothingRelativeWithoutAPublicationDate() {
        XCTAssertEqual(values("Xi arrived yesterday, met Lee on Saturday, and leaves next year.", published: nil), [])
        // A year-precise publication date is enough for years, not for days.
        XCTAssertEqual(values("Xi arrived yesterday and leaves next year.", published: DateTestSupport.date("2025")), ["2026"])
    }
}

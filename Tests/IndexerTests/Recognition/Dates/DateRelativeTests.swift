import XCTest
@testable import Indexer

/// Publication is Saturday 2025-11-01 unless a test says otherwise.
final class DateRelativeTests: XCTestCase {
    func testBareWeekdayIsTheLatestOnOrBeforePublication() {
        DateTestSupport.assertValues([
            "Leaders met on Saturday in Gyeongju.": ["2025-11-01"],
            "They met in Busan on Thursday.": ["2025-10-30"],
            "Earlier Friday, Xi met Carney.": ["2025-10-31"],
            "Sunday's vote was close.": ["2025-10-26"],
        ])
    }

    func testFutureClausePointsAWeekdayForward() {
        DateTestSupport.assertValues([
            "The two will meet on Tuesday in Seoul.": ["2025-11-04"],
            "Results are due Monday.": ["2025-11-03"],
        ])
    }

    func testLastNextAndThisWeekday() {
        DateTestSupport.assertValues([
            "Markets fell last Thursday.": ["2025-10-30"],
            "Markets fell last Saturday.": ["2025-10-25"],
            "Talks resume next Saturday.": ["2025-11-08"],
            "Talks resume next Monday.": ["2025-11-03"],
            "Talks resume this coming Wednesday.": ["2025-11-05"],
        ])
    }

    func testWeekdayInANamedWeek() {
        DateTestSupport.assertValues([
            "They meet Monday next week.": ["2025-11-03"],
            "They met Tuesday last week.": ["2025-10-21"],
        ])
        DateTestSupport.assertSpans(["They meet Friday next week.": ["Friday next week"]])
    }

    func testNamedDaysAndTitlesAreNotDates() {
        DateTestSupport.assertValues([
            "The Good Friday Agreement holds.": [],
            "The Sunday Times reported it.": [],
            "Shoppers queued on Black Friday.": [],
            "USA Today ran the story.": [],
        ])
    }

    func testTodayYesterdayTomorrow() {
        DateTestSupport.assertValues([
            "Xi arrives today.": ["2025-11-01"],
            "Xi arrived yesterday.": ["2025-10-31"],
            "Xi leaves tomorrow.": ["2025-11-02"],
        ])
        DateTestSupport.assertValues(["Xi arrived yesterday.": ["2025-02-28"]], published: DateTestSupport.date("2025-03-01"))
    }

    func testMonthsRelativeToPublication() {
        DateTestSupport.assertValues([
            "Prices rose this month.": ["2025-11"],
            "A vote is planned later this month.": ["2025-11"],
            "Prices rose last month.": ["2025-10"],
            "Prices rise next month.": ["2025-12"],
        ])
        DateTestSupport.assertSpans(["Prices rose earlier this month.": ["earlier this month"]])
        DateTestSupport.assertValues(["Prices rose last month.": ["2025-12"]], published: DateTestSupport.date("2026-01-05"))
        DateTestSupport.assertValues(["Prices rise next month.": ["2026-01"]], published: DateTestSupport.date("2025-12"))
    }

    func testYearsRelativeToPublication() {
        DateTestSupport.assertValues([
            "Growth slowed this year.": ["2025"],
            "Growth slowed last year.": ["2024"],
            "next year's APEC will be in Shenzhen": ["2026"],
        ])
        DateTestSupport.assertSpans(["Growth slowed late last year.": ["late last year"]])
        DateTestSupport.assertValues(["Growth slowed earlier this year.": ["2019"]], published: DateTestSupport.date("2019"))
    }

    func testAgoKeepsTheUnitsPrecision() {
        DateTestSupport.assertValues([
            "It opened 3 days ago.": ["2025-10-29"],
            "It opened two months ago.": ["2025-09"],
            "It opened a year ago.": ["2024"],
            "It opened two weeks ago.": [],
        ])
    }

    func testSpansWithoutACalendarPeriodAreSkipped() {
        DateTestSupport.assertValues([
            "Talks stalled this week and last week.": [],
            "Over the last year prices doubled.": [],
            "In the next month we will see.": [],
        ])
    }

    func testNothingRelativeWithoutAPublicationDate() {
        DateTestSupport.assertValues(["Xi arrived yesterday, met Lee on Saturday, and leaves next year.": []], published: nil)
        DateTestSupport.assertValues(["Xi arrived yesterday and leaves next year.": ["2026"]], published: DateTestSupport.date("2025"))
    }
}

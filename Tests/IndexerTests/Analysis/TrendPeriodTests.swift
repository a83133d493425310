import XCTest
@testable import Indexer

/// Period names worked out by hand from a calendar.
final class TrendPeriodTests: XCTestCase {
    func testISOWeeksAroundTheTurnOfTheYear() {
        XCTAssertEqual(TrendPeriod.week.name(ofDay: 20210104), "2021-W01")   // a Monday
        XCTAssertEqual(TrendPeriod.week.name(ofDay: 20210103), "2020-W53")   // the Sunday before: 2020 had 53 weeks
        XCTAssertEqual(TrendPeriod.week.name(ofDay: 20241230), "2025-W01")   // its Thursday is 2025-01-02
        XCTAssertEqual(TrendPeriod.week.name(ofDay: 20260101), "2026-W01")   // a Thursday
        XCTAssertEqual(TrendPeriod.week.name(ofDay: 20251231), "2026-W01")
        XCTAssertEqual(TrendPeriod.week.name(ofDay: 20250616), "2025-W25")
    }

    func testOtherPeriodNames() {
        XCTAssertEqual(TrendPeriod.year.name(ofDay: 20250616), "2025")
        XCTAssertEqual(TrendPeriod.month.name(ofDay: 20250616), "2025-06")
        XCTAssertEqual(TrendPeriod.day.name(ofDay: 20250616), "2025-06-16")
    }

    func testEveryPeriodInTheSpanIsListedOnce() {
        XCTAssertEqual(TrendPeriod.month.names(from: 20240130, through: 20240302), ["2024-01", "2024-02", "2024-03"])
        XCTAssertEqual(TrendPeriod.week.names(from: 20201230, through: 20210111), ["2020-W53", "2021-W01", "2021-W02"])
        XCTAssertEqual(TrendPeriod.day.names(from: 20240228, through: 20240301), ["2024-02-28", "2024-02-29", "2024-03-01"])
        XCTAssertEqual(TrendPeriod.year.names(from: 19991231, through: 20020101), ["1999", "2000", "2001", "2002"])
        XCTAssertEqual(TrendPeriod.month.names(from: 20241215, through: 20250105), ["2024-12", "2025-01"])
        XCTAssertEqual(TrendPeriod.day.names(from: 20250102, through: 20250101), [])
    }
}

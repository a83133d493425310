import XCTest
@testable import Indexer

final class DateParsingTests: XCTestCase {
    func testAcceptedForms() {
        let day = PartialDate(year: 2025, month: 11, day: 1)
        let cases: [(String, PartialDate?)] = [
            ("2025-11-01", day), ("2025-11-01T09:30:00Z", day), ("2025-11-01T23:30:00-05:00", day),
            ("2025-11-01 16:17:00-05:00", day), ("2025-11", PartialDate(year: 2025, month: 11)),
            ("2025", PartialDate(year: 2025)), ("Sat, 01 Nov 2025 10:00:00 GMT", day),
            ("November 1, 2025", day), ("1 November 2025", day), ("Nov 1, 2025", day), ("Nov. 1, 2025", day),
            ("2025/11/01", day), ("2017/2/7 9:30", PartialDate(year: 2017, month: 2, day: 7)),
            ("   2017/3/1", PartialDate(year: 2017, month: 3, day: 1)), ("20251101", day),
            ("Saturday, November 1st, 2025", day), ("November 2025", PartialDate(year: 2025, month: 11)),
            ("Sept. 9, 2024", PartialDate(year: 2024, month: 9, day: 9)),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(DateParsing.parse(text), expected, text)
        }
    }

    func testRejected() {
        for text in ["", "yesterday", "2025-13-01", "2025-02-30", "2025-1-01", "12/31/2025", "2025-11-01x", "Nov 31, 2025", "99"] {
            XCTAssertNil(DateParsing.parse(text), text)
        }
    }

    func testEpoch() {
        XCTAssertEqual(RecordFields.parseDate("1761984000"), PartialDate(year: 2025, month: 11, day: 1))
        XCTAssertEqual(RecordFields.parseDate("1761984000000"), PartialDate(year: 2025, month: 11, day: 1))
    }
}

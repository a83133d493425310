import XCTest
@testable import Indexer

/// Term and state bounds are compared as numbers when both sides are eight digits; these
/// check the answers equal the string comparisons they replaced, on ordinary and odd values.
final class CompactDayTests: XCTestCase {
    private let bounds: [String?] = [nil, "1990-01-01", "2001-01-20", "2025-11-30", "2001-1-01", "", "20010101", "999-01-01"]

    private var dates: [PartialDate] {
        var out: [PartialDate] = []
        for year in [-5, 0, 999, 1989, 1990, 2001, 2025, 9999, 10_000] {
            out.append(PartialDate(year: year))
            for month in [1, 2, 11, 12, 100] {
                out.append(PartialDate(year: year, month: month))
                for day in [1, 19, 20, 21, 30, 31] { out.append(PartialDate(year: year, month: month, day: day)) }
            }
        }
        return out
    }

    func testTermCoversAsTheStringsCompare() {
        for start in bounds.compactMap({ $0 }) {
            for end in bounds {
                let term = LeaderTerm(role: "both", titles: [], start: start, end: end, source: "")
                for d in dates {
                    let from = d.compactStart, to = d.compactEnd
                    let expected = !(to < Country.compact(start)) && !(end.map { from >= Country.compact($0) } ?? false)
                    XCTAssertEqual(term.covers(d), expected, "\(d) in \(start)…\(end ?? "")")
                }
            }
        }
    }

    func testCountryExistsAsTheStringsCompare() {
        for from in bounds {
            for to in bounds {
                let c = Country(code: "XX", alpha3: "XXX", name: "X", kind: "historical", names: [], adjectives: [],
                                capitals: [], cities: [], validFrom: from, validTo: to, source: "", ambiguous: [], notNames: [])
                for d in dates {
                    let expected = !(to.map { d.compactStart >= Country.compact($0) } ?? false)
                        && !(from.map { d.compactEnd < Country.compact($0) } ?? false)
                    XCTAssertEqual(c.exists(at: d), expected, "\(d) in \(from ?? "")…\(to ?? "")")
                }
                XCTAssertTrue(c.exists(at: nil))
            }
        }
    }

    func testParseTakesOnlyTheISOShape() {
        XCTAssertEqual(CompactDay.parse("2025-11-01"), 20_251_101)
        XCTAssertNil(CompactDay.parse("2025-1-01"))
        XCTAssertNil(CompactDay.parse("20251101"))
        XCTAssertNil(CompactDay.parse("2025-11-01 "))
    }

    // MARK: - Answers worked out by hand

    func testStartAndEndByHand() {
        XCTAssertEqual(CompactDay.start(PartialDate(year: 2025)), 20_250_101)
        XCTAssertEqual(CompactDay.end(PartialDate(year: 2025)), 20_251_231)
        XCTAssertEqual(CompactDay.start(PartialDate(year: 2024, month: 2)), 20_240_201)
        XCTAssertEqual(CompactDay.end(PartialDate(year: 2024, month: 2)), 20_240_229, "2024 is a leap year")
        XCTAssertEqual(CompactDay.end(PartialDate(year: 2023, month: 2)), 20_230_228)
        XCTAssertEqual(CompactDay.end(PartialDate(year: 1900, month: 2)), 19_000_228, "1900 is not a leap year")
        XCTAssertEqual(CompactDay.end(PartialDate(year: 2000, month: 2)), 20_000_229, "2000 is")
        XCTAssertEqual(CompactDay.end(PartialDate(year: 2025, month: 4)), 20_250_430)
        XCTAssertEqual(CompactDay.start(PartialDate(year: 2025, month: 11, day: 1)), 20_251_101)
        XCTAssertEqual(CompactDay.end(PartialDate(year: 2025, month: 11, day: 1)), 20_251_101)
        XCTAssertEqual(CompactDay.start(PartialDate(year: 999)), 9_990_101)
        // Outside four-digit years the strings no longer sort as numbers: no number.
        XCTAssertNil(CompactDay.start(PartialDate(year: 10_000)))
        XCTAssertNil(CompactDay.start(PartialDate(year: -5)))
        XCTAssertNil(CompactDay.start(PartialDate(year: 2025, month: 100)))
        XCTAssertEqual(CompactDay.parse("0999-01-01"), 9_990_101)
        XCTAssertNil(CompactDay.parse("999-01-01"))
    }

    /// A term from 2001-01-20 to 2009-01-20: the end day belongs to the successor.
    func testTermCoversByHand() {
        let term = LeaderTerm(role: "both", titles: [], start: "2001-01-20", end: "2009-01-20", source: "")
        let cases: [(PartialDate, Bool)] = [
            (PartialDate(year: 2001, month: 1, day: 19), false),
            (PartialDate(year: 2001, month: 1, day: 20), true),
            (PartialDate(year: 2005, month: 6, day: 15), true),
            (PartialDate(year: 2009, month: 1, day: 19), true),
            (PartialDate(year: 2009, month: 1, day: 20), false),
            (PartialDate(year: 2000, month: 12), false),     // ends 2000-12-31, before the start
            (PartialDate(year: 2001, month: 1), true),       // reaches 2001-01-31
            (PartialDate(year: 2001), true),
            (PartialDate(year: 2009), true),                 // starts 2009-01-01, before the end
            (PartialDate(year: 2009, month: 2), false),
            (PartialDate(year: 2010), false),
        ]
        for (date, expected) in cases { XCTAssertEqual(term.covers(date), expected, "\(date)") }
        let open = LeaderTerm(role: "both", titles: [], start: "2017-01-20", end: nil, source: "")
        XCTAssertTrue(open.covers(PartialDate(year: 2030, month: 5, day: 5)))
        XCTAssertFalse(open.covers(PartialDate(year: 2016)))
    }

    /// A state that existed from 1949-10-07 until 1990-10-03 (the day it ceased).
    func testCountryExistsByHand() {
        let c = Country(code: "DDDE", alpha3: "DDR", name: "East Germany", kind: "historical", names: [], adjectives: [],
                        capitals: [], cities: [], validFrom: "1949-10-07", validTo: "1990-10-03", source: "", ambiguous: [], notNames: [])
        let cases: [(PartialDate, Bool)] = [
            (PartialDate(year: 1949, month: 10, day: 6), false),
            (PartialDate(year: 1949, month: 10, day: 7), true),
            (PartialDate(year: 1949, month: 10), true),      // reaches 1949-10-31
            (PartialDate(year: 1949, month: 9), false),
            (PartialDate(year: 1990, month: 10, day: 2), true),
            (PartialDate(year: 1990, month: 10, day: 3), false),
            (PartialDate(year: 1990), true),                 // starts 1990-01-01, before the end
            (PartialDate(year: 1991), false),
        ]
        for (date, expected) in cases { XCTAssertEqual(c.exists(at: date), expected, "\(date)") }
    }
}

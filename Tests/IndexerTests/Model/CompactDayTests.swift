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
}

import Foundation
import XCTest
@testable import Indexer

/// The relative-date units `Nd`, `Nw`, `Nm`, `Ny` with a fixed "today", worked out by hand:
/// N units back, today included (a month counts 30 days, a year 365).
final class RelativeDateTests: IndexedOnceTestCase {
    /// 2025-11-20 12:00 UTC.
    static let today = Date(timeIntervalSince1970: 1_763_640_000)

    private func span(_ text: String) throws -> String {
        let s = try DateExpression.parse(text, today: Self.today)
        return "\(s.first.compactStart)..\(s.last.compactStart)"
    }

    func testEachUnitCountsBackFromToday() throws {
        XCTAssertEqual(try span("1d"), "20251120..20251120")
        XCTAssertEqual(try span("3d"), "20251118..20251120")
        XCTAssertEqual(try span("2w"), "20251107..20251120")          // 14 days
        XCTAssertEqual(try span("1m"), "20251022..20251120")          // 30 days
        XCTAssertEqual(try span("3m"), "20250823..20251120")          // 90 days: 20 + 31 + 30 + 9
        XCTAssertEqual(try span("1y"), "20241121..20251120")          // 365 days, no 29 February between
        XCTAssertEqual(try span("2y"), "20231122..20251120")          // 730 days across 2024-02-29
        XCTAssertEqual(try span("3M"), try span("3m"))                // case does not matter
        for bad in ["0d", "-3m", "3x", "m", "3.5w"] {
            XCTAssertThrowsError(try span(bad), bad) { XCTAssertTrue(($0 as? SearchError)?.isUsage ?? false, "\(bad): \($0)") }
        }
    }

    // Each article sits on one edge of a span above: the day inside and the day just outside.
    static let dated: [String: String] = [
        "d18.txt": "2025-11-18", "d17.txt": "2025-11-17",   // 3d
        "d07.txt": "2025-11-07", "d06.txt": "2025-11-06",   // 2w
        "a23.txt": "2025-08-23", "a22.txt": "2025-08-22",   // 3m
        "y21.txt": "2024-11-21", "y20.txt": "2024-11-20",   // 1y
    ]

    override class func buildIndex(in scratch: Scratch) throws -> String? {
        var files: [String: String] = [:]
        for (name, date) in dated {
            files[name] = Scratch.article(title: "Ferry timetable \(name.prefix(3))", date: date,
                                          body: "The ferry kept to its winter timetable on the northern crossing.")
        }
        return try scratch.index(files).index
    }

    private func ids(_ configure: (inout SearchRequest) -> Void) throws -> [String] {
        let s = try Searcher(indexPath: try indexPath())
        s.today = Self.today
        var r = SearchRequest(text: "")
        r.exact = true
        r.limit = 50
        configure(&r)
        return try s.search(r).hits.map(\.article.id).sorted()
    }

    func testSearchFiltersByEachUnit() throws {
        XCTAssertEqual(try ids { $0.from = "3d" }, ["d18.txt"])
        XCTAssertEqual(try ids { $0.from = "2w" }, ["d07.txt", "d17.txt", "d18.txt"])
        XCTAssertEqual(try ids { $0.from = "3m" }, ["a23.txt", "d06.txt", "d07.txt", "d17.txt", "d18.txt"])
        XCTAssertEqual(try ids { $0.from = "1y" }, ["a22.txt", "a23.txt", "d06.txt", "d07.txt", "d17.txt", "d18.txt", "y21.txt"])
        // The same spans in the query language, and as an upper bound.
        let s = try Searcher(indexPath: try indexPath())
        s.today = Self.today
        var q = SearchRequest(text: "date:3m")
        q.exact = true
        q.limit = 50
        XCTAssertEqual(try s.search(q).hits.map(\.article.id).sorted(), ["a23.txt", "d06.txt", "d07.txt", "d17.txt", "d18.txt"])
        // --to 3m: up to today (the span's last day), so everything.
        XCTAssertEqual(try ids { $0.to = "3m" }.count, 8)
        XCTAssertEqual(try ids { $0.from = "1y"; $0.to = "2024-11-21" }, ["y21.txt"])
    }
}

import Foundation
@testable import NewsIndexService
import XCTest

/// The pool and the time limit: one request cannot hold the machine.
final class SearchServiceTests: XCTestCase {
    func testSlowRequestGets503AtTheTimeLimitAndOthersWaitForASearcher() async throws {
        let fixture = try ServeFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        var limits = ServiceLimits()
        limits.seconds = 0.5
        let service = SearchService(indexPath: fixture.indexPath, limits: limits, searchers: 1)
        let started = Date()
        // Holds the only searcher for 2 s: the caller is answered at the limit, not when it ends.
        async let slow: Int = service.run { s throws(ServiceError) in
            Thread.sleep(forTimeInterval: 2)
            return s.location.count
        }
        try await Task.sleep(nanoseconds: 100_000_000)
        do {
            _ = try await service.search([("q", "trade")])
            XCTFail("the pool has one searcher, busy for 2 s")
        } catch {
            XCTAssertEqual(error.status, 503)
        }
        do {
            _ = try await slow
            XCTFail("past the time limit")
        } catch let error as ServiceError {
            XCTAssertEqual(error.status, 503)
            XCTAssertTrue(error.message.contains("longer than"), error.message)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.8)
        // Once the slow work ends, its searcher is back in the pool.
        try await Task.sleep(nanoseconds: 2_000_000_000)
        let r = try await service.search([("q", "trade")])
        XCTAssertGreaterThan(r.total, 0)
    }

    func testParametersWithinBounds() throws {
        let r = try SearchParameters.request(from: [("q", "trad*"), ("country", "KR"), ("country", "JP"), ("limit", "100"),
                                                     ("facets", "country,date:year"), ("exact", "on"), ("snippets", "false")])
        XCTAssertEqual(r.countries, ["KR", "JP"])
        XCTAssertEqual(r.limit, 100)
        XCTAssertEqual(r.facets.map(\.name), ["country", "date"])
        XCTAssertTrue(r.exact)
        XCTAssertFalse(r.snippets)
        XCTAssertThrowsError(try SearchParameters.request(from: [("facets", "country,leader,date,mentioned,country,leader,date,mentioned,country")]))
    }
}

import Foundation
import Indexer
import NewsIndexService
import NewsIndexWeb
import XCTest

/// The JSON API over real HTTP on loopback: same JSON as the CLI, errors, bounds, freshness, headers.
final class APIRouteTests: ServedTestCase {
    func testSearchIsTheCLIsJSON() async throws {
        let reply = try await fixture.get("/api/search?q=trade&country=KR&country=JP&facets=country,leader&limit=3")
        XCTAssertEqual(reply.status, 200)
        XCTAssertEqual(reply.headers["content-type"], "application/json; charset=utf-8")
        let cli = try SearchBinary.output(["query", "trade", "--country", "KR", "--country", "JP", "--facets", "country,leader",
                                           "--limit", "3", "--json", "--index", fixture.indexPath])
        XCTAssertEqual(reply.body, cli)
        XCTAssertEqual(try reply.json()["total"] as? Int, 3)
    }

    func testAnalysisAndLeaderParametersAreTheCLIsFlags() async throws {
        let like = try await fixture.get("/api/search?similar=asia%2Fseoul-summit.md&limit=3")
        XCTAssertEqual(like.status, 200, like.body)
        XCTAssertEqual(like.body, try SearchBinary.output(["similar", "asia/seoul-summit.md", "--limit", "3", "--json", "--index", fixture.indexPath]))
        let sitting = try await fixture.get("/api/search?q=trade&in_office=true&collapse=true")
        XCTAssertEqual(sitting.body, try SearchBinary.output(["query", "trade", "--in-office", "--collapse", "--json", "--index", fixture.indexPath]))
        let missing = try await fixture.get("/api/search?similar=nowhere.md")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(try missing.json()["error"] as? String, "no article with id or path 'nowhere.md'")
    }

    func testFacetsAndStatsAreTheCLIsJSON() async throws {
        let facets = try await fixture.get("/api/facets?q=tariffs&by=country&by=date:year")
        XCTAssertEqual(facets.body, try SearchBinary.output(["facets", "tariffs", "--by", "country", "--by", "date:year", "--json", "--index", fixture.indexPath]))
        let stats = try await fixture.get("/api/stats")
        XCTAssertEqual(stats.status, 200)
        XCTAssertEqual(try stats.json()["documents"] as? Int, 6)
    }

    func testArticleByPercentEncodedIdWithMentions() async throws {
        let reply = try await fixture.get("/api/article/asia%2Fseoul-summit.md")
        XCTAssertEqual(reply.status, 200)
        let show = try SearchBinary.output(["show", "asia/seoul-summit.md", "--json", "--index", fixture.indexPath])
        // `show --json` plus `mentions`.
        XCTAssertTrue(reply.body.hasPrefix(String(show.dropLast(2))), reply.body)
        let mentions = try XCTUnwrap(try reply.json()["mentions"] as? [String: Any])
        let leaders = try XCTUnwrap(mentions["leaders"] as? [[String: Any]])
        let lee = try XCTUnwrap(leaders.first { $0["id"] as? String == "kr-lee-jae-myung" })
        let first = try XCTUnwrap((lee["mentions"] as? [[String: Any]])?.first)
        // The offset counts scalars into title + "\n\n" + body, as `tag` does.
        XCTAssertEqual(first["offset"] as? Int, 0)
        XCTAssertEqual(first["text"] as? String, "Lee Jae-myung")
    }

    func testIdsAreLookedUpNeverOpened() async throws {
        for path in ["/api/article/..%2F..%2Fetc%2Fpasswd", "/article/..%2F..%2Fetc%2Fpasswd", "/api/article/%2Fetc%2Fpasswd",
                     "/api/article/asia%2Fnope.md", "/article/" + fixture.folder.replacingOccurrences(of: "/", with: "%2F") + "%2Fasia%2Fseoul-summit.md"] {
            let reply = try await fixture.get(path)
            XCTAssertEqual(reply.status, 404, path)
            XCTAssertFalse(reply.body.contains("root:"), path)
        }
        let api = try await fixture.get("/api/article/..%2F..%2Fetc%2Fpasswd")
        XCTAssertNotNil(try api.json()["error"] as? String)
    }

    func testBadParametersAre400WithOneLine() async throws {
        let long = String(repeating: "a", count: 501)
        for query in ["limit=101", "limit=-1", "offset=10001", "facet_limit=0", "sort=sideways", "facets=colour",
                      "q=\(long)", "q=a*+b*+c*+d*", "q=x*", "from=2025-13-45", "nonsense=1", "limit=1&limit=2"] {
            let reply = try await fixture.get("/api/search?" + query)
            XCTAssertEqual(reply.status, 400, query)
            let message = try XCTUnwrap(try reply.json()["error"] as? String, query)
            XCTAssertFalse(message.contains("\n"), query)
            XCTAssertEqual(reply.body.filter { $0 == "\n" }.count, 1, "one line: \(reply.body)")
        }
    }

    func testBadPercentEncodingIsRefused() {
        XCTAssertThrowsError(try SearchParameters.pairs(fromQuery: "q=%ZZ"))
        XCTAssertEqual(try SearchParameters.pairs(fromQuery: "q=a+b%2Bc&country=KR").map { "\($0.0)=\($0.1)" }, ["q=a b+c", "country=KR"])
    }

    func testUnknownRouteIs404JSON() async throws {
        let reply = try await fixture.get("/api/nothing")
        XCTAssertEqual(reply.status, 404)
        XCTAssertNotNil(try reply.json()["error"])
        XCTAssertEqual(reply.headers["x-content-type-options"], "nosniff")
    }

    func testSecurityHeadersOnEveryKindOfAnswer() async throws {
        for path in ["/", "/api/search?q=trade", "/static/app.js", "/static/style.css", "/article/asia%2Fseoul-summit.md", "/api/search?limit=999"] {
            let reply = try await fixture.get(path)
            XCTAssertTrue(reply.headers["content-security-policy"]?.hasPrefix("default-src 'self'") ?? false, path)
            XCTAssertEqual(reply.headers["x-content-type-options"], "nosniff", path)
        }
    }

    func testCSVOfResultsAndFacets() async throws {
        let hits = try await fixture.get("/api/search.csv?q=tariffs&sort=date")
        XCTAssertEqual(hits.status, 200)
        XCTAssertEqual(hits.headers["content-type"], "text/csv; charset=utf-8")
        let rows = hits.body.split(separator: "\n")
        XCTAssertEqual(rows.first, "rank,id,title,published,source,url,countries,leaders,score")
        let json = try await fixture.get("/api/search?q=tariffs").json()
        let total = try XCTUnwrap(json["total"] as? Int)
        XCTAssertEqual(rows.count, 1 + total, hits.body)
        XCTAssertTrue(rows[1].hasPrefix("1,americas/ottawa.md,"), hits.body)
        let facets = try await fixture.get("/api/facets.csv?q=tariffs&by=country")
        XCTAssertEqual(facets.body, try SearchBinary.output(["facets", "tariffs", "--by", "country", "--csv", "--index", fixture.indexPath]))
    }

    /// A `search index` run elsewhere shows up in the next request, without a restart.
    func testReindexShowsUpWithoutRestart() async throws {
        let before = try await fixture.get("/api/search?q=volcano")
        XCTAssertEqual(try before.json()["total"] as? Int, 0)
        try "---\ntitle: Volcano erupts near Reykjavik\ndate: 2025-11-05\n---\n\nIceland said the volcano erupted.\n"
            .write(toFile: fixture.folder + "/europe/volcano.md", atomically: true, encoding: .utf8)
        _ = try IndexBuilder(indexPath: fixture.indexPath).index(folder: fixture.folder)
        let after = try await fixture.get("/api/search?q=volcano")
        XCTAssertEqual(try after.json()["total"] as? Int, 1)
    }

    func testLoopbackNames() {
        XCTAssertTrue(WebServer.isLoopback("127.0.0.1"))
        XCTAssertTrue(WebServer.isLoopback("localhost"))
        XCTAssertFalse(WebServer.isLoopback("0.0.0.0"))
        XCTAssertFalse(WebServer.isLoopback("192.168.1.4"))
    }
}

/// No index at the path: the CLI's message with 503, and the server keeps running.
final class APIUnavailableTests: XCTestCase {
    func testMissingIndexIs503() async throws {
        let fixture = try ServeFixture(indexed: false)
        try await fixture.start()
        let reply = try await fixture.get("/api/search?q=trade")
        await fixture.stop()
        XCTAssertEqual(reply.status, 503)
        let message = try XCTUnwrap(try reply.json()["error"] as? String)
        XCTAssertTrue(message.hasPrefix("no index at \(fixture.indexPath)"), message)
    }
}

import Foundation
import XCTest

/// `trend`, `terms`, `similar`, `network` and `watch` end to end on the fixture corpus, checked
/// against the totals and facet counts of ordinary queries over the same index.
final class AnalysisCommandTests: IndexedFixtureTestCase {
    func testTrendCountsAreTheQueryTotalsPerYear() throws {
        let r = try ws().search(["trend", "trade", "--by", "year", "--compare", "tariffs", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let o = try r.object()
        XCTAssertEqual(o["by"] as? String, "year")
        let series = try XCTUnwrap(o["series"] as? [[String: Any]])
        XCTAssertEqual(series.map { $0["query"] as? String }, ["trade", "tariffs"])
        let years = try ws().search(["facets", "--by", "date:year", "--json"]).object()
        let perYear = try XCTUnwrap((years["facets"] as? [String: [[String: Any]]])?["date"])
        let totals = Dictionary(uniqueKeysWithValues: perYear.map { ($0["value"] as! String, $0["count"] as! Int) })
        for s in series {
            let points = try XCTUnwrap(s["points"] as? [[String: Any]])
            for p in points {
                let period = p["period"] as! String, count = p["count"] as! Int, total = p["total"] as! Int
                XCTAssertEqual(total, totals[period] ?? 0, period)
                let q = try ws().search([s["query"] as! String, "--from", period, "--to", period, "--exact", "--json", "--limit", "0"]).object()
                XCTAssertEqual(count, q["total"] as? Int, "\(s["query"]!) in \(period)")
                XCTAssertEqual(p["share"] as! Double, total > 0 ? Double(count) / Double(total) : 0, accuracy: 1e-4)
            }
        }
        let csv = try ws().search(["trend", "trade", "--by", "year", "--csv"])
        XCTAssertEqual(csv.stdout.split(separator: "\n").first, "query,period,count,total,share")
        let text = try ws().search(["trend", "trade", "--by", "month"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("share of each month's articles"), text.stdout)
    }

    func testMentionedTrendsByWeekAreRefused() throws {
        let r = try ws().search(["trend", "--mentioned", "--by", "week"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("by month or year"), r.stderr)
    }

    func testNetworkEdgesAreThePairFacetAndLiftFollowsFromTheCounts() throws {
        let r = try ws().search(["network", "--by", "leader*country", "--min-count", "1", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let o = try r.object()
        let n = try XCTUnwrap(o["articles"] as? Int)
        XCTAssertEqual(n, 10)
        let nodes = Dictionary(uniqueKeysWithValues: try XCTUnwrap(o["nodes"] as? [[String: Any]]).map { ($0["id"] as! String, $0["count"] as! Int) })
        let pairs = try ws().search(["facets", "--by", "leader*country", "--facet-limit", "1000", "--csv"]).stdout
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
        let edges = try XCTUnwrap(o["edges"] as? [[String: Any]])
        XCTAssertEqual(edges.count, pairs.count)
        for e in edges {
            let source = e["source"] as! String, target = e["target"] as! String, count = e["count"] as! Int
            XCTAssertTrue(pairs.contains { $0[1] == "\(source)*\(target)" && Int($0.last!) == count }, "\(source)*\(target)")
            let expected = Double(count) * Double(n) / Double(nodes[source]! * nodes[target]!)
            XCTAssertEqual(e["lift"] as! Double, expected, accuracy: 1e-3)
        }
        let lifts = edges.map { $0["lift"] as! Double }
        XCTAssertEqual(lifts, lifts.sorted(by: >), "ranked by lift")

        let gexf = try ws().search(["network", "--by", "country", "--format", "gexf", "--min-count", "1"])
        XCTAssertTrue(gexf.stdout.hasPrefix("<?xml"), gexf.stdout)
        let countryEdges = try ws().search(["network", "--by", "country", "--min-count", "1", "--json"]).object()["edges"] as? [[String: Any]]
        XCTAssertEqual(gexf.stdout.components(separatedBy: "<edge ").count - 1, countryEdges?.count)
        let dot = try ws().search(["network", "--by", "country", "--format", "dot"])
        XCTAssertTrue(dot.stdout.hasPrefix("graph comentions {"), dot.stdout)
    }

    func testTermsAndSimilarAnswerInJSON() throws {
        let t = try ws().search(["terms", "--country", "JP", "--limit", "5", "--json"]).object()
        XCTAssertEqual(t["matches"] as? Int, 3)
        let terms = try XCTUnwrap(t["terms"] as? [[String: Any]])
        XCTAssertFalse(terms.isEmpty)
        for term in terms {
            XCTAssertEqual(Set(term.keys), ["term", "score", "in_results", "in_archive"])
            XCTAssertLessThanOrEqual(term["in_results"] as! Int, term["in_archive"] as! Int)
        }
        let s = try ws().search(["similar", "f01-china-us-trade.txt", "--json"])
        XCTAssertEqual(s.status, 0, s.stderr)
        let o = try s.object()
        XCTAssertEqual(o["similar_to"] as? String, "f01-china-us-trade.txt")
        let ids = (o["results"] as? [[String: Any]])?.map { $0["id"] as! String } ?? []
        XCTAssertFalse(ids.contains("f01-china-us-trade.txt"))
        XCTAssertFalse(ids.isEmpty)
        let missing = try ws().search(["similar", "no-such.txt"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no article with id or path 'no-such.txt'"), missing.stderr)
    }

    func testCommandWordsWinAndQueryStillSearchesThem() throws {
        let command = try ws().search(["network", "--json", "--min-count", "1"])
        XCTAssertNotNil(try command.object()["edges"])
        let words = try ws().search(["query", "network", "--json"])
        XCTAssertEqual(words.status, 0, words.stderr)
        XCTAssertNotNil(try words.object()["results"])
    }

    func testWatchMarksThenListsWhatIsNew() throws {
        let w = try CLIWorkspace()
        defer { w.remove() }
        try w.buildIndex()
        XCTAssertEqual(try w.search(["watch", "add", "germany", "--country", "DE"]).status, 0)
        let first = try w.search(["watch", "run", "germany", "--json"]).object()
        XCTAssertEqual(first["first_run"] as? Bool, true)
        XCTAssertEqual(first["total"] as? Int, 0)
        try "Berlin talks\n\nGermany and France agreed a budget plan on Monday.\n".write(
            to: w.corpus.appendingPathComponent("new-germany.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLI.run(["index", w.corpus.path, "--index", w.index.path, "--quiet"]).status, 0)
        let second = try w.search(["watch", "run", "germany", "--json"]).object()
        XCTAssertEqual(second["first_run"] as? Bool, false)
        XCTAssertEqual((second["results"] as? [[String: Any]])?.map { $0["id"] as! String }, ["new-germany.txt"])
        XCTAssertEqual(try w.search(["watch", "run", "germany", "--json"]).object()["total"] as? Int, 0)
        let list = try w.search(["watch", "list", "--json"]).object()
        XCTAssertEqual((list["watches"] as? [[String: Any]])?.map { $0["name"] as! String }, ["germany"])
        let unknown = try w.search(["watch", "run", "nope"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("no saved search named 'nope'"), unknown.stderr)
        XCTAssertEqual(try w.search(["watch", "add", "bad name", "x"]).status, 2)
        XCTAssertEqual(try w.search(["watch", "remove", "germany"]).status, 0)
    }
}

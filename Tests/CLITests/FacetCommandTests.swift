import Foundation
import XCTest

/// `search facets` end to end: exact counts as text, JSON and CSV.
final class FacetCommandTests: IndexedFixtureTestCase {
    func testCountryCSV() throws {
        let r = try ws().search(["facets", "--by", "country", "--csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            facet,value,label,count
            country,DE,Germany,4
            country,CN,China,3
            country,FR,France,3
            country,JP,Japan,3
            country,US,United States,3

            """)
    }

    func testCSVCoversSeveralFacetsUnderAFilter() throws {
        let r = try ws().search(["facets", "--by", "leader*country,date:year", "--csv", "--country", "JP"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "facet,value,label,count")
        // Japan: f03 (Ishiba, Trump; JP, US), f07 (Xi, Ishiba; CN, JP), f08 (no leader).
        XCTAssertTrue(lines.contains("leader*country,jp-shigeru-ishiba*JP,Shigeru Ishiba + Japan,2"), r.stdout)
        XCTAssertTrue(lines.contains("leader*country,us-donald-trump*US,Donald Trump + United States,1"), r.stdout)
        XCTAssertEqual(lines.filter { $0.hasPrefix("leader*country,") }.count, 7)
        XCTAssertEqual(lines.filter { $0.hasPrefix("date,") }, ["date,2024,2024,1", "date,2025,2025,2"])
    }

    func testJSONForTheWholeIndex() throws {
        let r = try ws().search(["facets", "--by", "country", "--by", "leader,date:year,mentioned:month", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let o = try r.object()
        XCTAssertEqual(Set(o.keys), ["query", "total", "exact", "fallback", "facets", "facet_totals", "facet_info"])
        XCTAssertEqual(o["query"] as? String, "")
        XCTAssertEqual(o["total"] as? Int, 10)
        XCTAssertEqual(o["exact"] as? Bool, true)
        let facets = try XCTUnwrap(o["facets"] as? [String: [[String: Any]]])
        func counts(_ name: String) -> [String: Int] {
            // Histograms list empty buckets too (count 0); the values counted are compared here.
            Dictionary(uniqueKeysWithValues: (facets[name] ?? []).map { ($0["value"] as! String, $0["count"] as! Int) }.filter { $0.1 > 0 })
        }
        XCTAssertEqual(counts("country"), ["DE": 4, "US": 3, "CN": 3, "FR": 3, "JP": 3])
        XCTAssertEqual(counts("leader"), ["us-donald-trump": 3, "cn-xi-jinping": 3, "fr-emmanuel-macron": 3,
                                          "de-friedrich-merz": 2, "jp-shigeru-ishiba": 2, "de-olaf-scholz": 1])
        XCTAssertEqual(counts("date"), ["2024": 4, "2025": 6])
        XCTAssertEqual(counts("mentioned"), ["2024-12": 1, "2025-03": 1, "2025-07": 1])
        XCTAssertEqual(facets["mentioned"]?.count, 8, "every month from 2024-12 to 2025-07")
        XCTAssertEqual(o["facet_totals"] as? [String: Int], ["country": 5, "leader": 6, "date": 2, "mentioned": 3])
        let info = try XCTUnwrap(o["facet_info"] as? [String: [String: Any]])
        XCTAssertEqual(info["mentioned"]?["granularity"] as? String, "month")
        XCTAssertEqual(info["country"]?["articles_counted"] as? Int, 10)
    }

    func testWordsAndFiltersNarrowTheCounts() throws {
        let r = try ws().search(["facets", "trade", "--by", "country", "--leader", "Trump", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let o = try r.object()
        XCTAssertEqual(o["query"] as? String, "trade")
        XCTAssertEqual(o["total"] as? Int, 2)   // f01, f10
        let country = try XCTUnwrap((o["facets"] as? [String: [[String: Any]]])?["country"])
        XCTAssertEqual(country.map { "\($0["value"]!)=\($0["count"]!)" }, ["US=2", "CN=1", "DE=1"])
    }

    func testMultiSelectIsMarkedInJSONAndText() throws {
        let json = try ws().search(["facets", "--by", "country,leader", "--country", "FR", "--json"])
        let o = try json.object()
        XCTAssertEqual(o["total"] as? Int, 3)
        let info = try XCTUnwrap(o["facet_info"] as? [String: [String: Any]])
        XCTAssertEqual(info["country"]?["ignores_own_filter"] as? Bool, true)
        XCTAssertEqual(info["leader"]?["ignores_own_filter"] as? Bool, false)
        let country = try XCTUnwrap((o["facets"] as? [String: [[String: Any]]])?["country"])
        XCTAssertEqual(country.count, 5, "the other countries stay visible")

        let text = try ws().search(["facets", "--by", "country", "--country", "FR"])
        XCTAssertTrue(text.stdout.contains("country (top 5 of 5 values, exact, ignoring its own filter)"), text.stdout)
    }

    func testTextTablesAndHistogram() throws {
        let r = try ws().search(["facets", "--by", "country,date:year"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.replacingOccurrences(of: "█+", with: "BAR", options: .regularExpression), """
            10 articles counted

            country (top 5 of 5 values, exact)
              Germany        DE  4
              China          CN  3
              France         FR  3
              Japan          JP  3
              United States  US  3

            date by year (2 buckets, exact)
              2024  4 BAR
              2025  6 BAR


            """, r.stdout)
        // What a reader should see in the bars: the largest bucket at the full width, and each
        // bar as long as its share of the largest, to the nearest cell.
        let bars = r.stdout.split(separator: "\n").filter { $0.contains("█") }.map { line -> (count: Int, width: Int) in
            let fields = line.split(separator: " ")
            return (Int(fields[1]) ?? -1, line.filter { $0 == "█" }.count)
        }
        XCTAssertEqual(bars.map(\.count), [4, 6])
        let full = try XCTUnwrap(bars.map(\.width).max())
        XCTAssertEqual(full, 40, "the histogram's full width")
        for bar in bars {
            XCTAssertLessThanOrEqual(abs(Double(bar.width) - Double(full) * Double(bar.count) / 6), 0.5, "\(bar)")
        }
    }
}

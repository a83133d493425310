import Foundation
import XCTest

/// `search [query] WORDS…` end to end: the built binary on an index of the fixture corpus.
final class QueryCommandTests: IndexedFixtureTestCase {
    private func json(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let r = try ws().search(args + ["--json"])
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        XCTAssertEqual(r.stderr, "", file: file, line: line)
        return try r.object(file: file, line: line)
    }

    private func results(_ object: [String: Any]) throws -> [[String: Any]] {
        try XCTUnwrap(object["results"] as? [[String: Any]])
    }

    // MARK: - JSON shape

    func testQueryJSONShape() throws {
        let o = try json(["query", "tariffs", "--limit", "2"])
        XCTAssertEqual(Set(o.keys), ["query", "total", "exact", "offset", "limit", "suggestion", "fallback", "results"])
        XCTAssertTrue(o["fallback"] is NSNull, "always present: null when every word matched")
        XCTAssertEqual(o["query"] as? String, "tariffs")
        XCTAssertEqual(o["total"] as? Int, 3)
        XCTAssertEqual(o["exact"] as? Bool, true)
        XCTAssertEqual(o["offset"] as? Int, 0)
        XCTAssertEqual(o["limit"] as? Int, 2)
        XCTAssertTrue(o["suggestion"] is NSNull)

        let hits = try results(o)
        XCTAssertEqual(hits.count, 2)
        let keys: Set<String> = ["rank", "id", "path", "title", "published", "published_source", "score", "percent",
                                 "snippet", "url", "source", "countries", "leaders"]
        for (i, h) in hits.enumerated() {
            XCTAssertEqual(Set(h.keys), keys)
            XCTAssertEqual(h["rank"] as? Int, i + 1)
            let path = try XCTUnwrap(h["path"] as? String)
            XCTAssertTrue(path.hasPrefix("/"), "path must be absolute: \(path)")
            XCTAssertTrue(FileManager.default.fileExists(atPath: path), path)
            XCTAssertEqual(path, try ws().corpus.appendingPathComponent(try XCTUnwrap(h["id"] as? String)).path)
            XCTAssertNotNil(h["score"] as? Double)
            XCTAssertNotNil(h["percent"] as? Int)
            XCTAssertEqual(h["published_source"] as? String, "front_matter")
            XCTAssertTrue(h["url"] is NSNull)
            XCTAssertTrue(h["source"] is NSNull)
            let snippet = try XCTUnwrap(h["snippet"] as? String)
            XCTAssertTrue(snippet.contains("<b>tariffs</b>"), snippet)
        }
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(hits[0]["score"] as? Double), try XCTUnwrap(hits[1]["score"] as? Double))
        XCTAssertEqual(hits[0]["percent"] as? Int, 100)
    }

    func testNoSnippetsLeavesTheSnippetEmpty() throws {
        let hits = try results(try json(["query", "tariffs", "--no-snippets"]))
        XCTAssertEqual(hits.count, 3)
        for h in hits {
            XCTAssertEqual(h["snippet"] as? String, "")
            XCTAssertNotNil(h["title"] as? String)
        }
        let help = try ws().search(["query", "--help"])
        XCTAssertTrue(help.stdout.contains("--no-snippets"), help.stdout)
    }

    func testQueryJSONEntities() throws {
        let o = try json(["title:seafood"])
        let h = try XCTUnwrap(try results(o).first)
        XCTAssertEqual(h["id"] as? String, "f07-china-japan.txt")
        XCTAssertEqual(h["title"] as? String, "Xi Jinping and Shigeru Ishiba discuss seafood imports")
        XCTAssertEqual(h["published"] as? String, "2024-12-03")
        let countries = try XCTUnwrap(h["countries"] as? [[String: Any]])
        XCTAssertEqual(Set(countries.compactMap { $0["code"] as? String }), ["CN", "JP"])
        let china = try XCTUnwrap(countries.first { $0["code"] as? String == "CN" })
        XCTAssertEqual(Set(china.keys), ["code", "name", "mentions"])
        XCTAssertEqual(china["name"] as? String, "China")
        // "Chinese President Xi Jinping", "China and Japan agreed".
        XCTAssertEqual(china["mentions"] as? Int, 2)
        let leaders = try XCTUnwrap(h["leaders"] as? [[String: Any]])
        let xi = try XCTUnwrap(leaders.first { $0["id"] as? String == "cn-xi-jinping" })
        XCTAssertEqual(Set(xi.keys), ["id", "name", "country", "role", "mentions"])
        XCTAssertEqual(xi["name"] as? String, "Xi Jinping")
        XCTAssertEqual(xi["country"] as? String, "CN")
        XCTAssertEqual(xi["role"] as? String, "head_of_state")
        // Title, "Chinese President Xi Jinping", "Xi said": three mentions.
        XCTAssertEqual(xi["mentions"] as? Int, 3)
        XCTAssertEqual(Set(leaders.compactMap { $0["id"] as? String }), ["cn-xi-jinping", "jp-shigeru-ishiba"])
    }

    func testQueryJSONWithFacets() throws {
        let o = try json(["--country", "DE", "--facets", "country,leader,date:year,leader*country", "--limit", "0"])
        XCTAssertEqual(o["total"] as? Int, 4)
        XCTAssertEqual(try results(o).count, 0)
        let facets = try XCTUnwrap(o["facets"] as? [String: Any])
        XCTAssertEqual(Set(facets.keys), ["country", "leader", "date", "leader*country"])
        let country = try XCTUnwrap(facets["country"] as? [[String: Any]])
        XCTAssertEqual(Set(try XCTUnwrap(country.first).keys), ["value", "label", "count"])
        // Multi-select: the country facet ignores --country DE and shows every country's full count.
        XCTAssertEqual(country.map { "\($0["value"]!)=\($0["count"]!)" }, ["DE=4", "CN=3", "FR=3", "JP=3", "US=3"])
        XCTAssertEqual(country.first?["label"] as? String, "Germany")
        let leader = try XCTUnwrap(facets["leader"] as? [[String: Any]])
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: leader.map { ($0["value"] as! String, $0["count"] as! Int) }),
                       ["de-friedrich-merz": 2, "fr-emmanuel-macron": 1, "de-olaf-scholz": 1, "us-donald-trump": 1])
        let date = try XCTUnwrap(facets["date"] as? [[String: Any]])
        XCTAssertEqual(date.map { "\($0["value"]!)=\($0["count"]!)" }, ["2024=1", "2025=3"])

        let totals = try XCTUnwrap(o["facet_totals"] as? [String: Int])
        XCTAssertEqual(totals, ["country": 5, "leader": 4, "date": 2, "leader*country": 8])

        let info = try XCTUnwrap(o["facet_info"] as? [String: [String: Any]])
        let ci = try XCTUnwrap(info["country"])
        XCTAssertEqual(Set(ci.keys), ["distinct", "shown", "articles_counted", "exact", "ignores_own_filter", "granularity"])
        XCTAssertEqual(ci["ignores_own_filter"] as? Bool, true)
        XCTAssertEqual(ci["articles_counted"] as? Int, 10)
        XCTAssertEqual(ci["exact"] as? Bool, true)
        XCTAssertTrue(ci["granularity"] is NSNull)
        XCTAssertEqual(info["leader"]?["ignores_own_filter"] as? Bool, false)
        XCTAssertEqual(info["leader"]?["articles_counted"] as? Int, 4)
        XCTAssertEqual(info["date"]?["granularity"] as? String, "year")
        XCTAssertEqual(info["date"]?["shown"] as? Int, 2)
    }

    func testFacetLimitAndTheTopNOfM() throws {
        let o = try json(["--facets", "leader", "--facet-limit", "2", "--limit", "0"])
        XCTAssertEqual((o["facets"] as? [String: [[String: Any]]])?["leader"]?.count, 2)
        XCTAssertEqual((o["facet_totals"] as? [String: Int])?["leader"], 6)
        let text = try ws().search(["--facets", "leader", "--facet-limit", "2", "--limit", "0"])
        XCTAssertTrue(text.stdout.contains("leader (top 2 of 6 values, exact)"), text.stdout)
    }

    func testSpellingSuggestionInJSONAndText() throws {
        let o = try json(["tarifs"])
        XCTAssertEqual(o["total"] as? Int, 0)
        XCTAssertEqual(o["suggestion"] as? String, "tariffs")
        let text = try ws().search(["tarifs"])
        XCTAssertEqual(text.status, 0)
        XCTAssertTrue(text.stdout.contains("Did you mean: tariffs"), text.stdout)
        // The fixture index was built with --spelling, and says so.
        let stats = Fixture.json(try ws().search(["stats", "--json"]).stdout)
        XCTAssertEqual(stats["spelling"] as? Bool, true)
    }

    // MARK: - Text output

    func testTextOutput() throws {
        let r = try ws().search(["trade", "--limit", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.first, "3 articles match \"trade\" (showing 1–2)")
        XCTAssertTrue(r.stdout.contains("1. "), r.stdout)
        XCTAssertTrue(r.stdout.contains("2. "), r.stdout)
        XCTAssertFalse(r.stdout.contains("3. "), r.stdout)
        XCTAssertTrue(r.stdout.contains(try ws().corpus.path + "/f"), "paths are shown: \(r.stdout)")
        XCTAssertFalse(r.stdout.contains("\u{1B}["), "no colour codes when not on a terminal")
    }

    // MARK: - Same command, different spellings

    func testQuerySubcommandIsTheDefault() throws {
        let a = try ws().search(["query", "Xi", "trade", "--json"])
        let b = try ws().search(["Xi", "trade", "--json"])
        XCTAssertEqual(a.status, 0)
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertEqual(try results(try a.object()).count, 2)
    }

    func testSortByDate() throws {
        let newest = try results(try json(["--sort=-date", "--limit", "3"])).compactMap { $0["published"] as? String }
        XCTAssertEqual(newest, ["2025-09-15", "2025-08-20", "2025-07-01"])
        let oldest = try results(try json(["--sort", "date", "--limit", "3"])).compactMap { $0["published"] as? String }
        XCTAssertEqual(oldest, ["2024-04-18", "2024-09-12", "2024-11-05"])
        let relevance = try results(try json(["--sort", "relevance", "title:trade"])).compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(relevance), ["f01-china-us-trade.txt", "f09-surname-mentions.txt", "f10-us-germany.txt"])
    }

    func testPaging() throws {
        var seen: [String] = []
        for offset in [0, 4, 8] {
            let o = try json(["--sort", "date", "--limit", "4", "--offset", String(offset)])
            XCTAssertEqual(o["total"] as? Int, 10)
            XCTAssertEqual(o["offset"] as? Int, offset)
            let page = try results(o)
            XCTAssertEqual(page.first?["rank"] as? Int, offset + 1)
            seen += page.compactMap { $0["id"] as? String }
        }
        XCTAssertEqual(seen.count, 10)
        XCTAssertEqual(Set(seen).count, 10)
        XCTAssertEqual(seen.first, "f05-france-only.txt")
        XCTAssertEqual(seen.last, "f09-surname-mentions.txt")
    }

    func testFiltersFromFlagsAndFromTheQueryString() throws {
        let ids = { (args: [String]) throws -> Set<String> in Set(try self.results(try self.json(args)).compactMap { $0["id"] as? String }) }
        XCTAssertEqual(try ids(["--country", "South Korea"]), [])
        XCTAssertEqual(try ids(["--country", "japanese", "--from", "2025"]), ["f03-japan-us-tariffs.txt", "f08-countries-no-leader.txt"])
        XCTAssertEqual(try ids(["--country", "DE", "--country", "CN", "--leader", "xi"]), ["f01-china-us-trade.txt", "f07-china-japan.txt", "f09-surname-mentions.txt"])
        XCTAssertEqual(try ids(["country:JP", "leader:Shigeru Ishiba", "date:2025"]), ["f03-japan-us-tariffs.txt"])
        XCTAssertEqual(try ids(["leader:\"Friedrich Merz\" date:2025-06..2025-07"]), ["f02-france-germany.txt", "f10-us-germany.txt"])
        XCTAssertEqual(try ids(["mentioned:2025"]), ["f01-china-us-trade.txt", "f10-us-germany.txt"])
        XCTAssertEqual(try ids(["--mentioned-from", "2024-12-01", "--mentioned-to", "2024-12-31"]), ["f07-china-japan.txt"])
        XCTAssertEqual(try ids(["date:2025-10..2025-11"]), [])
    }

    func testExcludingAndORingFieldsInTheQueryString() throws {
        let ids = { (args: [String]) throws -> [String] in try self.results(try self.json(args)).compactMap { $0["id"] as? String } }
        XCTAssertEqual(try ids(["trade -country:US"]), ["f09-surname-mentions.txt"])
        XCTAssertEqual(try ids(["trade", "NOT", "country:US"]), ["f09-surname-mentions.txt"])
        XCTAssertEqual(Set(try ids(["country:US OR country:JP"])).count, 5)
        // One word holding syntax is not a country name with its quotes stripped.
        let r = try ws().search(["country:US OR trade"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("country:US is a filter"), r.stderr)
    }

    func testBatchQueriesFromStandardInput() throws {
        let r = try CLI.run(["query", "--stdin", "--json", "--index", try ws().index.path],
                            stdin: "tariffs --limit 1\n--country FR --limit 0\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        let answers = try r.lines()
        XCTAssertEqual(answers.count, 2)
        XCTAssertEqual(answers[0]["total"] as? Int, 3)
        XCTAssertEqual((answers[0]["results"] as? [Any])?.count, 1)
        XCTAssertEqual(answers[1]["total"] as? Int, 3)
    }
}

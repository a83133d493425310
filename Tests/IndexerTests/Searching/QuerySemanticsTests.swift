import Foundation
import XCTest
@testable import Indexer

/// Issue 12, query semantics: every answer right. Accents fold, wildcards and query length are
/// bounded, stopwords drop and plain words fall back to any-word matching, negated-only queries,
/// explicit AND between field values, field values that run into words, and date histograms
/// over their own span. One small folder written for these tests.
final class QuerySemanticsTests: XCTestCase {
    nonisolated(unsafe) private static var scratch: Scratch!
    nonisolated(unsafe) private static var index = ""
    nonisolated(unsafe) private static var setUpError: Error?

    static let articles: [String: String] = [
        "mx-accent.txt": Scratch.article(title: "Elections in México", date: "2025-01-10", body: """
            Voters in México queued early on Sunday. The election drew crowds in the capital.
            """),
        "mx-plain.txt": Scratch.article(title: "Mexico trade talks resume", date: "2025-02-03", body: """
            Officials from Mexico met their northern neighbours to discuss steel quotas.
            """),
        "cn-soy.txt": Scratch.article(title: "China raises tariffs on soybeans", date: "2022-02-10", body: """
            China said on Thursday it would raise tariffs on imported soybeans. Farmers expected lower prices.
            """),
        "cn-steel.txt": Scratch.article(title: "Steel mills in China slow down", date: "2022-03-28", body: """
            Output at steel mills in China fell for a third month as demand for housing cooled.
            """),
        "kr-jp.txt": Scratch.article(title: "Seoul and Tokyo agree on chips", date: "2022-03-15", body: """
            South Korea and Japan agreed a framework for chip exports. Officials called it the state of \
            the union of two supply chains, and the talks the best in years.
            """),
        "kr.txt": Scratch.article(title: "South Korea exports rise", date: "2023-05-02", body: """
            South Korea reported higher exports of ships and cars in April.
            """),
        "jp.txt": Scratch.article(title: "Japan raises interest rates", date: "2023-07-19", body: """
            The central bank of Japan raised rates for the first time in years.
            """),
    ]

    override class func setUp() {
        super.setUp()
        do {
            scratch = try Scratch()
            var files = articles
            // Wildcard fodder: more distinct `zq…` words than one wildcard may expand to.
            for i in 0..<(Int(QueryLimits.maxWildcardExpansion) + 30) {
                files["zq/\(i).txt"] = Scratch.article(title: "Filler \(i)", date: "2020-01-01", body: "The word zqword\(i) appears here.")
            }
            let folder = try scratch.folder("news", files)
            index = scratch.path("ix")
            _ = try IndexBuilder(indexPath: index).index(folder: folder)
        } catch {
            setUpError = error
        }
    }

    override class func tearDown() {
        scratch?.remove()
        super.tearDown()
    }

    private func search(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> SearchResult {
        if let e = Self.setUpError { throw e }
        var r = SearchRequest(text: text)
        r.exact = true
        r.limit = 200
        configure(&r)
        return try Searcher(indexPath: Self.index).search(r)
    }

    private func ids(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> Set<String> {
        Set(try search(text, configure).hits.map(\.article.id).filter { !$0.hasPrefix("zq/") })
    }

    private func usageError(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> String {
        do {
            _ = try search(text, configure)
        } catch let e as SearchError {
            XCTAssertTrue(e.isUsage, "\(e)")
            return e.description
        }
        XCTFail("'\(text)' was accepted")
        return ""
    }

    // MARK: - 13: accents

    func testAccentedAndPlainSpellingsFindTheSameArticles() throws {
        XCTAssertEqual(try ids("México"), ["mx-accent.txt", "mx-plain.txt"])
        XCTAssertEqual(try ids("Mexico"), ["mx-accent.txt", "mx-plain.txt"])
        XCTAssertEqual(try ids("title:mexico"), ["mx-accent.txt", "mx-plain.txt"])
        // The passage shows the word as written, highlighted.
        let hit = try XCTUnwrap(try search("mexico").hits.first { $0.article.id == "mx-accent.txt" })
        XCTAssertTrue(hit.snippet.contains("<b>México</b>"), hit.snippet)
    }

    func testAnIndexBuiltBeforeAccentFoldingAsksForAFullRebuild() throws {
        let s = try Scratch()
        defer { s.remove() }
        let folder = try s.folder("news", ["a.txt": Scratch.article(title: "Old", date: "2024-01-01", body: "Some words.")])
        let ix = s.path("ix")
        _ = try IndexBuilder(indexPath: ix).index(folder: folder)
        let db = try WritableDatabase(path: ix, mode: .createOrOpen)
        try db.setMetadata(Schema.Metadata.schemaVersion, "2")
        try db.commit()
        try db.close()
        XCTAssertThrowsError(try Searcher(indexPath: ix)) { error in
            guard case .outdatedIndex(_, let found)? = error as? SearchError else { return XCTFail("\(error)") }
            XCTAssertEqual(found, 2)
            XCTAssertTrue("\(error)".contains("needs a full rebuild"), "\(error)")
        }
        XCTAssertThrowsError(try IndexBuilder(indexPath: ix).index(folder: folder)) { error in
            guard case .schemaMismatch(_, let found)? = error as? IndexError else { return XCTFail("\(error)") }
            XCTAssertEqual(found, 2)
        }
        var full = IndexOptions()
        full.full = true
        _ = try IndexBuilder(indexPath: ix, options: full).index(folder: folder)
        XCTAssertEqual(try Searcher(indexPath: ix).search(SearchRequest(text: "words")).total, 1)
    }

    // MARK: - 6: bounded wildcards and query length

    func testAWildcardExpandsToABoundedNumberOfTerms() throws {
        let r = try search("zqword*")
        XCTAssertEqual(r.total, Int(QueryLimits.maxWildcardExpansion), "each zqword is in one article; only the bound's worth are used")
    }

    func testManyWildcardsRunInBoundedTime() throws {
        let text = Array(repeating: "zq*", count: 250).joined(separator: " ")
        let started = Date()
        _ = try search(text)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
    }

    func testAQueryOverTheLengthCapIsRefused() throws {
        let text = String(repeating: "c* ", count: 1_000)
        XCTAssertTrue(try usageError(text).contains("limit is \(QueryLimits.maxQueryBytes)"))
        XCTAssertNoThrow(try search(String(repeating: "ab ", count: QueryLimits.maxQueryBytes / 3)))
    }

    func testHugeOffsetsAndLimitsAreUsageErrors() throws {
        XCTAssertTrue(try usageError("china") { $0.offset = Int.max }.contains("offset must be at most"))
        XCTAssertTrue(try usageError("china") { $0.limit = Int.max }.contains("limit must be at most"))
    }

    // MARK: - 12: stopwords and the any-word fallback

    func testStopwordsAreDroppedFromQueriesButPhrasesKeepThem() throws {
        // "what", "did", "about", "in" are stopwords: the question asks for China and soybeans.
        let r = try search("what did China say about soybeans")
        XCTAssertEqual(r.fallback, .any, "no article says 'say'")
        XCTAssertEqual(try ids("what about China soybeans in"), ["cn-soy.txt"])
        XCTAssertNil(try search("what about China soybeans in").fallback)
        // The index keeps every word, so a phrase with stopwords matches exactly.
        XCTAssertEqual(try ids("\"state of the union\""), ["kr-jp.txt"])
        XCTAssertEqual(try ids("\"state of a union\""), [])
    }

    func testNoArticleWithEveryWordFallsBackToAnyWordRanked() throws {
        let r = try search("soybeans housing")
        XCTAssertEqual(r.fallback, .any)
        XCTAssertEqual(Set(r.hits.map(\.article.id)), ["cn-soy.txt", "cn-steel.txt"])
        XCTAssertNil(try search("China steel").fallback, "an article has both")
        // Not plain words: operators, phrases and fields mean what they say.
        XCTAssertEqual(try search("soybeans AND housing").total, 0)
        XCTAssertNil(try search("soybeans AND housing").fallback)
        XCTAssertNil(try search("\"soybeans housing\"").fallback)
        XCTAssertEqual(try search("soybeans housing country:JP").total, 0)
    }

    // MARK: - 11: negated words only

    func testOnlyNegatedWordsMatchEveryArticleWithoutThem() throws {
        let all = try search("").total
        let china = try search("china").total
        XCTAssertEqual(try search("-china").total, all - china)
        XCTAssertFalse(try ids("-china").contains("cn-soy.txt"))
        XCTAssertEqual(try search("-china -mexico").total, all - china - 2)
        XCTAssertEqual(try search("NOT china").total, all - china)
    }

    // MARK: - 10: AND and OR between field values

    func testExplicitANDBetweenFieldValuesRequiresBoth() throws {
        XCTAssertEqual(try ids("country:KR AND country:JP"), ["kr-jp.txt"])
        XCTAssertEqual(try ids("country:KR OR country:JP"), ["kr-jp.txt", "kr.txt", "jp.txt"])
        XCTAssertEqual(try ids("country:KR country:JP"), ["kr-jp.txt", "kr.txt", "jp.txt"], "repeated values are OR-ed")
        XCTAssertEqual(try ids("exports country:KR AND country:JP"), ["kr-jp.txt"])
    }

    func testRepeatedFilterValuesAreORedAndAllValuesANDsThem() throws {
        XCTAssertEqual(try ids("") { $0.countries = ["KR", "JP"] }, ["kr-jp.txt", "kr.txt", "jp.txt"])
        XCTAssertEqual(try ids("") { $0.countries = ["KR", "JP"]; $0.allValues = true }, ["kr-jp.txt"])
    }

    // MARK: - 9: a field value that runs into the words after it

    func testAFieldValueRunningIntoWordsTakesTheLongestKnownValue() throws {
        // What the CLI makes of the one argument 'country:CN tariffs'.
        XCTAssertEqual(try ids("country:\"CN tariffs\""), ["cn-soy.txt"])
        XCTAssertEqual(try ids("country:\"South Korea exports\""), ["kr-jp.txt", "kr.txt"])
        XCTAssertEqual(try ids("country:\"South Korea ships\""), ["kr.txt"])
        XCTAssertEqual(try ids("country:\"South Korea\""), ["kr-jp.txt", "kr.txt"])
        let message = try usageError("country:\"Narnia tariffs\"")
        XCTAssertTrue(message.contains("unknown country 'Narnia tariffs'"), message)
        XCTAssertTrue(message.contains("quote"), message)
    }

    // MARK: - 14: date histograms over their own span

    func testDateHistogramHonoursItsOwnRangeAndListsEveryBucket() throws {
        let r = try search("") { $0.from = "2022-02"; $0.to = "2022-03"; $0.facets = [FacetSpec(.date, granularity: .day)] }
        let f = try XCTUnwrap(r.facets.first)
        XCTAssertFalse(f.ignoresOwnFilter)
        XCTAssertEqual(f.values.count, 28 + 31, "every day of February and March 2022")
        XCTAssertEqual(f.values.first?.value, "2022-02-01")
        XCTAssertEqual(f.values.last?.value, "2022-03-31")
        XCTAssertEqual(f.values.filter { $0.count > 0 }.map(\.value), ["2022-02-10", "2022-03-15", "2022-03-28"])
        XCTAssertEqual(f.values.reduce(0) { $0 + $1.count }, 3)

        let months = try search("") { $0.facets = [FacetSpec(.date, granularity: .month)]; $0.from = "2022" ; $0.to = "2025-02" }
        let m = try XCTUnwrap(months.facets.first)
        XCTAssertEqual(m.values.count, 12 * 3 + 2, "2022-01 … 2025-02, empty months included")
        XCTAssertEqual(m.values.first { $0.value == "2022-06" }?.count, 0)
    }
}

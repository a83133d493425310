import Foundation
import XCTest
@testable import Indexer

/// Answers whose values are known by construction over 1,200 tiny articles: when a total is an
/// estimate (the searcher counts the first 1,000 matches exactly), when "did you mean" is
/// offered (under 10 matches), and the rank order of a word repeated 1–4 times.
final class CountingAndRankingTests: IndexedOnceTestCase {
    static let fillers = 1_200

    /// Article `i` says "harbour" unless i % 4 == 0 and "crane" unless i % 3 == 0, so
    /// "harbour OR crane" matches all but i % 12 == 0: 1,100 articles; "harbour" alone 900.
    static func filler(_ i: Int) -> String {
        var words = ["Notes", "from", "the", "quay"]
        if i % 4 != 0 { words.append("harbour") }
        if i % 3 != 0 { words.append("crane") }
        // "election" in 40 articles, the misspelling "electon" in 9, "electin" in 10.
        if i < 40 { words.append("election") }
        if (40..<49).contains(i) { words.append("electon") }
        if (49..<59).contains(i) { words.append("electin") }
        return Scratch.article(title: "Quay log", date: "2025-01-01", body: words.joined(separator: " ") + ".")
    }

    /// Four articles of equal length and title; "lighthouse" appears N times in `lightN.txt`,
    /// so the ranking (BM25, same length, more occurrences scores higher) is light4 … light1.
    static func lighthouse(_ n: Int) -> String {
        let words = Array(repeating: "lighthouse", count: n) + Array(repeating: "shore", count: 6 - n)
        return Scratch.article(title: "Coast notes", date: "2025-01-02", body: words.joined(separator: " ") + ".")
    }

    override class func buildIndex(in scratch: Scratch) throws -> String? {
        var files: [String: String] = [:]
        for i in 0..<fillers { files[String(format: "q%04d.txt", i)] = filler(i) }
        for n in 1...4 { files["light\(n).txt"] = lighthouse(n) }
        var options = IndexOptions()
        options.spelling = true
        return try scratch.index(files, options: options).index
    }

    private func search(_ text: String, exact: Bool = false, limit: Int = 10) throws -> SearchResult {
        var r = SearchRequest(text: text)
        r.exact = exact
        r.limit = limit
        return try Searcher(indexPath: try indexPath()).search(r)
    }

    func testTotalIsAnEstimateBeyondTheFirstThousandMatchesAndExactWhenAsked() throws {
        let estimated = try search("harbour OR crane")
        XCTAssertFalse(estimated.exact, "1,100 matches: only the first 1,000 are counted")
        XCTAssertGreaterThanOrEqual(estimated.total, 1_000)
        XCTAssertLessThanOrEqual(estimated.total, Self.fillers + 4, "never more than the articles in the index")
        let counted = try search("harbour OR crane", exact: true)
        XCTAssertTrue(counted.exact)
        XCTAssertEqual(counted.total, Self.fillersMatchingEither)
        // Under the threshold the default count is already exact.
        let small = try search("harbour AND crane")
        XCTAssertTrue(small.exact)
        XCTAssertEqual(small.total, 600)   // i % 4 != 0 and i % 3 != 0: 1,200 × 3/4 × 2/3
    }

    static let fillersMatchingEither = (0..<fillers).filter { $0 % 4 != 0 || $0 % 3 != 0 }.count

    func testDidYouMeanOnlyUnderTenMatches() throws {
        let nine = try search("electon", exact: true)
        XCTAssertEqual(nine.total, 9)
        XCTAssertEqual(nine.suggestion, "election")
        let ten = try search("electin", exact: true)
        XCTAssertEqual(ten.total, 10)
        XCTAssertNil(ten.suggestion, "ten matches: no suggestion")
        XCTAssertNil(try search("election", exact: true).suggestion)
    }

    func testRelevanceOrderFollowsHowOftenTheWordAppears() throws {
        let r = try search("lighthouse", exact: true)
        XCTAssertEqual(r.hits.map(\.article.id), ["light4.txt", "light3.txt", "light2.txt", "light1.txt"])
        XCTAssertEqual(r.hits.map(\.rank), [1, 2, 3, 4])
        let scores = r.hits.map(\.score)
        XCTAssertEqual(scores, scores.sorted(by: >))
        XCTAssertEqual(Set(scores).count, 4, "each count of the word scores differently: \(scores)")
    }
}

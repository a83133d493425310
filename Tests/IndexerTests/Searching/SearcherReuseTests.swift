import Foundation
import XCTest
@testable import Indexer

/// Issue 18: a searcher keeps its query parser and snippet stemmer from one query to the next.
/// A run of different queries on one searcher answers exactly as a fresh searcher per query
/// does, and a commit that `refresh()` picks up reaches the kept parser.
final class SearcherReuseTests: ScratchTestCase {
    private static let articles: [String: String] = [
        "trade.txt": Scratch.article(title: "Trade talks resume", date: "2025-02-03",
                                     body: "Officials met to discuss steel quotas and the trade in rice."),
        "steel.txt": Scratch.article(title: "Steel mills slow down", date: "2025-03-28",
                                     body: "Output at the steel mills fell as demand for housing cooled."),
        "rice.txt": Scratch.article(title: "Rice harvest", date: "2025-04-11",
                                    body: "Farmers brought in the rice early; the state of the harvest pleased the ministry."),
    ]

    /// What an answer says, in a form two answers can be compared by.
    private func summary(_ result: Result<SearchResult, Error>) -> String {
        switch result {
        case .success(let r):
            let hits = r.hits.map { "\($0.article.id) \($0.snippet)" }.joined(separator: " | ")
            return "\(r.total) \(r.exact) \(r.parsedQuery) \(r.fallback.map { "\($0)" } ?? "-") \(r.suggestion ?? "-") [\(hits)]"
        case .failure(let e):
            return "error: \(e)"
        }
    }

    func testOneSearcherAnswersAsFreshSearchersDo() throws {
        let index = try scratch.index(Self.articles).index
        let queries = ["trade", "-trade", "steel quotas", "steel unicorn", "-steel -rice", "\"steel quotas\"", "mill*",
                       "title:trade", "trade -steel", "the state of the harvest", "rice OR steel", "(((", "steel", "-housing"]
        let shared = try Searcher(indexPath: index)
        for q in queries {
            var r = SearchRequest(text: q)
            r.exact = true
            let fresh = summary(Result { try Searcher(indexPath: index).search(r) })
            let reused = summary(Result { try shared.search(r) })
            XCTAssertEqual(reused, fresh, "query \(q)")
        }
        // The negated-only and any-word queries set the parser to OR for a moment: plain words are AND again after.
        var both = SearchRequest(text: "steel rice")
        both.exact = true
        XCTAssertEqual(try shared.search(both).hits.map(\.article.id), ["trade.txt"])
    }

    func testACommitPickedUpByRefreshReachesTheKeptParser() throws {
        let (folder, index) = try scratch.index(Self.articles)
        let searcher = try Searcher(indexPath: index)
        var r = SearchRequest(text: "zanzib*")
        r.exact = true
        XCTAssertEqual(try searcher.search(r).total, 0)

        try Scratch.article(title: "Spice harbour", date: "2025-05-05", body: "Zanzibar harbour exported cloves.")
            .write(toFile: (folder as NSString).appendingPathComponent("zanzibar.txt"), atomically: true, encoding: .utf8)
        _ = try IndexBuilder(indexPath: index, options: IndexOptions()).index(folder: folder)
        searcher.refresh()

        let after = try searcher.search(r)
        XCTAssertEqual(after.total, 1, "the wildcard expands over the words of the new commit")
        XCTAssertEqual(after.hits.first?.snippet.contains("<b>Zanzibar</b>"), true, after.hits.first?.snippet ?? "no hit")
    }
}

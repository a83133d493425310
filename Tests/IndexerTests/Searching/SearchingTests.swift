import Foundation
import XCTest
@testable import Indexer

/// Ranked search over a small folder written for the test: ranking, phrases, snippets,
/// the query language, spelling, sorting, paging, relative dates, `show` and `stats`.
final class SearchingTests: IndexedOnceTestCase {
    nonisolated(unsafe) private static var folder = ""

    /// 2025-11-20 12:00 UTC: "today" for the relative-date filters.
    static let today = Date(timeIntervalSince1970: 1_763_640_000)

    static let longBody: String = {
        var sentences: [String] = []
        for i in 1...30 {
            sentences.append(i == 15 ? "Engineers finished new signalling equipment on the northern line."
                                     : "Passenger numbers on route \(i) stayed close to last year's figures.")
        }
        return sentences.joined(separator: " ")
    }()

    static let articles: [String: String] = [
        // Title match, no body mention.
        "ceasefire-title.txt": Scratch.article(title: "Ceasefire holds along the border", date: "2025-11-20", body: """
            Soldiers on both sides stayed in their positions overnight. Villagers returned to their \
            fields and markets reopened in the valley. Officials said supplies of water and fuel \
            were arriving by road.
            """),
        // A passing mention in a body of similar length.
        "ceasefire-body.txt": Scratch.article(title: "Grain prices climb at the market", date: "2025-11-19", body: """
            Farmers in the valley sold wheat and barley at higher prices this week. Traders blamed \
            poor rain and rising fuel costs. One trader said the ceasefire had not yet changed much \
            for buyers.
            """),
        "truce-adjacent.txt": Scratch.article(title: "Neighbours agree a trade truce", date: "2025-11-15", body: """
            The two governments agreed a trade truce on Friday, pausing new tariffs for ninety days. \
            Exporters welcomed the news.
            """),
        "truce-apart.txt": Scratch.article(title: "Port workers strike", date: "2025-11-05", body: """
            Trade unions at the port called a strike over pay. Talks broke down before any truce \
            could be reached. The tariff on imported steel was not discussed.
            """),
        "election.txt": Scratch.article(title: "Mayor wins the election", date: "2025-10-10", body: """
            The mayor won a second term in the city election with a large majority. Turnout was \
            higher than in the last election.
            """),
        "tariffs.txt": Scratch.article(title: "Steel tariffs rise", date: "2025-06-01", body: """
            New tariffs on steel took effect. Builders said costs would rise.
            """),
        "rail/report.txt": Scratch.article(title: "Annual report on rail transport", date: "2024-03-01", body: longBody),
    ]

    /// Publication order, oldest first.
    static let byDate = ["rail/report.txt", "tariffs.txt", "election.txt", "truce-apart.txt",
                         "truce-adjacent.txt", "ceasefire-body.txt", "ceasefire-title.txt"]

    override class func buildIndex(in scratch: Scratch) throws -> String? {
        var options = IndexOptions()
        options.spelling = true   // testSpellingSuggestion
        let built = try scratch.index(articles, options: options)
        folder = built.folder
        return built.index
    }

    private func searcher() throws -> Searcher {
        let s = try Searcher(indexPath: try indexPath())
        s.today = Self.today
        return s
    }

    private func search(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> SearchResult {
        var r = SearchRequest(text: text)
        r.exact = true
        r.limit = 50
        configure(&r)
        return try searcher().search(r)
    }

    private func ids(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> [String] {
        try search(text, configure).hits.map(\.article.id)
    }

    // MARK: - Ranking and the query language

    func testATitleMatchOutranksAPassingMention() throws {
        let r = try search("ceasefire")
        XCTAssertEqual(r.total, 2)
        XCTAssertEqual(r.hits.map(\.article.id), ["ceasefire-title.txt", "ceasefire-body.txt"])
        XCTAssertGreaterThan(r.hits[0].score, r.hits[1].score)
        XCTAssertEqual(r.hits[0].percent, 100)
        XCTAssertEqual(r.hits.map(\.rank), [1, 2])
    }

    func testPhraseMatchesOnlyAdjacentWords() throws {
        XCTAssertEqual(try ids("\"trade truce\""), ["truce-adjacent.txt"])
        XCTAssertEqual(Set(try ids("trade truce")), ["truce-adjacent.txt", "truce-apart.txt"])
        XCTAssertEqual(try ids("\"truce trade\""), [], "a phrase keeps its order")
        // NEAR allows a gap within its window (10 words by default).
        XCTAssertEqual(try ids("trade NEAR truce"), ["truce-adjacent.txt"])
        XCTAssertEqual(Set(try ids("trade NEAR/20 truce")), ["truce-adjacent.txt", "truce-apart.txt"])
    }

    func testWildcard() throws {
        XCTAssertEqual(Set(try ids("tarif*")), ["tariffs.txt", "truce-adjacent.txt", "truce-apart.txt"])
    }

    func testTitlePrefix() throws {
        XCTAssertEqual(try ids("title:ceasefire"), ["ceasefire-title.txt"])
        XCTAssertEqual(try ids("title:truce"), ["truce-adjacent.txt"])
        XCTAssertEqual(try ids("title:valley"), [])
    }

    func testBooleanOperators() throws {
        XCTAssertEqual(try ids("truce NOT strike"), ["truce-adjacent.txt"])
        XCTAssertEqual(try ids("truce -strike"), ["truce-adjacent.txt"])
        XCTAssertEqual(Set(try ids("election OR ceasefire")), ["election.txt", "ceasefire-title.txt", "ceasefire-body.txt"])
        XCTAssertEqual(try ids("election AND ceasefire"), [])
        // A pure NOT matches everything else.
        XCTAssertEqual(try search("NOT truce").total, 5)
    }

    func testStemming() throws {
        // "agreeing" and "agreed" share the stem "agre".
        XCTAssertEqual(try ids("agreeing"), ["truce-adjacent.txt"])
        XCTAssertEqual(Set(try ids("tariff")), ["tariffs.txt", "truce-adjacent.txt", "truce-apart.txt"])
    }

    func testSpellingSuggestion() throws {
        let r = try search("electon")
        XCTAssertEqual(r.total, 0)
        XCTAssertEqual(r.suggestion, "election")
        XCTAssertEqual(try search("tarifs").suggestion, "tariffs")
        XCTAssertNil(try search("election").suggestion)
    }

    func testBadQueryIsAUsageError() throws {
        XCTAssertThrowsError(try search("trade AND")) { error in
            guard let e = error as? SearchError, case .badQuery = e else { return XCTFail("\(error)") }
            XCTAssertTrue(e.isUsage)
        }
    }

    // MARK: - Snippets

    func testSnippetHighlightsTheMatchedWords() throws {
        let hit = try XCTUnwrap(try search("\"trade truce\"").hits.first)
        // Adjacent matched words share one highlight.
        XCTAssertTrue(hit.snippet.contains("agreed a <b>trade truce</b> on Friday"), hit.snippet)
        let words = try XCTUnwrap(try search("tariffs exporters").hits.first)
        XCTAssertTrue(words.snippet.contains("new <b>tariffs</b> for"), words.snippet)
        XCTAssertTrue(words.snippet.contains("<b>Exporters</b> welcomed"), words.snippet)
        // Stemmed: the query says "agreeing", the text says "agreed".
        let stemmed = try XCTUnwrap(try search("agreeing").hits.first)
        XCTAssertTrue(stemmed.snippet.contains("<b>agreed</b>"), stemmed.snippet)
        XCTAssertFalse(stemmed.snippet.contains("<b>agreeing</b>"))
    }

    /// Without snippets the hits skip the stored body but are otherwise the same hits.
    func testHitsWithoutSnippetsSkipOnlyTheBody() throws {
        for text in ["trade", "ceasefire OR tariffs", "\"trade truce\"", ""] {
            let with = try search(text).hits
            let without = try search(text) { $0.snippets = false }.hits
            XCTAssertEqual(without.map(\.docid), with.map(\.docid), text)
            XCTAssertEqual(without.map(\.score), with.map(\.score), text)
            for (w, o) in zip(with, without) {
                XCTAssertEqual(o.snippet, "")
                XCTAssertEqual(o.article.body, "")
                XCTAssertFalse(w.article.body.isEmpty)
                var header = w.article
                header.body = ""
                XCTAssertEqual(o.article, header, text)
            }
        }
    }

    func testSnippetIsAbout200BytesAroundTheMatch() throws {
        let hit = try XCTUnwrap(try search("signalling").hits.first)
        XCTAssertEqual(hit.article.id, "rail/report.txt")
        XCTAssertTrue(hit.snippet.contains("<b>signalling</b>"), hit.snippet)
        let plain = hit.snippet.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
        XCTAssertGreaterThan(Self.longBody.utf8.count, 1_500)
        XCTAssertGreaterThanOrEqual(plain.utf8.count, 150, plain)
        XCTAssertLessThanOrEqual(plain.utf8.count, 230, plain)
        // The match sits in the middle of the body, so text is left out on both sides.
        XCTAssertTrue(plain.hasPrefix("…") && plain.hasSuffix("…"), plain)
    }

    func testSnippetWithoutABodyMatchIsTheOpening() throws {
        // "ceasefire" is only in this article's title.
        let hit = try XCTUnwrap(try search("title:ceasefire").hits.first)
        XCTAssertTrue(hit.snippet.hasPrefix("Soldiers on both sides stayed in their positions overnight."), hit.snippet)
        XCTAssertFalse(hit.snippet.contains("<b>"))
        // With no words at all, too; long bodies are cut at a space near 200 bytes.
        let all = try search("", { $0.sort = .date })
        let report = try XCTUnwrap(all.hits.first { $0.article.id == "rail/report.txt" })
        XCTAssertTrue(report.snippet.hasPrefix("Passenger numbers on route 1 stayed"), report.snippet)
        XCTAssertTrue(report.snippet.hasSuffix("…"), report.snippet)
        XCTAssertLessThanOrEqual(report.snippet.utf8.count, 200 + "…".utf8.count)
        XCTAssertGreaterThan(report.snippet.utf8.count, 150)
    }

    func testSnippetEscapesHTML() throws {
        let s = try Scratch()
        defer { s.remove() }
        let folder = try s.folder("n", ["a.txt": Scratch.article(title: "Markup", date: "2025-01-01",
                                                                body: "Profits rose <5% at Smith & Sons, said \"analysts\".")])
        _ = try IndexBuilder(indexPath: s.path("ix")).index(folder: folder)
        let hit = try XCTUnwrap(try Searcher(indexPath: s.path("ix")).search(SearchRequest(text: "profits")).hits.first)
        XCTAssertTrue(hit.snippet.contains("<b>Profits</b> rose &lt;5% at Smith &amp; Sons"), hit.snippet)
        // The opening shown for a title-only match is escaped the same way.
        let opening = try XCTUnwrap(try Searcher(indexPath: s.path("ix")).search(SearchRequest(text: "title:markup")).hits.first)
        XCTAssertEqual(opening.snippet, "Profits rose &lt;5% at Smith &amp; Sons, said \"analysts\".")
    }

    // MARK: - Order and pages

    func testSortByDate() throws {
        XCTAssertEqual(try ids("", { $0.sort = .date }), Self.byDate)
        XCTAssertEqual(try ids("", { $0.sort = .newest }), Self.byDate.reversed())
        // Sorting applies to text matches too.
        XCTAssertEqual(try ids("tariff", { $0.sort = .date }), ["tariffs.txt", "truce-apart.txt", "truce-adjacent.txt"])
        XCTAssertEqual(try ids("tariff", { $0.sort = .newest }), ["truce-adjacent.txt", "truce-apart.txt", "tariffs.txt"])
    }

    func testOffsetAndLimitPage() throws {
        var pages: [String] = []
        var ranks: [Int] = []
        for offset in stride(from: 0, to: 9, by: 3) {
            let r = try search("", { $0.sort = .date; $0.offset = offset; $0.limit = 3 })
            XCTAssertEqual(r.total, 7)
            XCTAssertEqual(r.offset, offset)
            pages += r.hits.map(\.article.id)
            ranks += r.hits.map(\.rank)
        }
        XCTAssertEqual(pages, Self.byDate)
        XCTAssertEqual(ranks, Array(1...7))
        let past = try search("", { $0.offset = 20; $0.limit = 5 })
        XCTAssertEqual(past.hits.count, 0)
        XCTAssertEqual(past.total, 7)
        XCTAssertEqual(try search("", { $0.limit = 0 }).hits.count, 0)
        XCTAssertThrowsError(try search("", { $0.limit = -1 }))
    }

    func testTotalIsExactWhenAsked() throws {
        let r = try search("", { $0.limit = 1 })
        XCTAssertTrue(r.exact)
        XCTAssertEqual(r.total, 7)
    }

    // MARK: - Dates relative to today

    func testRelativeDateFilters() throws {
        XCTAssertEqual(try ids("", { $0.from = "today" }), ["ceasefire-title.txt"])
        XCTAssertEqual(Set(try ids("", { $0.from = "yesterday" })), ["ceasefire-title.txt", "ceasefire-body.txt"])
        XCTAssertEqual(try ids("", { $0.from = "yesterday"; $0.to = "yesterday" }), ["ceasefire-body.txt"])
        // 7d: the last seven days, today included (2025-11-14 … 2025-11-20).
        XCTAssertEqual(Set(try ids("", { $0.from = "7d" })), ["ceasefire-title.txt", "ceasefire-body.txt", "truce-adjacent.txt"])
        XCTAssertEqual(Set(try ids("date:7d")), ["ceasefire-title.txt", "ceasefire-body.txt", "truce-adjacent.txt"])
        XCTAssertEqual(try search("", { $0.from = "this-month" }).total, 4)
        XCTAssertEqual(try ids("", { $0.from = "last-month"; $0.to = "last-month" }), ["election.txt"])
        XCTAssertEqual(try search("", { $0.to = "yesterday" }).total, 6)
        XCTAssertEqual(try search("", { $0.from = "this-year" }).total, 6)
        XCTAssertEqual(try ids("", { $0.from = "last-year"; $0.to = "last-year" }), ["rail/report.txt"])
    }

    func testAbsoluteDateFilters() throws {
        XCTAssertEqual(Set(try ids("", { $0.from = "2025-11" })), ["ceasefire-title.txt", "ceasefire-body.txt", "truce-adjacent.txt", "truce-apart.txt"])
        XCTAssertEqual(try ids("", { $0.to = "2024" }), ["rail/report.txt"])
        XCTAssertEqual(try ids("", { $0.from = "2025-06-01"; $0.to = "2025-06-01" }), ["tariffs.txt"])
        XCTAssertEqual(Set(try ids("date:2025-10..2025-11-05")), ["election.txt", "truce-apart.txt"])
        XCTAssertThrowsError(try search("", { $0.from = "2025-13" })) { error in
            XCTAssertTrue((error as? SearchError)?.isUsage ?? false, "\(error)")
        }
        XCTAssertThrowsError(try search("", { $0.from = "2025-12"; $0.to = "2025-01" }))
    }

    // MARK: - show and stats

    func testArticleByIDAndByPath() throws {
        let s = try searcher()
        let byID = try XCTUnwrap(try s.article("rail/report.txt"))
        XCTAssertEqual(byID.title, "Annual report on rail transport")
        XCTAssertEqual(byID.body, Self.longBody)
        let path = (Self.folder as NSString).appendingPathComponent("rail/report.txt")
        XCTAssertEqual(byID.path, path)
        let byPath = try XCTUnwrap(try s.article(path))
        XCTAssertEqual(byPath, byID)
        XCTAssertNil(try s.article("no/such/article.txt"))
        XCTAssertNil(try s.article((Self.folder as NSString).appendingPathComponent("missing.txt")))
    }

    func testStats() throws {
        let stats = try searcher().stats()
        XCTAssertEqual(stats.documents, 7)
        XCTAssertGreaterThan(stats.bytes, 1_000)
        XCTAssertEqual(stats.firstPublished, "2024-03-01")
        XCTAssertEqual(stats.lastPublished, "2025-11-20")
        XCTAssertEqual(stats.info.roots.map(\.path), [Self.folder])
        let updated = try XCTUnwrap(stats.info.updated)
        XCTAssertLessThan(abs(updated.timeIntervalSinceNow), 3_600)
        XCTAssertEqual(stats.info.lastRun?.added, 7)
        XCTAssertEqual(stats.info.schema, Schema.version)
        XCTAssertEqual(stats.shards.count, 1)
    }

    func testNoIndex() {
        XCTAssertThrowsError(try Searcher(indexPath: "/nonexistent/newsindex")) { error in
            guard let e = error as? SearchError, case .noIndex = e else { return XCTFail("\(error)") }
            XCTAssertFalse(e.isUsage)
            XCTAssertTrue(e.description.contains("/nonexistent/newsindex"), e.description)   // the CLI adds how to build one
        }
    }
}

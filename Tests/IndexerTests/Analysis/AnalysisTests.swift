import Foundation
import XCTest
@testable import Indexer

/// Trends, telling terms, "more like this", collapsing, networks and saved searches over small
/// folders written here, where every expected number follows from how the folder was built.
final class AnalysisTests: XCTestCase {
    private var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }
    override func tearDown() { scratch.remove() }

    private func indexed(_ files: [String: String], name: String = "news") throws -> NewsIndex {
        let folder = try scratch.folder(name, files)
        let index = NewsIndex(at: scratch.path("ix"))
        _ = try index.index(folder: folder)
        return index
    }

    // MARK: - Trends

    func testTrendShareIsCountOverAllArticlesOfThePeriod() throws {
        // January: 2 articles, 1 about the harbour. February: none. March: 4 articles, 2 about it.
        let index = try indexed([
            "a.md": Scratch.article(title: "Harbour dredging starts", date: "2024-01-10", body: "Work on the harbour began."),
            "b.md": Scratch.article(title: "School term opens", date: "2024-01-20", body: "Pupils went back to class."),
            "c.md": Scratch.article(title: "Harbour reopens", date: "2024-03-02", body: "Boats used the harbour again."),
            "d.md": Scratch.article(title: "Ferry timetable", date: "2024-03-05", body: "The harbour ferry runs hourly."),
            "e.md": Scratch.article(title: "Library hours", date: "2024-03-09", body: "The library opens late on Thursdays."),
            "f.md": Scratch.article(title: "Park benches", date: "2024-03-30", body: "New benches were put in the park."),
        ])
        let trend = try index.trend([SearchRequest(text: "harbour"), SearchRequest(text: "library")], by: .month)
        XCTAssertEqual(trend.series.count, 2)
        let harbour = trend.series[0].points
        XCTAssertEqual(harbour.map(\.period), ["2024-01", "2024-02", "2024-03"])
        XCTAssertEqual(harbour.map(\.count), [1, 0, 2])
        XCTAssertEqual(harbour.map(\.total), [2, 0, 4])
        XCTAssertEqual(harbour.map(\.share), [0.5, 0, 0.5])
        XCTAssertEqual(trend.series[1].points.map(\.count), [0, 0, 1])
        XCTAssertEqual(trend.series[1].points.map(\.period), harbour.map(\.period), "series share their periods")

        let weeks = try index.trend([SearchRequest(text: "harbour")], by: .week).series[0].points
        XCTAssertEqual(weeks.first?.period, "2024-W02")
        XCTAssertEqual(weeks.last?.period, "2024-W13")
        XCTAssertEqual(weeks.count, 12, "every ISO week from the first article to the last, zeros included")
        XCTAssertEqual(weeks.reduce(0) { $0 + $1.count }, 3)

        var filtered = SearchRequest(text: "harbour")
        filtered.from = "2024-03"
        XCTAssertEqual(try index.trend([filtered], by: .month).series[0].points.map(\.period), ["2024-03"],
                       "a publication-date filter narrows the span")
        XCTAssertThrowsError(try index.trend([SearchRequest(text: "")], by: .week, mentioned: true)) { error in
            guard case SearchError.mentionedTrendPeriod = error else { return XCTFail("\(error)") }
        }
    }

    // MARK: - Networks

    func testNetworkLiftIsPairCountTimesArticlesOverNodeCounts() throws {
        let index = try indexed([
            "1.txt": "Talks\n\nMinisters from France and Germany met on Monday.",
            "2.txt": "Border\n\nFrance and Germany opened a new bridge.",
            "3.txt": "Wine\n\nFrance sold more wine abroad.",
            "4.txt": "Cars\n\nGermany built fewer cars.",
            "5.txt": "Trade\n\nJapan and Brazil signed a trade deal.",
            "6.txt": "Football\n\nJapan beat Brazil in a friendly match.",
            "7.txt": "Earthquake\n\nJapan tested its warning system.",
            "8.txt": "Weather\n\nIt rained all week in the valley.",
        ])
        let net = try index.network(.country, SearchRequest(text: ""), minimumCount: 2)
        XCTAssertEqual(net.articles, 8)
        XCTAssertEqual(net.edges.map { "\($0.source)-\($0.target)" }, ["BR-JP", "DE-FR"], "ranked by lift")
        XCTAssertEqual(net.edges[0].count, 2)
        XCTAssertEqual(net.edges[0].lift, 2.0 * 8 / (3 * 2), accuracy: 1e-9)
        XCTAssertEqual(net.edges[1].lift, 2.0 * 8 / (3 * 3), accuracy: 1e-9)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: net.nodes.map { ($0.id, $0.count) }), ["JP": 3, "FR": 3, "DE": 3, "BR": 2])
        XCTAssertEqual(try index.network(.country, SearchRequest(text: ""), minimumCount: 3).edges.count, 0)
    }

    // MARK: - Near-duplicates

    static func story(_ seed: UInt64, words: Int = 260) -> [String] {
        var rng = SplitMix64(state: seed)
        return NearDuplicateSignatureTests.story(&rng, words: words)
    }

    static func md(_ title: String, _ date: String, _ words: [String], lead: String = "") -> String {
        Scratch.article(title: title, date: date, body: lead + NearDuplicateSignatureTests.body(words))
    }

    func testCollapseShowsOneArticlePerStoryAndListsTheCopies() throws {
        let wire = Self.story(1), other = Self.story(2)
        let index = try indexed([
            "wire.md": Self.md("Port strike ends", "2025-03-01", wire),
            "copy-byline.md": Self.md("Dockers go back to work", "2025-03-02", wire, lead: "By Jane Roe, Staff Writer. "),
            "copy-trimmed.md": Self.md("Strike over at the port", "2025-03-02", Array(wire.prefix(200))),
            "other.md": Self.md("Market prices", "2025-03-03", other),
        ])
        var request = SearchRequest(text: "")
        request.collapse = true
        request.facets = [.date]
        let r = try index.search(request)
        XCTAssertEqual(r.total, 2, "two stories")
        XCTAssertEqual(r.totalArticles, 4)
        XCTAssertEqual(r.facets.first?.values.reduce(0) { $0 + $1.count }, 4, "facets count articles")
        let folded = try XCTUnwrap(r.hits.first { $0.duplicateCount > 0 })
        XCTAssertEqual(folded.duplicateCount, 2)
        XCTAssertEqual(Set(folded.duplicateIDs + [folded.article.id]), ["wire.md", "copy-byline.md", "copy-trimmed.md"])
        XCTAssertEqual(r.hits.first { $0.article.id == "other.md" }?.duplicateCount, 0)
        request.collapse = false
        XCTAssertEqual(try index.search(request).total, 4)
    }

    func testCopiesIndexedInLaterRunsJoinTheFirstCluster() throws {
        let wire = Self.story(11)
        let folder = try scratch.folder("news", ["wire.md": Self.md("Flood warning", "2025-05-01", wire)])
        let index = NewsIndex(at: scratch.path("ix"))
        _ = try index.index(folder: folder)
        try Self.md("Rivers rise", "2025-05-02", Array(wire.dropLast(30)), lead: "Updated. ").write(
            toFile: (folder as NSString).appendingPathComponent("copy.md"), atomically: true, encoding: .utf8)
        _ = try index.index(folder: folder)
        var request = SearchRequest(text: "")
        request.collapse = true
        let r = try index.search(request)
        XCTAssertEqual(r.total, 1)
        XCTAssertEqual(r.hits.first?.duplicateCount, 1)
    }

    /// Precision and recall over a test set built by construction: 25 stories, each with three
    /// kinds of copy (byline, trimmed ending, edited words), and 25 stories on the same events
    /// that quote two sentences of them.
    func testDuplicateDetectionPrecisionAndRecall() throws {
        var files: [String: String] = [:]
        var truth: [String: Int] = [:]   // file → story
        for s in 0..<25 {
            let story = Self.story(UInt64(100 + s), words: 180 + (s * 37) % 300)
            var rng = SplitMix64(state: UInt64(900 + s))
            var edited = story
            for _ in 0..<5 { edited[Int(rng.next() % UInt64(edited.count))] = "amended" }
            files["s\(s)-orig.md"] = Self.md("Story \(s)", "2025-01-01", story)
            files["s\(s)-byline.md"] = Self.md("Story \(s) again", "2025-01-02", story, lead: "By Sam Doe and Ann Lee, Correspondents. ")
            files["s\(s)-trim.md"] = Self.md("Story \(s), short", "2025-01-02", Array(story.prefix(story.count * 3 / 4)))
            files["s\(s)-edit.md"] = Self.md("Story \(s), edited", "2025-01-03", edited)
            for kind in ["orig", "byline", "trim", "edit"] { truth["s\(s)-\(kind).md"] = s }
            var sameEvent = Self.story(UInt64(5000 + s), words: 250)
            sameEvent.insert(contentsOf: story.prefix(24), at: 100)
            files["e\(s).md"] = Self.md("Another view of event \(s)", "2025-01-04", sameEvent)
            truth["e\(s).md"] = 1000 + s
        }
        let index = try indexed(files)
        var request = SearchRequest(text: "")
        request.collapse = true
        request.limit = 200
        let r = try index.search(request)
        var clusterOf: [String: Int] = [:]
        for (i, hit) in r.hits.enumerated() { for id in [hit.article.id] + hit.duplicateIDs { clusterOf[id] = i } }
        XCTAssertEqual(clusterOf.count, files.count, "every article is listed once")
        var truePairs = 0, predicted = 0, actual = 0
        let ids = files.keys.sorted()
        for i in ids.indices {
            for j in ids.indices where j > i {
                let same = truth[ids[i]] == truth[ids[j]], grouped = clusterOf[ids[i]] == clusterOf[ids[j]]
                if same { actual += 1 }
                if grouped { predicted += 1 }
                if same && grouped { truePairs += 1 }
            }
        }
        let precision = Double(truePairs) / Double(max(predicted, 1)), recall = Double(truePairs) / Double(actual)
        print("duplicate detection: precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall)) over \(actual) copy pairs")
        XCTAssertGreaterThanOrEqual(precision, 0.98)
        XCTAssertGreaterThanOrEqual(recall, 0.9)
    }

    // MARK: - Telling terms and likeness

    func testTellingTermsPutTheMatchesOwnWordsFirst() throws {
        var files: [String: String] = [:]
        for i in 0..<4 {
            files["air\(i).txt"] = "Airship news \(i)\n\nThe airship crew checked the zeppelin hangar and the mooring mast before the flight."
        }
        for i in 0..<8 {
            files["town\(i).txt"] = "Town news \(i)\n\nThe council checked the budget before the meeting on the flight of stairs at the hall."
        }
        let index = try indexed(files)
        let terms = try index.tellingTerms(SearchRequest(text: "airship"), limit: 5)
        XCTAssertEqual(terms.matches, 4)
        XCTAssertEqual(terms.archive, 12)
        XCTAssertFalse(terms.terms.contains { $0.term == "airship" }, "the query's own word tells nothing")
        let words = terms.terms.map(\.term)
        XCTAssertTrue(Set(words.prefix(4)).isSuperset(of: ["zeppelin", "hangar", "mooring"]), "\(words)")
        let zeppelin = try XCTUnwrap(terms.terms.first { $0.term == "zeppelin" })
        XCTAssertEqual(zeppelin.inResults, 4)
        XCTAssertEqual(zeppelin.inArchive, 4)
        XCTAssertFalse(words.contains("the"))
    }

    func testSimilarRanksTheCloseStoryFirstAndLeavesOutTheArticleAndItsCopies() throws {
        let volcano = """
            The volcano erupted before dawn, sending lava down the northern slope and a column of ash \
            over the valley. Scientists at the observatory said magma had been rising under the crater \
            for weeks. Villages below the crater were cleared as the lava front moved towards the road, \
            and the observatory raised its alert to the highest level for the first time in ten years.
            """
        let index = try indexed([
            "volcano.md": Scratch.article(title: "Volcano erupts", date: "2025-02-01", body: volcano),
            "volcano-copy.md": Scratch.article(title: "Eruption", date: "2025-02-01", body: "From our correspondent. " + volcano),
            "ash.md": Scratch.article(title: "Ash cloud grounds flights", date: "2025-02-02", body: """
                Airlines cancelled flights as ash from the volcano drifted east. The observatory said the \
                crater was still throwing out ash and that lava had stopped short of the road.
                """),
            "budget.md": Scratch.article(title: "Budget passes", date: "2025-02-03", body: """
                The council passed its budget after a long debate about school funding and road repairs.
                """),
            "chess.md": Scratch.article(title: "Chess final", date: "2025-02-04", body: """
                The chess final went to a tie-break after four drawn games in the capital.
                """),
        ])
        let r = try index.similar(to: "volcano.md")
        XCTAssertEqual(r.similarTo, "volcano.md")
        XCTAssertEqual(r.hits.first?.article.id, "ash.md")
        XCTAssertFalse(r.hits.contains { $0.article.id == "volcano.md" || $0.article.id == "volcano-copy.md" })
        XCTAssertThrowsError(try index.similar(to: "nowhere.md")) { error in
            guard case SearchError.noArticle("nowhere.md") = error else { return XCTFail("\(error)") }
        }
    }

    // MARK: - Saved searches

    func testWatchListsOnlyWhatWasIndexedSinceItsLastRun() throws {
        let folder = try scratch.folder("news", [
            "old.txt": "Storm damage\n\nThe storm took roofs off in the town.",
            "calm.txt": "Fair weather\n\nA quiet week of sun.",
        ])
        let index = NewsIndex(at: scratch.path("ix"))
        _ = try index.index(folder: folder)
        try index.addWatch("storms", SearchRequest(text: "storm"))
        XCTAssertThrowsError(try index.addWatch("bad name", SearchRequest(text: "storm")))
        let first = try index.runWatch("storms")
        XCTAssertNil(first.watch.mark, "the first run marks the starting point")
        XCTAssertEqual(first.result.total, 0)

        for (name, text) in ["new.txt": "Storm again\n\nAnother storm hit the coast.", "other.txt": "Markets\n\nPrices held steady."] {
            try text.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        _ = try index.index(folder: folder)
        let second = try NewsIndex(at: scratch.path("ix")).runWatch("storms")
        XCTAssertEqual(second.result.hits.map(\.article.id), ["new.txt"])
        XCTAssertEqual(try NewsIndex(at: scratch.path("ix")).runWatch("storms").result.total, 0, "nothing new since")
        XCTAssertEqual(try index.savedSearches.all().map(\.name), ["storms"], "kept with the index")
        try index.removeWatch("storms")
        XCTAssertThrowsError(try index.runWatch("storms"))
    }
}

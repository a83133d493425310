import Foundation
import XCTest
@testable import Indexer

/// RSS 2.0, RSS 1.0 and Atom, from the hand-written fixtures in Fixtures/articles/feeds.
final class FeedReaderTests: XCTestCase {
    func testRSS2Items() throws {
        let (articles, skipped) = try ReaderFixtures.read("feeds/world.rss")
        XCTAssertEqual(articles.map(\.id), ["feeds/world.rss#1", "feeds/world.rss#2", "feeds/world.rss#3"])
        XCTAssertEqual(articles.map(\.format), ["rss", "rss", "rss"])
        let first = articles[0]
        XCTAssertEqual(first.title, "Brazil and Argentina sign a river accord")
        XCTAssertEqual(first.url, "https://meridian.example/2025/11/01/river-accord")
        XCTAssertEqual(first.published, PartialDate(year: 2025, month: 11, day: 1))
        XCTAssertEqual(first.publishedSource, .feed)
        XCTAssertEqual(first.source, "The Meridian Desk")
        XCTAssertTrue(first.body.hasPrefix("Brazil and Argentina signed an accord"), "content:encoded wins: \(first.body)")
        XCTAssertFalse(first.body.contains("teaser"), first.body)
        XCTAssertFalse(first.body.contains("<p>"), "HTML is rendered as text")
        // An escaped-HTML description.
        XCTAssertEqual(articles[1].body, "Kenya opened a rail line from Nairobi to the coast, the transport ministry said.")
        XCTAssertEqual(articles[1].published, PartialDate(year: 2025, month: 10, day: 28))
        // An unparseable date: indexed without it, and reported.
        XCTAssertNil(articles[2].published)
        XCTAssertEqual(skipped.map(\.reason), [
            "item 3: date \"sometime last week\" not understood; indexed without it",
            "item 4: no text (no content or description)",
        ])
    }

    func testAtomEntries() throws {
        let (articles, skipped) = try ReaderFixtures.read("feeds/science.atom")
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(articles.map(\.id), ["feeds/science.atom#1", "feeds/science.atom#2"])
        XCTAssertEqual(articles.map(\.format), ["atom", "atom"])
        XCTAssertEqual(articles[0].title, "Ice cores from Greenland & Antarctica compared", "type=html title decoded")
        XCTAssertEqual(articles[0].url, "https://polar.example/ice-cores")
        XCTAssertEqual(articles[0].published, PartialDate(year: 2025, month: 11, day: 3), "published before updated")
        XCTAssertEqual(articles[1].published, PartialDate(year: 2025, month: 10, day: 20), "updated when nothing else")
        XCTAssertEqual(articles[1].url, "https://polar.example/glacier-lake")
        XCTAssertEqual(articles[1].body, "Surveyors in Iceland mapped a lake that formed below a retreating glacier.", "xhtml content")
        XCTAssertEqual(articles[0].source, "Polar Science Notes")
    }

    func testRSS1InAnXMLFile() throws {
        let (articles, _) = try ReaderFixtures.read("feeds/digest.xml")
        XCTAssertEqual(articles.map(\.id), ["feeds/digest.xml#1"])
        XCTAssertEqual(articles[0].format, "rss")
        XCTAssertEqual(articles[0].title, "Vietnam widens its ports")
        XCTAssertEqual(articles[0].published, PartialDate(year: 2025, month: 9, day: 14))
        XCTAssertEqual(articles[0].url, "https://digest.example/vietnam-ports")
    }

    func testInvalidXMLKeepsTheItemsBeforeTheError() throws {
        let (articles, skipped) = try ReaderFixtures.read("feeds/broken.rss")
        XCTAssertEqual(articles.map(\.title), ["Peru holds a mining auction"])
        XCTAssertEqual(skipped.count, 1)
        let reason = try XCTUnwrap(skipped.first?.reason)
        XCTAssertTrue(reason.hasPrefix("invalid XML at line 12, column "), reason)
        XCTAssertTrue(reason.hasSuffix("1 article before it read"), reason)
    }

    func testTruncatedFeed() throws {
        let whole = try String(contentsOf: ReaderFixtures.articles.appendingPathComponent("feeds/world.rss"), encoding: .utf8)
        let cut = String(whole[..<whole.range(of: "Norway added")!.lowerBound])   // inside item 3
        let (articles, skipped) = try ReaderFixtures.read(text: cut, as: "cut.rss")
        XCTAssertEqual(articles.map(\.title), ["Brazil and Argentina sign a river accord", "Kenya opens a new rail line"])
        XCTAssertTrue(skipped.last?.reason.contains("the document ends early (truncated?)") ?? false, "\(skipped)")
        // Cut before any item ends: nothing to keep, the file is reported.
        XCTAssertThrowsError(try ReaderFixtures.read(text: String(whole.prefix(300)), as: "cut.rss")) { error in
            XCTAssertTrue((error as? ReadError)?.reason.hasPrefix("invalid XML at line") ?? false, "\(error)")
        }
    }

    func testOutOfLineContentFallsBackToTheSummary() throws {
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>Linked</title><content src="https://x.example/a" type="text/html"/>
            <summary>Lisbon hosted a summit on ocean energy.</summary></entry></feed>
            """
        let (articles, _) = try ReaderFixtures.read(text: atom, as: "x.atom")
        XCTAssertEqual(articles.map(\.body), ["Lisbon hosted a summit on ocean energy."])
    }

    func testXMLThatIsNoArticleFormat() {
        XCTAssertThrowsError(try ReaderFixtures.read(text: "<?xml version=\"1.0\"?><catalog><book/></catalog>", as: "books.xml")) { error in
            XCTAssertEqual((error as? ReadError)?.reason,
                           "XML root <catalog> is not a feed (rss, rdf:RDF, feed), NITF (nitf) or NewsML-G2 (newsItem, newsMessage)")
        }
        XCTAssertThrowsError(try ReaderFixtures.read(text: "<rss><channel><title>x</title></channel></rss>", as: "empty.rss")) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "feed has no items")
        }
    }
}

import Foundation
import XCTest
@testable import Indexer

/// NITF and IPTC NewsML-G2, from the hand-written fixtures in Fixtures/articles/wire.
final class WireReaderTests: XCTestCase {
    func testNITF() throws {
        let a = try ReaderFixtures.readOne("wire/story.nitf.xml")
        // The title is hl1, before the head's title.
        XCTAssertEqual(ArticleMetadata(a), ArticleMetadata(
            id: "wire/story.nitf.xml", title: "Austria and Switzerland agree on an alpine rail tunnel", format: "nitf",
            published: PartialDate(year: 2025, month: 11, day: 2), publishedSource: .metadata, source: "Lakeside Wire"))
        XCTAssertEqual(a.body, """
            VIENNA, Nov. 2

            Austria and Switzerland agreed on Sunday to share the cost of a rail tunnel under the Alps.

            Chancellor Christian Stocker said work would start next year.
            """)
    }

    func testNewsItem() throws {
        let a = try ReaderFixtures.readOne("wire/item.newsml.xml")
        // The date is versionCreated.
        XCTAssertEqual(ArticleMetadata(a), ArticleMetadata(
            id: "wire/item.newsml.xml", title: "Egypt reopens a canal lane after repairs", format: "newsml",
            published: PartialDate(year: 2025, month: 11, day: 6), publishedSource: .metadata, source: "Harbour Newswire"))
        XCTAssertTrue(a.body.hasPrefix("CAIRO, Nov 6\n\nEgypt reopened a lane of the canal"), a.body)
        XCTAssertTrue(a.body.hasSuffix("Ships from India and Singapore were the first to pass."), a.body)
        XCTAssertFalse(a.body.hasPrefix("x"), "the XHTML head's title is not body text")
    }

    func testNewsMessageItems() throws {
        let (articles, skipped) = try ReaderFixtures.read("wire/bundle.newsml.xml")
        XCTAssertEqual(articles.map(\.id), ["wire/bundle.newsml.xml#1", "wire/bundle.newsml.xml#2"])
        XCTAssertEqual(articles.map(\.title), ["Morocco launches a desalination plant", "Greece and Turkey hold coastguard talks"])
        XCTAssertEqual(articles[1].body, "Greece and Turkey held talks on coastguard patrols in the Aegean.", "inline NITF")
        XCTAssertEqual(articles[1].published, PartialDate(year: 2025, month: 11, day: 7))
        XCTAssertEqual(skipped.map(\.reason), ["newsItem 3: NewsML-G2 item has no inline text (inlineXML or inlineData)"])
    }

    func testNITFWithoutBody() {
        let xml = "<nitf><head><title>Only a head</title></head><body><body.head><hedline><hl1>H</hl1></hedline></body.head></body></nitf>"
        XCTAssertThrowsError(try ReaderFixtures.read(text: xml, as: "x.xml")) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "NITF document has no body text (body.content)")
        }
    }

    func testInvalidNITFIsReported() {
        let xml = "<nitf><body><body.content><p>Text & more</p></body.content></body></nitf>"
        XCTAssertThrowsError(try ReaderFixtures.read(text: xml, as: "x.xml")) { error in
            XCTAssertTrue((error as? ReadError)?.reason.hasPrefix("invalid XML at line 1, column") ?? false, "\(error)")
        }
    }
}

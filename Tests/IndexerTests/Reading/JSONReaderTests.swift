import XCTest
@testable import Indexer

final class JSONReaderTests: XCTestCase {
    func testSingleObject() throws {
        let a = try ReaderFixtures.readOne("json/single.json")
        // A source object gives its name.
        XCTAssertEqual(ArticleMetadata(a), ArticleMetadata(
            id: "json/single.json", title: "Single object story",
            published: PartialDate(year: 2025, month: 11, day: 1), publishedSource: .metadata,
            url: "https://example.org/1", source: "Example Wire"))
        XCTAssertEqual(a.body, "The body of the story.")
    }

    func testArrayKeepsGoodRecordsAndReportsBadOnes() throws {
        let (articles, skipped) = try ReaderFixtures.read("json/array.json")
        XCTAssertEqual(articles.map(\.id), ["json/array.json#1", "json/array.json#4"])
        XCTAssertEqual(articles[0].published, PartialDate(year: 2025, month: 11, day: 1))
        XCTAssertEqual(articles[1].published, PartialDate(year: 2025, month: 11, day: 1), "Unix seconds")
        XCTAssertEqual(skipped.map(\.reason), ["item 2: no body text", "item 3: not a JSON object"])
        XCTAssertEqual(skipped.first?.path, "json/array.json")
    }

    func testWrapperObjectWithArticlesArray() throws {
        let (articles, _) = try ReaderFixtures.read("json/wrapped.json")
        XCTAssertEqual(articles.count, 1)
        XCTAssertEqual(articles.first?.id, "json/wrapped.json#1")
        XCTAssertEqual(articles.first?.body, "Lead.\n\nWrapped body.")
    }

    func testKeyedArticlesWithStructuredBody() throws {
        let (articles, _) = try ReaderFixtures.read("json/keyed.json")
        XCTAssertEqual(articles.map(\.title), ["First version", "Second version"], "keys in natural order")
        XCTAssertEqual(articles.map(\.id), ["json/keyed.json#1", "json/keyed.json#2"])
        XCTAssertEqual(articles[0].body, "Sub head\n\nPara one.")
        XCTAssertEqual(articles[1].body, "Summary line.\n\nPara two A.\n\nPara two B.")
        XCTAssertEqual(articles[1].published, PartialDate(year: 2024, month: 4, day: 25))
    }

    func testMalformedJSONIsAnError() {
        XCTAssertThrowsError(try ReaderFixtures.read("json/malformed.json")) { error in
            XCTAssertTrue((error as? ReadError)?.reason.hasPrefix("malformed JSON") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try ReaderFixtures.read(text: "{\"x\": 1}", as: "n.json")) { error in
            XCTAssertTrue((error as? ReadError)?.reason.contains("no article fields") ?? false, "\(error)")
        }
    }

    func testJSONLinesSkipsBadLines() throws {
        let (articles, skipped) = try ReaderFixtures.read("json/feed.jsonl")
        XCTAssertEqual(articles.map(\.id), ["json/feed.jsonl#1", "json/feed.jsonl#3", "json/feed.jsonl#7"])
        XCTAssertEqual(articles[0].published, PartialDate(year: 2025, month: 11))
        XCTAssertEqual(articles[2].body, "Body seven.")
        XCTAssertEqual(articles[2].source, "Example")
        XCTAssertEqual(skipped.map(\.reason), ["line 4: malformed JSON", "line 5: not a JSON object", "line 6: no body text"])
    }

    func testNDJSONExtension() throws {
        let (articles, _) = try ReaderFixtures.read(text: "{\"name\": \"N\", \"plaintext\": \"P\"}\n", as: "f.ndjson")
        XCTAssertEqual(articles.first?.title, "N")
        XCTAssertEqual(articles.first?.body, "P")
    }

    func testHTMLInsideFieldsIsRendered() throws {
        let json = #"[{"title": {"rendered": "Tom &amp; Jerry"}, "content": {"rendered": "<p>One &ndash; two.</p><p>Three</p>", "protected": false}, "date": "2024-01-02T03:04:05"}]"#
        let a = try XCTUnwrap(try ReaderFixtures.read(text: json, as: "wp.json").articles.first)
        XCTAssertEqual(a.title, "Tom & Jerry")
        XCTAssertEqual(a.body, "One \u{2013} two.\n\nThree")
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 1, day: 2))
        let plain = try XCTUnwrap(try ReaderFixtures.read(text: #"{"title": "a < b", "text": "x < y & z"}"#, as: "p.json").articles.first)
        XCTAssertEqual(plain.body, "x < y & z", "text that merely contains < or & is left alone")
    }
}

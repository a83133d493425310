import XCTest
@testable import Indexer

final class CSVReaderTests: XCTestCase {
    func testQuotingEmbeddedNewlineAndBadRow() throws {
        let (articles, skipped) = try ReaderFixtures.read("csv/quoting.csv")
        XCTAssertEqual(articles.map(\.id), ["csv/quoting.csv#1", "csv/quoting.csv#2", "csv/quoting.csv#4"])
        XCTAssertEqual(articles[0].title, "Quoted, with comma")
        XCTAssertEqual(articles[0].body, "He said \"hello\".\nSecond line.")
        XCTAssertEqual(articles[0].published, PartialDate(year: 2017, month: 2, day: 7))
        XCTAssertEqual(articles[0].publishedSource, .metadata)
        XCTAssertEqual(articles[0].url, "http://a.example/1")
        XCTAssertEqual(articles[1].published, PartialDate(year: 2017, month: 3, day: 1))
        XCTAssertEqual(articles[2].title, "Untitled body sentence. More.", "no title: first line of the body")
        XCTAssertEqual(skipped.map(\.reason), ["record 3 (line 5): 3 fields, expected 5"])
    }

    func testParser() {
        let records = CSVParser.records("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"multi\nline\",z\nlast,\"open")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["x, y", "say \"hi\""], ["multi\nline", "z"], ["last", "open"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 4, 6])
        XCTAssertEqual(records.map(\.unterminated), [false, false, false, true])
        XCTAssertEqual(CSVParser.records("a,\"b\"c,d\"e\n").first?.fields, ["a", "bc", "d\"e"], "tolerant of stray quotes")
    }

    func testHeaderWithoutTextColumnIsAnError() {
        XCTAssertThrowsError(try ReaderFixtures.read(text: "a,b\n1,2\n", as: "x.csv")) { error in
            XCTAssertTrue((error as? ReadError)?.reason.contains("no text column") ?? false, "\(error)")
        }
    }
}

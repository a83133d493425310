import Foundation
import XCTest
@testable import Indexer

/// The stored-article header and the date terms are written by hand for speed; the index
/// format must not change, so these compare them with what Foundation writes.
final class StoredArticleEncodingTests: XCTestCase {
    private func article(title: String, optionals: Bool) -> Schema.StoredArticle {
        var a = Schema.StoredArticle(
            id: "a/b.txt#3", path: "/root/a/b.txt", root: "/root", title: title, body: "Body\nwith \"lines\"\n",
            published: optionals ? "2025-11-01" : nil, publishedSource: optionals ? "metadata" : nil,
            url: optionals ? "https://example.com/a/b?x=1&y=\\2" : nil, source: optionals ? "Wire / Desk" : nil,
            format: "txt", decodedAsWindows1252: optionals,
            countries: optionals ? [.init(code: "KR", name: "South Korea", mentions: 3), .init(code: "US", name: "United States", mentions: 1)] : [],
            leaders: optionals ? [.init(id: "kr-lee", name: "Lee \"Jae\"", country: "KR", role: "both", mentions: 12)] : [],
            dates: optionals ? [.init(value: "2025-11", mentions: 2), .init(value: "1999", mentions: -1)] : [],
            offset: optionals ? 1_047 : nil)
        a.charset = optionals ? "windows-1250" : nil
        return a
    }

    private func foundationHeader(_ a: Schema.StoredArticle) throws -> [UInt8] {
        let enc = JSONEncoder()
        enc.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return Array(try enc.encode(a))
    }

    func testHeaderMatchesJSONEncoderWithSortedKeys() throws {
        var controls = ""
        for v in 0..<0x80 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        let titles = ["Xi meets Lee", "", controls, "Tab\there, “quotes”, é, 👍🏽, \u{2028}\u{2029}\u{FEFF}\u{7F}", "a/b\\c\"d"]
        for title in titles {
            for optionals in [false, true] {
                let a = article(title: title, optionals: optionals)
                XCTAssertEqual(a.encodedHeader().bytes, try foundationHeader(a), "title \(title.debugDescription)")
            }
        }
    }

    /// The layout: the header alone in its slot, the body alone as the data, read back whole.
    func testStoredArticleReadsBackAsItself() throws {
        let a = article(title: "Seoul, \"Nov 1\"\n(Reuters)", optionals: true)
        let doc = Document()
        try a.store(in: doc)
        XCTAssertEqual(try doc.withValue(Schema.Slot.header) { Array($0) }, a.encodedHeader().bytes)
        XCTAssertEqual(try doc.data(), Array(a.body.utf8))
        XCTAssertEqual(try Schema.StoredArticle.read(from: doc), a)
    }

    /// Hits without snippets skip the body; everything else must read as with it.
    func testReadingWithoutBodyKeepsTheHeader() throws {
        for optionals in [false, true] {
            var a = article(title: "Xi meets Lee", optionals: optionals)
            let doc = Document()
            try a.store(in: doc)
            XCTAssertEqual(try Schema.StoredArticle.read(from: doc, body: true), a)
            a.body = ""
            XCTAssertEqual(try Schema.StoredArticle.read(from: doc, body: false), a)
        }
    }

    /// A document without a header (not written by `store(in:)`) is no article, whatever its data.
    func testDocumentWithoutHeaderIsNoArticle() throws {
        let doc = Document()
        try doc.setData(Array("{\"id\":\"x\"}\nbody".utf8))
        XCTAssertNil(try Schema.StoredArticle.read(from: doc))
    }

    func testDateTextMatchesPartialDate() {
        var dates: [PartialDate] = []
        for year in [-12345, -5, 0, 7, 99, 1000, 2025, 9999, 10_000, 123_456] {
            dates.append(PartialDate(year: year))
            for month in [0, 1, 9, 12, 99, 100, -3] {
                dates.append(PartialDate(year: year, month: month))
                for day in [0, 1, 9, 31, 99, 100, -1] { dates.append(PartialDate(year: year, month: month, day: day)) }
            }
        }
        // The definitions the digit-by-digit formatting replaced.
        for d in dates {
            var text = String(format: "%04d", d.year)
            if let m = d.month { text += String(format: "-%02d", m) }
            if let day = d.day { text += String(format: "-%02d", day) }
            XCTAssertEqual(d.description, text)
            XCTAssertEqual(d.compactStart, String(format: "%04d%02d%02d", d.year, d.month ?? 1, d.day ?? 1))
        }
        for v in [-100, -1, 0, 5, 42, 99, 100, 2025, 99_999] {
            XCTAssertEqual(PartialDate.digits(v, width: 2), String(format: "%02d", v))
            XCTAssertEqual(PartialDate.digits(v, width: 4), String(format: "%04d", v))
        }
        XCTAssertEqual(Schema.publishedTerms(PartialDate(year: 2025, month: 3, day: 9)), ["XY2025", "XM202503", "XD20250309"])
        XCTAssertEqual(Schema.mentionedTerms(PartialDate(year: 987, month: 11)), ["XNY0987", "XNM098711"])
    }
}

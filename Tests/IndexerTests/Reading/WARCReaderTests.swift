import Foundation
import XCTest
@testable import Indexer

/// `.warc` and `.warc.gz`: fixtures written by Tests/Fixtures/scripts/make-warc.py.
final class WARCReaderTests: XCTestCase {
    private func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: ReaderFixtures.articles.appendingPathComponent("warc/" + name)))
    }

    private func titles(_ articles: [Article]) -> [String] { articles.map(\.title) }

    private let expectedTitles = ["Harbour talks resume between Japan and South Korea", "Grain convoy reaches the border",
                                  "Solar farm opens in Chile"]

    func testResponseRecordsBecomeArticles() throws {
        let (articles, skipped) = try ReaderFixtures.read("warc/pages.warc")
        XCTAssertEqual(articles.map(\.id), ["warc/pages.warc#1", "warc/pages.warc#2", "warc/pages.warc#5"],
                       "ids count every response record, HTML or not")
        XCTAssertEqual(titles(articles), expectedTitles)
        XCTAssertEqual(articles.map(\.url), ["https://ledger.example/2025/10/30/harbour-talks", "https://wire.example/grain-convoy",
                                             "https://andes.example/solar"])
        XCTAssertEqual(articles.map(\.format), ["warc", "warc", "warc"])
        // The page's own date wins; WARC-Date is only the capture fallback.
        XCTAssertEqual(articles[0].published, PartialDate(year: 2025, month: 10, day: 30))
        XCTAssertEqual(articles[0].publishedSource, .htmlMeta)
        XCTAssertEqual(articles[1].published, nil)
        XCTAssertEqual(articles[1].captured, PartialDate(year: 2025, month: 11, day: 2))
        XCTAssertTrue(articles[1].body.contains("forty lorries carrying grain from Ukraine"), "gzip + chunked body: \(articles[1].body)")
        XCTAssertTrue(articles[2].body.contains("SANTIAGO"), articles[2].body)
        XCTAssertFalse(articles[0].body.contains("Copyright"), "the HTML reader's extraction applies")
        XCTAssertEqual(skipped.map(\.reason),
                       ["3 records not indexed (not HTML pages): 1 error or redirect status, 1 non-HTML response, 1 revisit"])
    }

    func testRecordOffsetsPointAtTheRecords() throws {
        let raw = try bytes("pages.warc")
        let (articles, _) = try ReaderFixtures.read("warc/pages.warc")
        for a in articles {
            let offset = try XCTUnwrap(a.recordOffset)
            let head = String(decoding: raw[offset..<min(offset + 400, raw.count)], as: UTF8.self)
            XCTAssertTrue(head.hasPrefix("WARC/1.0\r\nWARC-Type: response"), head)
            XCTAssertTrue(head.contains("WARC-Target-URI: \(a.url!)"), head)
        }
    }

    func testGzipMembersReadTheSameAndOffsetsAreMemberStarts() throws {
        let plain = try ReaderFixtures.read("warc/pages.warc")
        let (articles, skipped) = try ReaderFixtures.read("warc/pages.warc.gz")
        XCTAssertEqual(articles.map(\.id), ["warc/pages.warc.gz#1", "warc/pages.warc.gz#2", "warc/pages.warc.gz#5"])
        XCTAssertEqual(articles.map(\.body), plain.articles.map(\.body))
        XCTAssertEqual(skipped.count, 1)
        let raw = try bytes("pages.warc.gz")
        for a in articles {
            let offset = try XCTUnwrap(a.recordOffset)
            var out: [UInt8] = []
            let outcome = raw[offset...].withUnsafeBytes { Inflater.inflate($0, format: .gzip, into: &out) }
            XCTAssertTrue(outcome.complete)
            XCTAssertTrue(String(decoding: out, as: UTF8.self).contains("WARC-Target-URI: \(a.url!)"))
        }
    }

    func testTruncatedGzipMemberIsReportedAndEarlierRecordsRead() throws {
        let raw = try bytes("pages.warc.gz")
        let members = raw.withUnsafeBytes { GzipMembers($0) }.starts.map(\.input)
        let cut = Array(raw[..<(members[7] + 60)])   // inside the member of the fifth response
        let (articles, skipped) = try ReaderFixtures.read(bytes: cut, as: "cut.warc.gz")
        XCTAssertEqual(titles(articles), Array(expectedTitles.prefix(2)))
        XCTAssertTrue(skipped.contains { $0.reason.contains("is truncated (the file ends inside it)") }, "\(skipped)")
    }

    func testCorruptGzipMemberIsSkippedAndLaterMembersRead() throws {
        let raw = try bytes("pages.warc.gz")
        let members = raw.withUnsafeBytes { GzipMembers($0) }.starts.map(\.input)
        XCTAssertEqual(members.count, 9, "one member per record")
        // Damage the deflate data of the second response (the fourth member), at its start
        // (nothing of it survives) and past its header (the record is still counted).
        for (from, expectedIDs) in [(12, ["bad.warc.gz#1", "bad.warc.gz#4"]), (320, ["bad.warc.gz#1", "bad.warc.gz#5"])] {
            var raw = raw
            for i in (members[3] + from)..<(members[3] + from + 28) { raw[i] ^= 0x5A }
            let (articles, skipped) = try ReaderFixtures.read(bytes: raw, as: "bad.warc.gz")
            XCTAssertEqual(titles(articles), [expectedTitles[0], expectedTitles[2]], "records after the damage are still read")
            XCTAssertEqual(articles.map(\.id), expectedIDs)
            XCTAssertTrue(skipped.contains { $0.reason.hasPrefix("gzip member at byte \(members[3]) is corrupt") }, "\(skipped)")
        }
    }

    func testContentLengthThatLiesIsReportedAndTheRestRead() throws {
        let raw = try bytes("pages.warc")
        // The first response's length, made too long, too short, and past the end of the file.
        // Edited as bytes: a gzip body elsewhere in the file is not text.
        let marker = Array("harbour-talks\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ".utf8)
        let at = try XCTUnwrap((0..<raw.count).first { WARCRecords.startsWith(raw, marker, at: $0) }) + marker.count
        let digits = raw[at...].prefix { (0x30...0x39).contains($0) }
        let length = try XCTUnwrap(Int(String(decoding: digits, as: UTF8.self)))
        for lie in [length + 37, length - 37, length + 100_000] {
            let edited = Array(raw[..<at]) + Array(String(lie).utf8) + Array(raw[(at + digits.count)...])
            let (articles, skipped) = try ReaderFixtures.read(bytes: edited, as: "lies.warc")
            XCTAssertEqual(articles.map(\.id), ["lies.warc#2", "lies.warc#5"], "lie \(lie): the later records keep their numbers")
            let report = skipped.first { $0.reason.hasPrefix("record 1 at byte") }
            XCTAssertNotNil(report, "lie \(lie): \(skipped)")
            XCTAssertTrue(report?.reason.contains("Content-Length \(lie)") ?? false, "\(String(describing: report))")
        }
    }

    func testFileCutInsideARecord() throws {
        let raw = try bytes("pages.warc")
        let (articles, skipped) = try ReaderFixtures.read(bytes: Array(raw[..<(raw.count - 300)]), as: "cut.warc")
        XCTAssertEqual(titles(articles), Array(expectedTitles.prefix(2)))
        XCTAssertTrue(skipped.contains { $0.reason.contains("runs past the end of the file") }, "\(skipped)")
    }

    func testRecordTypesOtherWritersUse() throws {
        func record(_ contentType: String, _ block: String) -> String {
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <https://x.example/a>\r\nWARC-Date: 2024-05-06T07:08:09Z\r\n"
                + "Content-Type: \(contentType)\r\nContent-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
        }
        let page = "<html><body><p>Fiji and Samoa signed a fisheries pact.</p></body></html>"
        let text = record("text/html", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page) + record("text/html", page)
        let (articles, skipped) = try ReaderFixtures.read(text: text, as: "other.warc")
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(articles.map(\.body), ["Fiji and Samoa signed a fisheries pact.", "Fiji and Samoa signed a fisheries pact."],
                       "an HTTP block labelled text/html is still parsed as HTTP; a bare page is the page")
        XCTAssertEqual(articles.map(\.url), ["https://x.example/a", "https://x.example/a"], "WARC 1.1's <…> around the URI dropped")
        XCTAssertEqual(articles.first?.captured, PartialDate(year: 2024, month: 5, day: 6))
    }

    func testNotAWARCFile() {
        XCTAssertThrowsError(try ReaderFixtures.read(text: "just some text\n", as: "x.warc")) { error in
            XCTAssertTrue((error as? ReadError)?.reason.hasPrefix("not a WARC file") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try ReaderFixtures.read(bytes: [0x1F, 0x8B, 0x08, 0, 0, 0], as: "x.warc.gz")) { error in
            XCTAssertTrue((error as? ReadError)?.reason.contains("truncated") ?? false, "\(error)")
        }
    }

    func testDoubleExtensionIsTheFormat() {
        XCTAssertEqual(ArticleFile(path: "/a/b.warc.gz", relativePath: "b.warc.gz", size: 1, modified: Date()).format, "warc.gz")
        XCTAssertEqual(ArticleFile(path: "/a/b.txt.gz", relativePath: "b.txt.gz", size: 1, modified: Date()).format, "gz")
    }

    func testHTTPBodies() throws {
        let chunked = Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n\r\n4\r\n<p>a\r\n5\r\nbcde<\r\n0\r\n\r\n".utf8)
        let r = try HTTPResponse(chunked[...])
        XCTAssertEqual(r.status, 200)
        XCTAssertEqual(r.mediaType, "text/html")
        XCTAssertEqual(r.charset, "utf-8")
        XCTAssertEqual(String(decoding: r.body, as: UTF8.self), "<p>abcde<")
        XCTAssertThrowsError(try HTTPResponse(Array("GET / HTTP/1.1\r\n\r\n".utf8)[...]))
        XCTAssertThrowsError(try HTTPResponse(Array("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx".utf8)[...]))
    }
}

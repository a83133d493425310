import Foundation
import XCTest
@testable import Indexer

/// The stored article: its header read back by a hand-written reader that must agree with
/// JSONDecoder on everything the format can hold.
final class StoredArticleTests: XCTestCase {
    typealias Stored = Schema.StoredArticle

    static func article(title: String = "Trade truce", published: String? = "2025-11-15", url: String? = nil) -> Stored {
        Stored(id: "a/b.txt", path: "/corpus/a/b.txt", root: "/corpus", title: title, body: "Body\nwith lines.",
               published: published, publishedSource: published == nil ? nil : "front_matter", url: url, source: "Reuters",
               format: "txt", decodedAsWindows1252: true,
               countries: [.init(code: "KR", name: "South Korea", mentions: 3), .init(code: "US", name: "United States", mentions: 1)],
               leaders: [.init(id: "kr-lee-jae-myung", name: "Lee Jae-myung", country: "KR", role: "President", mentions: 2)],
               dates: [.init(value: "2025-11", mentions: 1)])
    }

    private func reader(_ header: String) -> Stored? {
        Array(header.utf8).withUnsafeBufferPointer { Stored.readHeader($0) }
    }

    private func decoder(_ header: String) -> Stored? {
        try? JSONDecoder().decode(Stored.self, from: Data(header.utf8))
    }

    func testRoundTripsWhatTheIndexWrites() throws {
        let titles = ["Plain", "Quotes \"inside\" and back\\slash", "Tab\there, newline\nthere", "Slash / and </b>",
                      "Ünïcödé – “curly” 😀 𝄞", "Control \u{01}\u{1F} chars", ""]
        for title in titles {
            for (published, url) in [("2025-11-15", "https://example.com/a?b=1&c=2"), (nil, nil)] as [(String?, String?)] {
                let a = Self.article(title: title, published: published, url: url)
                let doc = Document()
                try a.store(in: doc)
                let fast = try doc.withValue(Schema.Slot.header) { Stored.readHeader($0) }
                XCTAssertEqual(fast.map { var f = $0; f.body = a.body; return f }, a, title)
                XCTAssertEqual(try Stored.read(from: doc), a, title)
            }
        }
    }

    func testAgreesWithJSONDecoderOnHandWrittenHeaders() throws {
        let base = #""id":"x","path":"/p","root":"/r","title":"T","format":"md","cp1252":false,"countries":[],"leaders":[],"dates":[]"#
        let agreeing = [
            "{\(base)}",
            "{ \(base.replacingOccurrences(of: ",", with: " ,\n ")) }",
            #"{"dates":[{"mentions":2,"value":"2024"}],"leaders":[],"countries":[{"name":"Japan","mentions":1,"code":"JP"}],"cp1252":true,"format":"md","title":"\u00e9t\u00E9 \ud83d\ude00 \/ \b\f\r","root":"/r","path":"/p","id":"x"}"#,
            "{\(base),\"published\":null,\"url\":null,\"source\":\"AP\",\"published_source\":\"file_mtime\"}",
            "{\(base),\"unknown\":{\"a\":[1,2.5e3,-3,true,null,\"s\"]}}",
        ]
        for header in agreeing {
            let fast = try XCTUnwrap(reader(header), header)
            XCTAssertEqual(fast, decoder(header), header)
        }
        // Not the stored shape: the reader declines, and `decode` gives JSONDecoder's answer.
        let declined = [
            "{\(base.replacingOccurrences(of: #""id":"x","#, with: ""))}",  // a required key missing
            "{\(base)",                                                      // cut short
            "{\(base)} trailing",
            "{\(base.replacingOccurrences(of: #""countries":[]"#, with: #""countries":[{"code":"JP","name":"Japan","mentions":1.5}]"#))}",
            "{\(base.replacingOccurrences(of: #""title":"T""#, with: #""title":"\ud800""#))}",
            "not json",
        ]
        for header in declined {
            XCTAssertNil(reader(header), header)
            XCTAssertEqual(Array(header.utf8).withUnsafeBufferPointer { Stored.decode(header: $0) }, decoder(header), header)
        }
    }
}

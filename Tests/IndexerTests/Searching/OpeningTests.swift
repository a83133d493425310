import XCTest
@testable import Indexer

/// `Searcher.opening`: the body's first words, shown when no query word is in the body.
final class OpeningTests: XCTestCase {
    /// The implementation before it was bounded: split the whole text, then keep the head.
    static func reference(_ text: String, length: Int) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        var out = ""
        for w in words {
            if !out.isEmpty && out.utf8.count + 1 + w.utf8.count > length { out += "…"; break }
            out += (out.isEmpty ? "" : " ") + w
        }
        return out.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    func testSameTextAsSplittingTheWholeBody() {
        let long = String(repeating: "x", count: 300)
        let cases = [
            "", "   ", "one", "  leading and trailing  ", "tabs\tand\nnew  lines",
            "Profits rose <5% at Smith & Sons, said \"analysts\".",
            long, long + " tail", "head " + long, "héllo wörld ünïcode " + String(repeating: "é", count: 120),
            String(repeating: "word ", count: 100), String(repeating: "ab ", count: 67) + "cd efgh",
        ]
        for text in cases {
            for length in [0, 1, 5, 10, 200] {
                XCTAssertEqual(Searcher.opening(of: text, length: length), Self.reference(text, length: length),
                               "length \(length): \(text.prefix(40))")
            }
        }
    }

    /// Counts the characters a consumer reads.
    final class Reads: Sequence {
        let text: String
        var count = 0
        init(_ text: String) { self.text = text }
        func makeIterator() -> AnyIterator<Character> {
            var it = text.makeIterator()
            return AnyIterator { [self] in
                guard let c = it.next() else { return nil }
                count += 1
                return c
            }
        }
    }

    func testReadsOnlyTheHeadOfALongBody() {
        let body = Reads(String(repeating: "Passenger numbers stayed close to last year. ", count: 2_000))
        let opening = Searcher.opening(of: body, length: 200)
        XCTAssertTrue(opening.hasSuffix("…"))
        XCTAssertLessThan(body.count, 300, "read \(body.count) characters for a 200-byte opening")
        // One very long first word is kept whole, as before; the reading stops after the next word.
        let word = Reads(String(repeating: "y", count: 1_000) + String(repeating: " z", count: 10_000))
        XCTAssertEqual(Searcher.opening(of: word, length: 200), String(repeating: "y", count: 1_000) + "…")
        XCTAssertLessThan(word.count, 1_010)
    }
}

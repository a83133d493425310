import Foundation
import XCTest
@testable import Indexer

/// `TextCleanup` works on bytes for speed; these check it against the `Character` and
/// Foundation definitions it replaced, on hand-picked edge cases and on random text.
final class TextCleanupTests: XCTestCase {
    /// The definitions, as they were written before the byte-level versions.
    enum Reference {
        static func title(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }

        static func body(_ text: String) -> String {
            var lines: [Substring] = []
            var blank = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = trimEnd(line.drop { $0 == " " || $0 == "\t" })
                if trimmed.allSatisfy(\.isWhitespace) {
                    blank += 1
                    continue
                }
                if !lines.isEmpty && blank > 0 { lines.append("") }
                blank = 0
                lines.append(trimmed)
            }
            return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }

        private static func trimEnd(_ line: Substring) -> Substring {
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
            return line[line.startIndex..<end]
        }
    }

    func testBodyShapesParagraphs() {
        XCTAssertEqual(TextCleanup.body("\n\n  First line  \n\tsecond\n\n\n\nThird \n \n"), "First line\nsecond\n\nThird")
        XCTAssertEqual(TextCleanup.body(""), "")
        XCTAssertEqual(TextCleanup.body(" \n\t\n"), "")
    }

    func testTitleJoinsWhitespaceRuns() {
        XCTAssertEqual(TextCleanup.title("  Xi\n meets\u{A0}Lee\t"), "Xi meets Lee")
        XCTAssertEqual(TextCleanup.title("Plain  ASCII\r\ntitle "), "Plain ASCII title")
    }

    /// Characters whose edges are not bytes: a space carrying a combining mark, CR LF,
    /// a prepended Arabic mark, zero-width space (whitespace to Foundation only), NBSP.
    func testBodyEdgeCasesMatchTheDefinition() {
        let cases = [
            " \u{301}x", "x \u{301}", "x\u{301} ", "a\r\nb", "a \r\n b\r\n", "\r\n\r\nx\r\n",
            "\u{600} x", "x\u{600} ", "x \u{600}", "\u{200B}\nHello\n\u{200B}", "a\u{200B} \n \u{200B}",
            "\u{A0} Hello\u{A0}", "\u{3000}x\u{2028}", "x\u{85}", "\u{0B}\u{0C}x\u{0C}", " \u{200D}x",
            "“Quoted,” she said.  \n  ‘Indented’ \n\n\n— dash", "👍🏽 \n \t👍🏽", "é\n\n\ne\u{301} ",
        ]
        for c in cases {
            XCTAssertEqual(TextCleanup.body(c), Reference.body(c), "body of \(c.unicodeScalars.map { $0.value })")
            XCTAssertEqual(TextCleanup.title(c), Reference.title(c), "title of \(c.unicodeScalars.map { $0.value })")
        }
    }

    func testRandomTextMatchesTheDefinition() {
        let pieces: [String] = [
            "a", "Z", "word", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\u{A0}", "\u{200B}", "\u{301}",
            "\u{600}", "\u{200D}", "\u{3000}", "\u{2028}", "\u{85}", "\u{0B}", "é", "’", "👍🏽", ".", "—",
        ]
        var rng = SplitMix64(state: 42)
        for _ in 0..<3_000 {
            let text = (0..<Int(rng.next() % 24)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            XCTAssertEqual(TextCleanup.body(text), Reference.body(text), "body of \(text.unicodeScalars.map { $0.value })")
            XCTAssertEqual(TextCleanup.title(text), Reference.title(text), "title of \(text.unicodeScalars.map { $0.value })")
        }
    }
}

final class FoundationSpaceTests: XCTestCase {
    func testSpaceSetsMatchFoundation() {
        for v in 0..<0x11_0000 {
            guard let u = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(TextCleanup.isFoundationWhitespace(u), CharacterSet.whitespacesAndNewlines.contains(u), "U+\(String(v, radix: 16))")
            XCTAssertEqual(TextCleanup.isFoundationSpace(u), CharacterSet.whitespaces.contains(u), "U+\(String(v, radix: 16))")
        }
    }

    func testTrimmingSpacesMatchesFoundation() {
        for text in ["", " ", "  a b  ", "\t\u{A0}x\u{3000}", "\nx\n", " \u{200B}x\u{200B} ", "x \u{301}", "\u{2003}é\u{2003}"] {
            let s = Substring(text)
            XCTAssertEqual(TextCleanup.trimmingFoundationSpaces(s), s.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
    }
}

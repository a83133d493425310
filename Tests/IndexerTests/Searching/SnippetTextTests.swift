import XCTest
@testable import Indexer

/// Issue 18: `SnippetText.spacesFolded` works on bytes; it must fold exactly as the rule says,
/// scalar by scalar, for texts full of near misses (other E2 punctuation, a lone C2 or EF).
final class SnippetTextTests: XCTestCase {
    /// The rule, written the plain way.
    private func reference(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0xA0, 0x2007, 0x202F: out.append(" ")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: break
            default: out.append(s)
            }
        }
        return String(out)
    }

    func testBytesFoldAsScalarsDo() {
        let pieces = ["trade", " ", "\u{A0}", "\u{2007}", "\u{202F}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}",
                      "“", "”", "—", "–", "…", "\u{2008}", "\u{2061}", "\u{FEFE}", "\u{FFFD}", "é", "©", "\u{C0}", "日本", "👍🏽", "\n"]
        var rng = SplitMix64(state: 42)
        for _ in 0..<3_000 {
            let text = rng.text(from: pieces, upTo: 16)
            XCTAssertEqual(SnippetText.spacesFolded(text), reference(text), text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
        XCTAssertEqual(SnippetText.spacesFolded("\u{FEFF}“quoted”\u{A0}text\u{200B}"), "“quoted” text")
        XCTAssertEqual(SnippetText.spacesFolded(""), "")
    }

    /// The byte forms of the escapes give what Foundation's `replacingOccurrences` gave, near
    /// combining marks and other characters that are not ASCII too.
    func testEscapesAndApostrophesAsFoundationMadeThem() {
        let pieces = ["a", "&", "<", ">", "’", "'", " ", "é", "\u{301}", "\u{0600}", "\u{200D}", "👍🏽", "s", "&amp;", "<b>"]
        var rng = SplitMix64(state: 5)
        for _ in 0..<3_000 {
            let text = rng.text(from: pieces, upTo: 16)
            XCTAssertEqual(SnippetText.htmlEscaped(text), text.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;"), text.debugDescription)
            XCTAssertEqual(SnippetText.straightApostrophes(text), text.replacingOccurrences(of: "\u{2019}", with: "'"), text.debugDescription)
        }
    }
}

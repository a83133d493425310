import XCTest
@testable import Indexer

/// Issue 18: `WordTokenizer` judges ASCII inline and other characters out of line; the words it
/// finds must be those of the plain rule, scalar by scalar, whatever the text and the scan limit.
final class WordTokenizerTests: XCTestCase {
    /// The rule written the plain way: word characters by their Unicode properties, an apostrophe
    /// (' or ’) kept between two of them; a character cut by the limit is not a word character,
    /// and the tokenizer steps one byte past it.
    private func reference(_ bytes: [UInt8], limit: Int) -> [Range<Int>] {
        let limit = min(limit, bytes.count)
        var chars: [(start: Int, end: Int, scalar: Unicode.Scalar?)] = []
        var i = 0
        while i < limit {
            let b = bytes[i]
            let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            if i + width > limit {
                chars.append((i, i + 1, nil))
                i += 1
                continue
            }
            // Decoded as the tokenizer decodes: after a character the limit cuts, its remaining
            // bytes are read as characters of their own (masked, not replaced).
            let s = bytes.withUnsafeBufferPointer { ScalarText.decode($0, at: i).0 }
            chars.append((i, i + width, s))
            i += width
        }
        func isWord(_ k: Int) -> Bool { chars[k].scalar.map(WordTokenizer.isWordScalar) ?? false }
        func isApostrophe(_ k: Int) -> Bool { chars[k].scalar == "'" || chars[k].scalar == "\u{2019}" }
        var words: [Range<Int>] = []
        var k = 0
        while k < chars.count {
            guard isWord(k) else { k += 1; continue }
            let start = chars[k].start
            k += 1
            while k < chars.count {
                if isWord(k) { k += 1; continue }
                if isApostrophe(k), k + 1 < chars.count, isWord(k + 1) { k += 1; continue }
                break
            }
            words.append(start..<(k < chars.count ? chars[k].start : limit))
        }
        return words
    }

    private func words(_ bytes: [UInt8], limit: Int) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { buf in
            var t = WordTokenizer(text: buf, limit: limit)
            var out: [Range<Int>] = []
            while let (a, b) = t.next() { out.append(a..<b) }
            return out
        }
    }

    func testWordsAreThoseOfThePlainRule() {
        let pieces = ["trade", "Truce", "_x", "2025", " ", "  ", "\n", "'", "’", "don't", "it’s", "'s", "-", ".", ",", "\"",
                      "é", "café", "Über", "\u{301}", "日本", "👍🏽", "—", "…", "\u{A0}", "½", "Ⅻ", "x²", "@", "[", "`", "{", "~", "\u{7F}"]
        var rng = SplitMix64(state: 7)
        for _ in 0..<4_000 {
            let text = rng.text(from: pieces, upTo: 12)
            let bytes = Array(text.utf8)
            for limit in [bytes.count, max(0, bytes.count - 1), bytes.count / 2, 3, 0] {
                XCTAssertEqual(words(bytes, limit: limit), reference(bytes, limit: limit), "\(text.debugDescription) limit \(limit)")
            }
        }
    }

    func testEveryASCIIByteIsJudgedAsBefore() {
        for b in UInt8(0)..<0x80 {
            let isWord = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
            XCTAssertEqual(WordTokenizer.isWordASCII(b), isWord, "byte \(b)")
        }
    }

    /// `classifyOther` judges U+2000–U+203E without a property lookup: none is a word character.
    func testGeneralPunctuationHoldsNoWordCharacter() {
        for v in UInt32(0x2000)...0x203E { XCTAssertFalse(WordTokenizer.isWordScalar(Unicode.Scalar(v)!), String(v, radix: 16)) }
        XCTAssertTrue(WordTokenizer.isWordScalar("\u{203F}"), "the undertie joins words and is left to the lookup")
    }
}

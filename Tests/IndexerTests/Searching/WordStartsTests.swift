import XCTest
@testable import Indexer

/// Issue 18: `WordStarts` passes over a body by byte pairs instead of splitting it into words.
/// The words it stops at must be the tokenizer's words, with the same bounds, and every word the
/// snippet maker would look at must be among them.
final class WordStartsTests: XCTestCase {
    /// The words `SnippetMaker.mayMatch` lets through for these keys: a byte that is not ASCII in
    /// the first two, or the lowercase key listed, or a first byte listed.
    private func wanted(_ text: UnsafeBufferPointer<UInt8>, _ w: (start: Int, end: Int), keys: Set<UInt16>, firsts: Set<UInt8>) -> Bool {
        let first = text[w.start], second = w.end - w.start > 1 ? text[w.start + 1] : 0
        if first >= 0x80 || second >= 0x80 { return true }
        let a = SnippetMaker.lower(first), b = SnippetMaker.lower(second)
        return keys.contains(UInt16(a) << 8 | UInt16(b)) || firsts.contains(a)
    }

    func testTheWordsFoundAreTheTokenizersAndNoneWantedIsMissed() {
        let pieces = ["trade", "Truce", "TRUCE", "tr", "t", "T", "a", "I", "x_1", "2025", " ", "  ", "\n", "'", "’", "don't", "it’s",
                      "'s", "’t", "-", ".", "\"", "é", "café", "Über", "\u{301}", "日本", "👍🏽", "—", "\u{A0}", "½", "x²", "@", "\u{0}"]
        let keySets: [(keys: [String], firsts: [String])] = [
            (["tr"], []), (["t"], []), (["do", "it"], ["x"]), (["i"], ["t"]), (["20", "ca"], []), ([], []),
        ]
        var rng = SplitMix64(state: 11)
        for _ in 0..<3_000 {
            let text = rng.text(from: pieces, upTo: 14)
            let bytes = Array(text.utf8)
            for set in keySets {
                let keys = set.keys.map { SnippetMaker.key(Array($0.utf8)) }, firsts = set.firsts.map { Array($0.utf8)[0] }
                let starts = WordStarts(keys: keys, firsts: firsts)
                for limit in [bytes.count, max(0, bytes.count - 1), bytes.count / 2, 2] {
                    bytes.withUnsafeBufferPointer { buf in
                        var tokenizer = WordTokenizer(text: buf, limit: limit)
                        var all: [Range<Int>] = []
                        var want: [Range<Int>] = []
                        while let w = tokenizer.next() {
                            all.append(w.start..<w.end)
                            if wanted(buf, w, keys: Set(keys), firsts: Set(firsts)) { want.append(w.start..<w.end) }
                        }
                        var found: [Range<Int>] = []
                        var i = 0
                        while let w = starts.next(in: buf, from: i, limit: min(limit, buf.count)) {
                            found.append(w.start..<w.end)
                            i = w.end
                        }
                        let context = "\(text.debugDescription) keys \(set) limit \(limit)"
                        XCTAssertTrue(Set(found).isSubset(of: Set(all)), "not the tokenizer's words: \(found) vs \(all), \(context)")
                        XCTAssertTrue(Set(want).isSubset(of: Set(found)), "missed: \(want) vs \(found), \(context)")
                    }
                }
            }
        }
    }
}

import XCTest
@testable import Indexer

/// Issue 18: the snippet maker turns words away by their first two bytes with `KeyBits`; it must
/// hold exactly the keys put in, or words would be missed (or looked at for nothing).
final class KeyBitsTests: XCTestCase {
    func testHoldsExactlyTheKeysInserted() {
        var bits = KeyBits()
        var keys = Set<UInt16>()
        var rng = SplitMix64(state: 3)
        for _ in 0..<300 {
            let k = UInt16(truncatingIfNeeded: rng.next() >> 40)
            bits.insert(k)
            keys.insert(k)
        }
        bits.insert(first: UInt8(ascii: "t"))
        for k in UInt16(0)...UInt16.max {
            XCTAssertEqual(bits.contains(k), keys.contains(k) || k >> 8 == UInt16(UInt8(ascii: "t")), "key \(k)")
        }
        var all = KeyBits()
        all.insertAll()
        XCTAssertTrue((UInt16(0)...UInt16.max).allSatisfy(all.contains))
        XCTAssertFalse((UInt16(0)...UInt16.max).contains(where: KeyBits().contains))
    }

    /// Every kind of term still finds its words through the filter: exact words, stems (with a
    /// second y for i), one- and two-letter wildcards, any case.
    func testEveryKindOfTermStillMatches() throws {
        let stemmer = try Stemmer(language: "english")
        let maker = try SnippetMaker(queryTerms: ["Zdie", "truce", "Zagre"], wildcards: ["x", "ta", "ex"], stemmer: stemmer, length: 400)
        XCTAssertEqual(try maker.snippet(of: "DYING truce, Xylo agreed; TARIFFS EXPORTS Exist, none else."),
                       "<b>DYING truce</b>, <b>Xylo agreed</b>; <b>TARIFFS EXPORTS Exist</b>, none else.")
    }
}

import XCTest
@testable import Indexer

/// Copies and non-copies made by construction from seeded random stories: a copy keeps most of a
/// story's word sequence (another byline, a trimmed ending, a few words changed); a different
/// story on the same event shares its subject words and two quoted sentences, nothing more.
final class NearDuplicateSignatureTests: XCTestCase {
    /// Common words and a few subject words, so that different stories overlap in vocabulary as
    /// real ones do.
    static let vocabulary = """
        the a of to and in that for on with as was at by said from it an be has have are were this \
        but not which after their more also its they had who been would will than other over into \
        minister government talks trade deal border officials meeting week year people police city \
        country new first two three last told statement report plan vote court state security \
        agreement forces capital spokesman leaders summit visit economy prices market oil election
        """.split(separator: " ").map(String.init)

    static func story(_ rng: inout SplitMix64, words: Int) -> [String] {
        (0..<words).map { _ in vocabulary[Int(rng.next() % UInt64(vocabulary.count))] }
    }

    static func body(_ words: [String]) -> String {
        // Sentences of twelve words, as prose is punctuated.
        stride(from: 0, to: words.count, by: 12).map { words[$0..<min($0 + 12, words.count)].joined(separator: " ") + "." }
            .joined(separator: " ")
    }

    func testCopiesAreFoundAndDifferentStoriesAreNot() throws {
        var rng = SplitMix64(state: 16)
        var copies = 0, found = 0, others = 0, falseAlarms = 0
        for _ in 0..<60 {
            let original = Self.story(&rng, words: 150 + Int(rng.next() % 400))
            let signed = try XCTUnwrap(NearDuplicateSignature(body: Self.body(original)))
            var variants: [[String]] = []
            variants.append(["By", "Jane", "Roe", "Staff", "Correspondent", "LONDON"] + original)           // byline and dateline
            variants.append(Array(original.prefix(original.count * 3 / 4)))                                   // last quarter trimmed
            var edited = original
            for _ in 0..<6 { edited[Int(rng.next() % UInt64(edited.count))] = "changed" }                     // six words changed
            variants.append(edited)
            variants.append(["Updated", "with", "reaction"] + original.prefix(original.count * 4 / 5))        // both at once
            for v in variants {
                copies += 1
                if let s = NearDuplicateSignature(body: Self.body(v)), s.isNearDuplicate(of: signed) { found += 1 }
            }
            // A different story on the same event: its own words, with two of the original's sentences quoted.
            var other = Self.story(&rng, words: 150 + Int(rng.next() % 400))
            other.insert(contentsOf: original.prefix(24), at: other.count / 2)
            others += 1
            if let s = NearDuplicateSignature(body: Self.body(other)), s.isNearDuplicate(of: signed) { falseAlarms += 1 }
        }
        XCTAssertGreaterThanOrEqual(Double(found) / Double(copies), 0.95, "recall \(found)/\(copies)")
        XCTAssertEqual(falseAlarms, 0, "different stories taken for copies: \(falseAlarms)/\(others)")
    }

    func testCopiesShareABandKeySoTheLookupFindsThem() throws {
        var rng = SplitMix64(state: 7)
        let original = Self.story(&rng, words: 300)
        let a = try XCTUnwrap(NearDuplicateSignature(body: Self.body(original)))
        let b = try XCTUnwrap(NearDuplicateSignature(body: Self.body(Array(original.dropLast(40)))))
        XCTAssertTrue(a.isNearDuplicate(of: b))
        XCTAssertFalse(Set(a.bandKeys).isDisjoint(with: b.bandKeys))
        XCTAssertEqual(a.bandKeys.count, NearDuplicateSignature.bandCount)
    }

    func testPunctuationAndCaseDoNotMatter() throws {
        var rng = SplitMix64(state: 3)
        let words = Self.story(&rng, words: 200)
        let a = try XCTUnwrap(NearDuplicateSignature(body: words.joined(separator: " ")))
        let b = try XCTUnwrap(NearDuplicateSignature(body: words.map { $0.uppercased() }.joined(separator: ",\n  ")))
        XCTAssertEqual(a, b)
    }

    func testShortBodiesAreNotSigned() {
        XCTAssertNil(NearDuplicateSignature(body: "A short notice of a few words only."))
    }

    func testEncodingRoundTrips() throws {
        var rng = SplitMix64(state: 5)
        let a = try XCTUnwrap(NearDuplicateSignature(body: Self.body(Self.story(&rng, words: 100))))
        XCTAssertEqual(a.encoded.count, 8 * NearDuplicateSignature.rowsPerBand * NearDuplicateSignature.bandCount)
        XCTAssertEqual(NearDuplicateSignature(encoded: a.encoded), a)
        XCTAssertNil(NearDuplicateSignature(encoded: "zz"))
    }
}

import XCTest
@testable import Indexer

/// `PhraseIndex` finds phrases by hashes extended token by token; these pin down that it
/// answers as a dictionary of space-joined token keys would.
final class PhraseIndexTests: XCTestCase {
    private func index() -> PhraseIndex<Int> {
        var index = PhraseIndex<Int>()
        index.add("Korea", 1)
        index.add("South Korea", 2)
        index.add("South Korean", 3)
        index.add("U.S.", 4)
        index.add("Korea", 5)
        return index
    }

    func testLongestMatchPrefersTheLongestPhrase() throws {
        let tokens = Tokenizer.tokenize("Talks in South Korea, Korea and South Africa")
        let index = index()
        let m = try XCTUnwrap(index.longestMatch(in: tokens, at: 2))
        XCTAssertEqual(m.length, 2)
        XCTAssertEqual(m.values, [2])
        XCTAssertEqual(index.longestMatch(in: tokens, at: 4)?.values, [1, 5])
        // "South" alone is only a prefix.
        XCTAssertNil(index.longestMatch(in: tokens, at: 6))
        XCTAssertNil(index.values(forKey: "south"))
        XCTAssertEqual(index.values(forKey: "south korean"), [3])
    }

    func testCommasJoinOnlyWhenAllowed() {
        var index = PhraseIndex<Int>()
        index.add("Seoul Korea", 7)
        let tokens = Tokenizer.tokenize("Seoul, Korea")
        XCTAssertEqual(index.longestMatch(in: tokens, at: 0)?.length, 2)
        XCTAssertNil(index.longestMatch(in: tokens, at: 0, crossComma: false))
    }

    /// An initial's key holds a space ("u s"): it is one token, and two tokens "u", "s" are not it.
    func testInitialsAreOneToken() {
        let index = index()
        XCTAssertEqual(index.longestMatch(in: Tokenizer.tokenize("the U.S. said"), at: 1)?.values, [4])
        XCTAssertNil(index.longestMatch(in: Tokenizer.tokenize("the U S said"), at: 1))
        XCTAssertEqual(index.values(forKey: "u s"), [4])
    }

    func testMatchesEndingAtAToken() {
        let tokens = Tokenizer.tokenize("new South Korean President")
        let m = index().matches(in: tokens, endingAt: 3)
        XCTAssertEqual(m?.length, 2)
        XCTAssertEqual(m?.values, [3])
        XCTAssertNil(index().matches(in: tokens, endingAt: 4))
    }

    func testJoinedHashEqualsTheHashOfTheJoinedKey() {
        let joined = PhraseHash.join(PhraseHash.join(PhraseHash("new").value, PhraseHash("south")), PhraseHash("wales"))
        XCTAssertEqual(joined, PhraseHash("new south wales").value)
    }
}

import XCTest
@testable import Indexer

final class PackedWordSetTests: XCTestCase {
    func testFindsExactlyItsMembers() {
        let words = ["may", "monday", "yesterday", "sept", "a"]
        let set = PackedWordSet(Set(words.map(DateLexicon.key)))
        XCTAssertTrue(words.allSatisfy { set.contains(DateLexicon.key($0)) })
        for other in ["mays", "mon", "b", "yesterdays"] { XCTAssertFalse(set.contains(DateLexicon.key(other)), other) }
        XCTAssertFalse(set.contains(0))
    }

    func testTriggersAreTheLexiconWords() {
        for word in ["january", "sep", "friday", "thurs", "twelve", "tonight", "next"] {
            XCTAssertTrue(DateLexicon.triggers.contains(DateLexicon.key(word)), word)
        }
        XCTAssertFalse(DateLexicon.triggers.contains(DateLexicon.key("government")))
    }
}

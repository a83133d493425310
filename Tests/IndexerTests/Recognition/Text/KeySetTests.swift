import XCTest
@testable import Indexer

final class KeySetTests: XCTestCase {
    func testTokensAndStringsFindTheSameMembers() {
        let set: KeySet = ["the", "bin", "u s", "d'alema", "erdogan", "the"]
        let tokens = Tokenizer.tokenize("The BIN U.S. D'Alema Erdoğan them b thebin")
        XCTAssertEqual(tokens.map { set.contains($0) }, [true, true, true, true, true, false, false, false])
        XCTAssertTrue(set.contains("u s"))
        XCTAssertFalse(set.contains("u"))
        XCTAssertFalse(set.contains(""))
    }

    func testLargeSetsKeepEveryMember() {
        let words = (0..<5_000).map { "w\($0)" }
        let set = KeySet(words)
        XCTAssertTrue(words.allSatisfy(set.contains))
        XCTAssertFalse(set.contains("w5000"))
    }
}

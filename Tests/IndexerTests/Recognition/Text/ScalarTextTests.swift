import XCTest
@testable import Indexer

final class ScalarTextTests: XCTestCase {
    func testDecodesAndEncodesLikeTheStandardLibrary() {
        let parts = ["", "Seoul", "\n\n", "Erdoğan — “Xi” 習近平 👍🏽 e\u{301}", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"]
        for a in parts {
            for b in parts {
                let scalars = ScalarText.scalars(of: [a, "\n\n", b])
                XCTAssertEqual(scalars, Array((a + "\n\n" + b).unicodeScalars))
                XCTAssertEqual(ScalarText.count(a), a.unicodeScalars.count)
                for cut in [0, scalars.count / 3, scalars.count] {
                    let slice = scalars[cut...]
                    XCTAssertEqual(ScalarText.string(slice), String(String.UnicodeScalarView(slice)))
                }
            }
        }
    }
}

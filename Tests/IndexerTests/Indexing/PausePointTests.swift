import XCTest
@testable import Indexer

/// The test-only pause point is off unless both variables are set and well formed.
final class PausePointTests: XCTestCase {
    func testParsing() {
        let file = ["NEWSINDEX_TEST_PAUSE_FILE": "/tmp/p"]
        XCTAssertNil(PausePoint.fromEnvironment([:]))
        XCTAssertNil(PausePoint.fromEnvironment(["NEWSINDEX_TEST_PAUSE": "commit:1"]), "no file, no pause")
        XCTAssertNil(PausePoint.fromEnvironment(file.merging(["NEWSINDEX_TEST_PAUSE": "commit"]) { $1 }))
        XCTAssertNil(PausePoint.fromEnvironment(file.merging(["NEWSINDEX_TEST_PAUSE": "flush:3"]) { $1 }))
        XCTAssertNil(PausePoint.fromEnvironment(file.merging(["NEWSINDEX_TEST_PAUSE": "written:-1"]) { $1 }))
        let once = PausePoint.fromEnvironment(file.merging(["NEWSINDEX_TEST_PAUSE": "written:150"]) { $1 })
        XCTAssertEqual(once?.kind, .written)
        XCTAssertEqual(once?.at, 150)
        XCTAssertEqual(once?.repeating, false)
        let every = PausePoint.fromEnvironment(file.merging(["NEWSINDEX_TEST_PAUSE": "commit:2+"]) { $1 })
        XCTAssertEqual(every?.kind, .commit)
        XCTAssertEqual(every?.at, 2)
        XCTAssertEqual(every?.repeating, true)
    }

    /// A point of another kind, or another count, passes straight through.
    func testOtherPointsDoNotStop() {
        let p = PausePoint(kind: .commit, at: 2, repeating: false, file: "/nonexistent/never-created")
        p.reached(.written, count: 2)
        p.reached(.commit, count: 1)
        p.reached(.commit, count: 3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: p.file))
    }
}

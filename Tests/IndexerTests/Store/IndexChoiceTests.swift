import XCTest
@testable import Indexer

/// `--index`, else `NEWSINDEX_INDEX`, else `./Index`, and the rule that chose it.
final class IndexChoiceTests: XCTestCase {
    func testOptionWinsOverEnvironment() {
        let c = IndexChoice.resolve(option: "/srv/news", environment: ["NEWSINDEX_INDEX": "/home/me/ix"])
        XCTAssertEqual(c, IndexChoice(path: "/srv/news", source: .option))
    }

    func testEnvironmentWinsOverCurrentFolder() {
        let c = IndexChoice.resolve(option: nil, environment: ["NEWSINDEX_INDEX": "/home/me/ix"])
        XCTAssertEqual(c, IndexChoice(path: "/home/me/ix", source: .environment))
    }

    func testCurrentFolderWhenNeitherIsGiven() {
        XCTAssertEqual(IndexChoice.resolve(option: nil, environment: [:]), IndexChoice(path: "Index", source: .currentFolder))
        // `NEWSINDEX_INDEX=` (set but empty) is as good as unset.
        XCTAssertEqual(IndexChoice.resolve(option: nil, environment: ["NEWSINDEX_INDEX": ""]).source, .currentFolder)
    }

    func testExplicitEmptyOptionIsKeptForTheOpenerToReject() {
        XCTAssertEqual(IndexChoice.resolve(option: "", environment: ["NEWSINDEX_INDEX": "/x"]), IndexChoice(path: "", source: .option))
    }

    func testSourceNamesForStats() {
        XCTAssertEqual(IndexChoice.Source.option.rawValue, "option")
        XCTAssertEqual(IndexChoice.Source.environment.rawValue, "environment")
        XCTAssertEqual(IndexChoice.Source.currentFolder.rawValue, "default")
        XCTAssertEqual(IndexChoice.Source.environment.phrase, "$NEWSINDEX_INDEX")
    }
}

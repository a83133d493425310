import Foundation
import XCTest
@testable import Indexer

/// `search index --spelling`: the spelling table is opt-in, and an index that has it keeps it.
final class SpellingOptionTests: XCTestCase {
    private var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }
    override func tearDown() { scratch.remove() }

    private func article(_ title: String, _ body: String) -> String {
        Scratch.article(title: title, date: "2025-03-01", body: body)
    }

    private func suggestion(_ text: String, in index: String) throws -> String? {
        try Searcher(indexPath: index).search(SearchRequest(text: text)).suggestion
    }

    func testWithoutTheOptionNoSpellingTableIsWritten() throws {
        let folder = try scratch.folder("news", ["a.txt": article("Tariffs rise", "New tariffs on steel were announced.")])
        let index = scratch.path("ix")
        _ = try IndexBuilder(indexPath: index).index(folder: folder)
        XCTAssertNil(try suggestion("tarifs", in: index))
        XCTAssertFalse(try Searcher(indexPath: index).info().spelling)
        XCTAssertFalse(try Database(path: index).hasSpellings())
        // The words are still searchable: only the suggestion data is missing.
        XCTAssertEqual(try Searcher(indexPath: index).search(SearchRequest(text: "tariffs")).total, 1)
    }

    func testTheOptionIsRememberedByLaterRuns() throws {
        let folder = try scratch.folder("news", ["a.txt": article("Tariffs rise", "New tariffs on steel were announced.")])
        let index = scratch.path("ix")
        var options = IndexOptions()
        options.spelling = true
        _ = try IndexBuilder(indexPath: index, options: options).index(folder: folder)
        XCTAssertEqual(try suggestion("tarifs", in: index), "tariffs")
        XCTAssertTrue(try Searcher(indexPath: index).info().spelling)
        XCTAssertTrue(try Database(path: index).hasSpellings())

        // A later run without the option still records the new words.
        try article("Harbour reopens", "The harbour reopened after the storm.")
            .write(toFile: (folder as NSString).appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let second = try IndexBuilder(indexPath: index).index(folder: folder)
        XCTAssertEqual(second.added, 1)
        XCTAssertEqual(try suggestion("harbuor", in: index), "harbour")
    }

    func testIndexesWrittenBeforeTheOptionCountAsHavingSpelling() throws {
        // An index record without the field comes from a version that always wrote spelling data.
        let old = #"{"schema":2,"tool":"0.1.0","xapian":"1.4.22","roots":[]}"#
        XCTAssertTrue(IndexInfo.load(from: old).spelling)
        XCTAssertFalse(IndexInfo.load(from: "").spelling)
        XCTAssertFalse(IndexInfo().spelling)
    }

    /// Issue 12 item 17: "Did you mean" keeps the capitals of the words the user wrote.
    func testSuggestionKeepsTheCaseOfProperNouns() throws {
        let folder = try scratch.folder("news", ["a.txt": article("Blair speaks", "Tony Blair spoke in Belfast about the peace talks.")])
        let index = scratch.path("ix")
        var options = IndexOptions()
        options.spelling = true
        _ = try IndexBuilder(indexPath: index, options: options).index(folder: folder)
        XCTAssertEqual(try suggestion("Tony Blaire", in: index), "Tony Blair")
        XCTAssertEqual(try suggestion("BLAIRE", in: index), "BLAIR")
        XCTAssertEqual(try suggestion("peace tlaks", in: index), "peace talks")
        XCTAssertEqual(Searcher.keepingCase(of: "Tony blaire", in: "Tony blair"), "Tony blair", "a lowercase word stays lowercase")
    }
}

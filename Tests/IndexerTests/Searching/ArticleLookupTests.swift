import Foundation
import XCTest
@testable import Indexer

/// Issue 12 item 3: ids are unique across roots, and where an index still holds an id twice
/// (written before ids had prefixes) `show` lists the candidates instead of picking one.
final class ArticleLookupTests: XCTestCase {
    func testLaterRootsGetPrefixedIdsAndTwiceHeldIdsAreListed() throws {
        let s = try Scratch()
        defer { s.remove() }
        let one = try s.folder("t1", ["a.txt": Scratch.article(title: "One", date: "2025-01-01", body: "Text one.")])
        let two = try s.folder("t1b", ["a.txt": Scratch.article(title: "Two", date: "2025-01-02", body: "Text two.")])
        let ix = s.path("ix")
        _ = try IndexBuilder(indexPath: ix).index(folder: one)
        _ = try IndexBuilder(indexPath: ix).index(folder: two)
        let searcher = try Searcher(indexPath: ix)
        XCTAssertEqual(try searcher.info().roots.map(\.idPrefix), [nil, "t1b/"])
        guard case .found(let first) = try searcher.lookup("a.txt") else { return XCTFail("a.txt") }
        XCTAssertEqual(first.title, "One")
        guard case .found(let second) = try searcher.lookup("t1b/a.txt") else { return XCTFail("t1b/a.txt") }
        XCTAssertEqual(second.title, "Two")
        guard case .found(let byPath) = try searcher.lookup(two + "/a.txt") else { return XCTFail("by path") }
        XCTAssertEqual(byPath.title, "Two")

        // An index from before prefixes: both roots gave the id a.txt.
        let db = try WritableDatabase(path: ix, mode: .createOrOpen)
        var info = IndexInfo.load(from: try db.metadata(Schema.Metadata.info))
        info.roots[1].idPrefix = nil
        try db.setMetadata(Schema.Metadata.info, info.encoded)
        try db.commit()
        try db.close()
        var full = IndexOptions()
        full.full = true
        _ = try IndexBuilder(indexPath: ix, options: full).index(folder: two)
        guard case .several(let candidates) = try Searcher(indexPath: ix).lookup("a.txt") else { return XCTFail("not listed") }
        XCTAssertEqual(Set(candidates.map(\.title)), ["One", "Two"])
        XCTAssertNil(try Searcher(indexPath: ix).article("a.txt"), "no silent pick")
    }
}

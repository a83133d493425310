import Foundation
import XCTest
@testable import Indexer

/// Schema 5 moved the stored header out of the document data into `Slot.header`. An index in
/// the schema-4 layout has no header slot, so its hits would read as nothing: the version
/// check must refuse it and ask for a full rebuild, which then reads back whole.
final class StoredLayoutVersionTests: XCTestCase {
    func testAnIndexInTheSchema4LayoutAsksForAFullRebuild() throws {
        let s = try Scratch()
        defer { s.remove() }
        let folder = try s.folder("news", ["truce.txt": Scratch.article(title: "Harbour truce", date: "2024-03-01",
                                                                         body: "The harbour truce held overnight.")])
        let ix = s.path("ix")
        _ = try IndexBuilder(indexPath: ix).index(folder: folder)
        let article = try XCTUnwrap(try Searcher(indexPath: ix).search(SearchRequest(text: "harbour")).hits.first?.article)

        // The schema-4 layout, as an older build left it: header, a newline, the body, all in the data.
        let db = try WritableDatabase(path: ix, mode: .open)
        let unique = try XCTUnwrap(try db.allTerms(prefix: Schema.Prefix.unique).first?.term)
        let old = Document()
        try old.setData(article.encodedHeader().bytes + Array("\n\(article.body)".utf8))
        try old.addBooleanTerm(unique)
        try old.addTerm("harbour")
        _ = try db.replace(uniqueTerm: unique, with: old)
        try db.setMetadata(Schema.Metadata.schemaVersion, "4")
        try db.commit()
        try db.close()

        XCTAssertThrowsError(try Searcher(indexPath: ix)) { error in
            guard case .outdatedIndex(_, let found)? = error as? SearchError else { return XCTFail("\(error)") }
            XCTAssertEqual(found, 4)
            XCTAssertTrue("\(error)".contains("needs a full rebuild"), "\(error)")
        }
        XCTAssertThrowsError(try IndexBuilder(indexPath: ix).index(folder: folder)) { error in
            guard case .schemaMismatch(_, let found)? = error as? IndexError else { return XCTFail("\(error)") }
            XCTAssertEqual(found, 4)
        }

        var full = IndexOptions()
        full.full = true
        _ = try IndexBuilder(indexPath: ix, options: full).index(folder: folder)
        let hit = try XCTUnwrap(try Searcher(indexPath: ix).search(SearchRequest(text: "harbour")).hits.first)
        XCTAssertEqual(hit.article, article)
        XCTAssertTrue(hit.snippet.contains("<b>harbour</b>"), hit.snippet)
    }
}

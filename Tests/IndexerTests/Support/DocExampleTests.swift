import Foundation
import XCTest
@testable import Indexer

/// The usage lines in the library's doc comments, run as written (with the values they need),
/// so an example cannot describe a function that does not exist or answers otherwise.
final class DocExampleTests: ScratchTestCase {
    func testXapianWrapperExamples() throws {
        let path = scratch.path("db")
        let json = "{}", id = "a1", body = "trade truce"
        // WritableDatabase, Document, TermGenerator
        let wdb = try WritableDatabase(path: path, mode: .createOrOpen)
        let doc = Document(); try doc.setData(Array(json.utf8)); try doc.addBooleanTerm("Q" + id)
        let tg = try TermGenerator(language: "english"); try tg.setDocument(doc); try tg.indexText(body)
        _ = try wdb.replace(uniqueTerm: "Q" + id, with: doc)
        try wdb.commit()
        try wdb.close()
        // Database, QueryParser, Query, Enquire, MatchSet
        let db = try Database(path: path)
        let qp = try QueryParser(language: "english"); try qp.addPrefix("title", "S"); let q = try qp.parse("title:trade")
        XCTAssertFalse(q.isEmpty)
        let parsed = try qp.parse("truce")
        let filtered = try Query.combine(.filter, [parsed, try Query(term: "Q" + id)])
        let e = try Enquire(db); try e.setQuery(filtered); let page = try e.matches(offset: 0, limit: 10)
        XCTAssertEqual(page.count, 1)
        let enquire = e
        XCTAssertEqual(try enquire.matches(offset: 0, limit: 10, checkAtLeast: 1_000).count, 1)
        // XapianError: a second writer is refused with the typed kind.
        let writer = try WritableDatabase(path: path, mode: .open)
        XCTAssertThrowsError(try WritableDatabase(path: path, mode: .open)) { error in
            XCTAssertEqual((error as? XapianError)?.kind, .databaseLock, "\(error)")
        }
        try writer.close()
    }

    func testValueExamples() throws {
        XCTAssertEqual(PartialDate("2025-11")?.description, "2025-11")
        XCTAssertEqual(try DateExpression.parse("2025-11").first, PartialDate("2025-11-01"))
        XCTAssertEqual(try QuerySyntax.split("trade country:KR date:2025-10..2025-11").text, "trade")
        XCTAssertEqual(CSVParser.records("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n").map(\.fields), [["a", "b"], ["x, y", "say \"hi\""]])
        XCTAssertEqual(TextHeader.parse("---\ntitle: Xi meets Lee\n---\nBody")?.fields["title"], "Xi meets Lee")
        XCTAssertEqual(MarkdownText.plain("**Bold** [site](http://x) \\$5"), "Bold site $5")
        XCTAssertEqual(HTMLEntities.decode("Caf&eacute; &amp; &#8220;bar&#x201D;"), "Café & “bar”")
        XCTAssertEqual(CountryRecognizer().recognize(title: "", body: "Beijing said…", published: nil).map(\.code), ["CN"])
        XCTAssertEqual(LeaderRecognizer().recognize(title: "", body: "President Lee met…", published: PartialDate("2010-06-01"))
            .map(\.id), ["kr-lee-myung-bak"])
        var r = SearchRequest(text: "trade truce"); r.countries = ["South Korea"]; r.facets = [FacetSpec(.country), FacetSpec(.leader)]
        XCTAssertEqual(r.facets.count, 2)
    }

    func testFacadeExample() throws {
        let folder = try scratch.fixtureCorpus()
        let location = scratch.path("Index")
        _ = try NewsIndex(at: location).index(folder: folder)
        let index = NewsIndex(at: location)
        let result = try index.search(SearchRequest(text: "trade"))
        XCTAssertGreaterThan(result.total, 0)
        XCTAssertEqual(try IndexBuilder(indexPath: location).index(folder: folder).unchanged, 10)
        XCTAssertGreaterThan(try Searcher(indexPath: location).search(SearchRequest(text: "trade")).total, 0)
    }
}

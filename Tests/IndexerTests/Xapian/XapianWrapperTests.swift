import Foundation
import XCTest
@testable import Indexer

/// The Swift wrappers over the C shim: errors arrive as XapianError, never as a crash.
final class XapianWrapperTests: XCTestCase {
    private var scratch: Scratch!

    override func setUpWithError() throws { scratch = try Scratch() }
    override func tearDown() { scratch.remove() }

    func testOpeningAMissingDatabaseThrows() {
        let path = scratch.path("no-such-db")
        XCTAssertThrowsError(try Database(path: path)) { error in
            let e = error as? XapianError
            XCTAssertNotNil(e, "\(error)")
            XCTAssertTrue([.databaseNotFound, .databaseOpening].contains(e?.kind), "\(error)")
            XCTAssertFalse(e?.message.isEmpty ?? true)
        }
    }

    func testOpeningAFolderOfJunkThrows() throws {
        let path = try scratch.folder("junk", ["postlist.glass": "not a table", "notes.txt": "hello"])
        XCTAssertThrowsError(try Database(path: path)) { error in
            XCTAssertTrue(error is XapianError, "\(error)")
        }
    }

    func testOpeningACorruptGlassDatabaseThrowsCleanly() throws {
        // A real database whose version file and tables are overwritten with garbage.
        let path = scratch.path("corrupt")
        let w = try WritableDatabase(path: path)
        let doc = Document()
        try doc.addTerm("hello")
        try w.replace(uniqueTerm: "Qone", with: doc)
        try w.close()
        let garbage = String(repeating: "garbage!", count: 64)
        for name in try FileManager.default.contentsOfDirectory(atPath: path) where name.hasSuffix(".glass") || name == "iamglass" {
            try garbage.write(toFile: (path as NSString).appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        do {
            let db = try Database(path: path)
            // Some damage only shows on first read; that must throw too.
            _ = try db.termFrequency("hello")
            _ = try db.document(1)
            XCTFail("a corrupt database opened and read without an error")
        } catch {
            XCTAssertTrue(["DatabaseCorruptError", "DatabaseOpeningError", "DatabaseVersionError", "DatabaseError"].contains(error.xapianKind),
                          "\(error)")
        }
        // The searcher reports it as a damaged index (issue 12 item 15), not "no index".
        XCTAssertThrowsError(try Searcher(indexPath: path).search(SearchRequest(text: "hello"))) { error in
            guard case .damagedIndex = error as? SearchError else { return XCTFail("\(error)") }
        }
    }

    func testAStubFileNamingNothingThrows() throws {
        let stub = scratch.path("stub")
        try "auto \(scratch.path("missing-shard"))\n".write(toFile: stub, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Database(path: stub)) { error in
            XCTAssertTrue(error is XapianError, "\(error)")
        }
    }

    func testQueryParserErrorForADanglingOperator() throws {
        let qp = try QueryParser(language: "english")
        XCTAssertThrowsError(try qp.parse("foo AND", flags: .default)) { error in
            XCTAssertEqual((error as? XapianError)?.kind, .queryParser, "\(error)")
        }
        XCTAssertThrowsError(try qp.parse("OR bar", flags: .default)) { error in
            XCTAssertEqual((error as? XapianError)?.kind, .queryParser, "\(error)")
        }
        XCTAssertFalse(try qp.parse("foo AND bar", flags: .default).isEmpty)
    }

    func testReplaceByUniqueTermReplaces() throws {
        let path = scratch.path("db")
        let w = try WritableDatabase(path: path)
        for (body, data) in [("first version", "v1"), ("second version", "v2"), ("third", "v3")] {
            let doc = Document()
            let tg = try TermGenerator(language: "english")
            try tg.setDocument(doc)
            try tg.indexText(body)
            try doc.addBooleanTerm("Qarticle-1")
            try doc.setData(Array(data.utf8))
            try w.replace(uniqueTerm: "Qarticle-1", with: doc)
        }
        let other = Document()
        try other.addBooleanTerm("Qarticle-2")
        try w.replace(uniqueTerm: "Qarticle-2", with: other)
        try w.commit()
        XCTAssertEqual(try w.documentCount(), 2)
        try w.close()

        let db = try Database(path: path)
        XCTAssertEqual(try db.documentCount(), 2)
        XCTAssertEqual(try db.termFrequency("Qarticle-1"), 1)
        let id = try XCTUnwrap(try db.documentID(forTerm: "Qarticle-1"))
        XCTAssertEqual(String(decoding: try db.document(id).data(), as: UTF8.self), "v3")
        XCTAssertEqual(try db.termFrequency("first"), 0, "terms of the replaced versions are gone")
        XCTAssertEqual(try db.termFrequency("third"), 1)
        XCTAssertNil(try db.documentID(forTerm: "Qarticle-3"))
    }

    func testASecondWriterGetsALockError() throws {
        let path = scratch.path("db")
        let first = try WritableDatabase(path: path)
        XCTAssertThrowsError(try WritableDatabase(path: path)) { error in
            XCTAssertTrue((error as? XapianError)?.kind == .databaseLock, "\(error)")
        }
        try first.close()
    }

    func testValueCountSpyCountsEveryMatch() throws {
        let path = scratch.path("db")
        let w = try WritableDatabase(path: path)
        for i in 0..<30 {
            let doc = Document()
            try doc.addTerm("common")
            try doc.addValue(3, i % 3 == 0 ? "red" : "blue")
            try w.replace(uniqueTerm: "Q\(i)", with: doc)
        }
        try w.close()
        let db = try Database(path: path)
        let enquire = try Enquire(db)
        try enquire.setQuery(try Query(term: "common"))
        let spy = try enquire.addValueCountSpy(slot: 3)
        let page = try enquire.matches(offset: 0, limit: 2, checkAtLeast: 30)
        XCTAssertEqual(page.count, 2)
        XCTAssertEqual(try page.lowerBound(), 30)
        XCTAssertEqual(try spy.total(), 30)
        XCTAssertEqual(try spy.counts(), [TermEntry(term: "blue", frequency: 20), TermEntry(term: "red", frequency: 10)])
        // The packed form holds the same pairs in the same order.
        var packed: [TermEntry] = []
        try spy.packedCounts().forEach { packed.append(TermEntry(term: String(decoding: $0, as: UTF8.self), frequency: $1)) }
        XCTAssertEqual(packed, try spy.counts())
    }

    func testSnippetHighlightsStemmedMatches() throws {
        let path = scratch.path("db")
        let w = try WritableDatabase(path: path)
        let body = "Negotiators agreed a truce on Sunday. " + String(repeating: "Nothing else happened that day. ", count: 20)
        let doc = Document()
        let tg = try TermGenerator(language: "english")
        try tg.setDocument(doc)
        try tg.indexText(body)
        try w.replace(uniqueTerm: "Q1", with: doc)
        try w.close()

        let db = try Database(path: path)
        let qp = try QueryParser(language: "english")
        let enquire = try Enquire(db)
        let query = try qp.parse("agreeing", flags: .default)
        try enquire.setQuery(query)
        let mset = try enquire.matches(offset: 0, limit: 1)
        XCTAssertEqual(mset.count, 1)
        // Snippets are NewsIndex's own (SnippetMaker), from the parsed query's terms and the stemmer wrapper.
        let maker = try SnippetMaker(queryTerms: try query.terms(), wildcards: [], stemmer: try Stemmer(language: "english"), length: 80)
        let snippet = try XCTUnwrap(try maker.snippet(of: body))
        XCTAssertTrue(snippet.contains("<b>agreed</b>"), snippet)
        XCTAssertLessThanOrEqual(snippet.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "").utf8.count, 100, snippet)
    }
}

extension Error {
    /// The Xapian class of an error, or "" for other errors.
    var xapianKind: String { (self as? XapianError)?.kind.name ?? "" }
}

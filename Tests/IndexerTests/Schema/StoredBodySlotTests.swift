import XCTest
@testable import Indexer

/// The body lives in a value slot, and glass keeps a slot's values in streams cut into chunks of
/// about 2,000 bytes: bodies from empty to several megabytes, next to one another, replaced and
/// deleted, must come back exactly from a real database.
final class StoredBodySlotTests: ScratchTestCase {
    private func article(_ n: Int, body: String) -> Schema.StoredArticle {
        Schema.StoredArticle(id: "a\(n)", path: "/r/a\(n).txt", root: "/r", title: "Article \(n)", body: body,
                             format: "txt", decodedAsWindows1252: false, countries: [], leaders: [], dates: [])
    }

    /// Deterministic text of `count` bytes, with multibyte characters and a NUL, unlike its neighbours.
    private func body(_ n: Int, count: Int) -> String {
        var rng = SplitMix64(state: UInt64(n))
        let pieces = ["harbour ", "truce ", "Zürich ", "東京 ", "\n", "\u{0}", "—"]
        var s = ""
        while s.utf8.count < count { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
        return s
    }

    func testBodiesOfEverySizeReadBackExactly() throws {
        let sizes = [0, 1, 40, 1_999, 2_000, 2_001, 3_000, 70_000, 3_000_000, 12, 900, 900, 900]
        let path = scratch.path("db")
        let w = try WritableDatabase(path: path)
        var expected: [String: Schema.StoredArticle] = [:]
        for (n, size) in sizes.enumerated() {
            let a = article(n, body: body(n, count: size))
            let doc = Document()
            try a.store(in: doc)
            try doc.addBooleanTerm("Q\(a.id)")
            _ = try w.replace(uniqueTerm: "Q\(a.id)", with: doc)
            expected[a.id] = a
        }
        try w.commit()
        // A later batch rewrites chunks in the middle of the stream: one body grows, one goes.
        let grown = article(3, body: body(99, count: 50_000))
        let doc = Document()
        try grown.store(in: doc)
        try doc.addBooleanTerm("Qa3")
        _ = try w.replace(uniqueTerm: "Qa3", with: doc)
        expected["a3"] = grown
        try w.delete(uniqueTerm: "Qa7")
        expected["a7"] = nil
        try w.commit()
        try w.close()

        let db = try Database(path: path)
        XCTAssertEqual(try db.documentCount(), expected.count)
        for (id, a) in expected {
            let docID = try XCTUnwrap(try db.documentID(forTerm: "Q\(id)"), id)
            let read = try XCTUnwrap(try Schema.StoredArticle.read(from: try db.document(docID)), id)
            XCTAssertEqual(read.body.utf8.count, a.body.utf8.count, id)
            XCTAssertEqual(read, a, id)
            XCTAssertEqual(try db.document(docID).data(), [], "no document data: \(id)")
        }
    }
}

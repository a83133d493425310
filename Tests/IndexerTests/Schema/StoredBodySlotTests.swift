import XCTest
@testable import Indexer

/// The body lives in a value slot, and glass keeps a slot's values in streams cut into chunks of
/// about 2,000 bytes: bodies from empty to several megabytes, next to one another, replaced and
/// deleted, must come back exactly from a real database. Bodies over the limit go in the data,
/// so the slot's statistics (its lowest and highest value, kept whole) stay small.
final class StoredBodySlotTests: ScratchTestCase {
    private func article(_ n: Int, body: String) -> Schema.StoredArticle {
        Schema.StoredArticle(id: "a\(n)", path: "/r/a\(n).txt", root: "/r", title: "Article \(n)", body: body,
                             format: "txt", decodedAsWindows1252: false, countries: [], leaders: [], dates: [])
    }

    /// Deterministic text of `count` bytes, with multibyte characters and a NUL, unlike its neighbours.
    /// A body too long for the slot starts with the highest of these bytes, so that in the slot it
    /// would be the slot's upper bound.
    private func body(_ n: Int, count: Int) -> String {
        var rng = SplitMix64(state: UInt64(n))
        let pieces = ["harbour ", "truce ", "Zürich ", "東京 ", "\n", "\u{0}", "—"]
        var s = count > Schema.StoredArticle.bodySlotLimit ? "\u{FFFD}" : ""
        while s.utf8.count < count {
            let piece = pieces[Int(rng.next() % UInt64(pieces.count))]
            s += s.utf8.count + piece.utf8.count <= count ? piece : "x"
        }
        return s
    }

    func testBodiesOfEverySizeReadBackExactly() throws {
        let limit = Schema.StoredArticle.bodySlotLimit
        let sizes = [0, 1, 40, 1_999, 2_000, 2_001, 3_000, 70_000, 3_000_000, 12, 900, limit, limit + 1, 900]
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
        // A later batch rewrites chunks in the middle of the stream: one body grows, a long one
        // shrinks into the slot, one goes.
        for (n, size) in [(3, 50_000), (12, 100)] {
            let changed = article(n, body: body(100 + n, count: size))
            let doc = Document()
            try changed.store(in: doc)
            try doc.addBooleanTerm("Q\(changed.id)")
            _ = try w.replace(uniqueTerm: "Q\(changed.id)", with: doc)
            expected[changed.id] = changed
        }
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
            let long = a.body.utf8.count > limit
            XCTAssertEqual(try db.document(docID).data().count, long ? a.body.utf8.count : 0, id)
            XCTAssertEqual(try db.document(docID).withValue(Schema.Slot.body) { $0.count }, long ? 0 : a.body.utf8.count, id)
        }
        XCTAssertLessThanOrEqual(try db.valueUpperBound(Schema.Slot.body).utf8.count, limit)
        XCTAssertLessThanOrEqual(try db.valueLowerBound(Schema.Slot.body).utf8.count, limit)
    }
}

import Foundation
import XCTest
@testable import Indexer

/// Change detection and the bookkeeping that crash safety rests on, in process.
final class IncrementalTests: XCTestCase {
    private var base: URL!

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("incr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base.appendingPathComponent("src"), withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: base) }

    private func put(_ name: String, _ text: String) throws {
        try text.write(to: base.appendingPathComponent("src/" + name), atomically: false, encoding: .utf8)
    }

    private func indexOnce(full: Bool = false) throws -> IndexSummary {
        var o = IndexOptions(); o.jobs = 2; o.commitEvery = 1; o.full = full
        return try IndexBuilder(indexPath: base.appendingPathComponent("ix").path, options: o).index(folder: base.appendingPathComponent("src").path)
    }

    func testFileStateRoundTripAndStatComparison() {
        let when = Date(timeIntervalSince1970: 1_700_000_000.75)
        let s = FileState(size: 42, modified: when, contentHash: 0xDEAD_BEEF)
        XCTAssertEqual(FileState(encoded: s.encoded), s)
        XCTAssertNil(FileState(encoded: ""))
        XCTAssertNil(FileState(encoded: "1:2"))
        XCTAssertTrue(s.sameStat(as: ArticleFile(path: "/x", relativePath: "x", size: 42, modified: when)))
        XCTAssertFalse(s.sameStat(as: ArticleFile(path: "/x", relativePath: "x", size: 43, modified: when)))
        XCTAssertFalse(s.sameStat(as: ArticleFile(path: "/x", relativePath: "x", size: 42, modified: when.addingTimeInterval(1))))
    }

    /// Rewritten within the same second as it was indexed, same size, same mtime: the stat cannot
    /// tell, so a file that recent was stored for a hash check, which sees the change.
    func testSameSecondRewriteIsNotMissed() throws {
        let url = base.appendingPathComponent("src/a.txt")
        try put("a.txt", "Alpha\n\nFirst story about France.\n")
        let mtime = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
        XCTAssertEqual(try indexOnce().added, 1)
        try put("a.txt", "Alpha\n\nFirst story about Kenyan.\n")   // same size as before
        try FileManager.default.setAttributes([.modificationDate: mtime], ofItemAtPath: url.path)
        let s = try indexOnce()
        XCTAssertEqual([s.updated, s.unchanged], [1, 0], "\(s)")

        // An old file keeps a trusted stat: no hash check, no read.
        let old = Date(timeIntervalSinceNow: -3_600)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: url.path)
        XCTAssertEqual(try indexOnce().unchanged, 1)
        let db = try Database(path: base.appendingPathComponent("ix").path)
        let term = try XCTUnwrap(try db.allTerms(prefix: Schema.Prefix.file).first).term
        let state = try XCTUnwrap(FileState(encoded: try db.metadata(Schema.Metadata.fileState(fileTerm: term))))
        XCTAssertEqual(state.modified, Int64(old.timeIntervalSince1970.rounded(.down)))
    }

    /// Every file term has its state and every state its documents: what a commit may hold.
    func testStatesAndDocumentsAgree() throws {
        try put("a.txt", "Alpha\n\nFirst story about France.\n")
        try put("b.jsonl", "{\"title\":\"B1\",\"body\":\"one\"}\n{\"title\":\"B2\",\"body\":\"two\"}\n")
        try put("bad.jsonl", "{nope\n{also nope\n")
        var s = try indexOnce()
        XCTAssertEqual(s.added, 2, "a file without a single good record is not added")
        XCTAssertEqual(s.articlesWritten, 3)
        XCTAssertEqual(s.skipped.filter { $0.path.hasSuffix("bad.jsonl") }.count, 2)

        let db = try Database(path: base.appendingPathComponent("ix").path)
        let fileTerms = try db.allTerms(prefix: Schema.Prefix.file)
        XCTAssertEqual(fileTerms.map(\.frequency), [1, 2])
        for t in fileTerms {
            XCTAssertNotNil(FileState(encoded: try db.metadata(Schema.Metadata.fileState(fileTerm: t.term))), t.term)
        }
        let info = IndexInfo.load(from: try db.metadata(Schema.Metadata.info))
        XCTAssertEqual(info.roots.count, 1)

        s = try indexOnce()
        XCTAssertEqual([s.added, s.updated, s.removed, s.unchanged], [0, 0, 0, 2])

        // A file turning bad (empty, malformed) while still there keeps its earlier version and
        // its state, so nothing a run only skipped is lost (issue 12 item 1).
        try put("a.txt", "")
        try put("b.jsonl", "{broken\n")
        s = try indexOnce()
        XCTAssertEqual(s.removed, 0, "\(s)")
        XCTAssertTrue(s.skipped.filter { $0.path.hasSuffix("a.txt") || $0.path.hasSuffix("b.jsonl") }.allSatisfy { $0.kept == true }, "\(s.skipped)")
        XCTAssertEqual(try Database(path: base.appendingPathComponent("ix").path).documentCount(), 3)

        // Files that are gone take their articles and states with them.
        try FileManager.default.removeItem(at: base.appendingPathComponent("src/a.txt"))
        try FileManager.default.removeItem(at: base.appendingPathComponent("src/b.jsonl"))
        s = try indexOnce()
        XCTAssertEqual(s.removed, 2, "\(s)")
        let after = try Database(path: base.appendingPathComponent("ix").path)
        XCTAssertEqual(try after.documentCount(), 0)
        XCTAssertEqual(try after.allTerms(prefix: Schema.Prefix.file).count, 0)
    }
}

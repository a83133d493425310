import Foundation
import XCTest
@testable import Indexer

/// A run on an empty database keeps its near-duplicate lookup in memory (`RunClusters`) instead
/// of reading it back from the writer. It must build the very database the lookup through the
/// writer builds, and leave an index that later runs update as before.
final class FreshBuildTests: XCTestCase {
    private var base: URL!

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("fresh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base.appendingPathComponent("src"), withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: base) }

    private static let words = ("harbour council budget river grain tariff vote bridge storm minister rail " +
        "export festival court drought fishing strike museum senate cable mining flood summit wheat port " +
        "league treaty pipeline election forest copper vaccine airline census reform ferry").split(separator: " ").map(String.init)

    /// A story body of 60 words from a seed; `edit` changes one word, so copies stay copies.
    private static func body(story: Int, edit: Int) -> String {
        var state = UInt64(story) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        var out: [String] = []
        for i in 0..<60 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var w = words[Int(state >> 33) % words.count]
            if edit > 0, i == edit * 7 % 60 { w = "edited\(edit)" }
            out.append(w)
        }
        return out.joined(separator: " ") + ". France and Kenya said so on 3 May 2021."
    }

    /// 12 stories, most with several near-copies: 30 files and a feed of three more copies.
    private func writeCorpus() throws {
        var n = 0
        for story in 0..<12 {
            for copy in 0..<(story % 4 + 1) {
                try "Title: Story \(story) copy \(copy)\n\n\(Self.body(story: story, edit: copy))\n"
                    .write(to: base.appendingPathComponent("src/a\(n).txt"), atomically: false, encoding: .utf8)
                n += 1
            }
        }
        let feed = (0..<3).map { #"{"id": "f\#($0)", "title": "Feed \#($0)", "text": "\#(Self.body(story: 3, edit: 5 + $0))"}"# }
        try (feed.joined(separator: "\n") + "\n").write(to: base.appendingPathComponent("src/feed.jsonl"), atomically: false, encoding: .utf8)
    }

    /// `staged`: a fresh build writes through two staging databases (the default on two cores);
    /// `stagingSeen` is how many there were as the run reached its commit.
    private func index(_ name: String, inMemory: Bool, staged: Bool = true, stagingSeen: UnsafeMutablePointer<Int>? = nil) throws -> IndexSummary {
        var o = IndexOptions(); o.jobs = 2; o.commitEvery = 7; o.clustersInMemory = inMemory; o.stagedBuild = staged
        let path = base.appendingPathComponent(name).path
        return try IndexBuilder(indexPath: path, options: o).index(folder: base.appendingPathComponent("src").path) { p in
            if p.phase == .committing { stagingSeen?.pointee = IndexStaging.paths(of: path).count }
        }
    }

    /// Every document by unique term: its terms with wdf, its stored data and its values (all but
    /// the `written` slot, a time).
    private func contents(_ name: String) throws -> [String: String] {
        let db = try Database(path: base.appendingPathComponent(name).path)
        var out: [String: String] = [:]
        for unique in try db.allTerms(prefix: Schema.Prefix.unique) {
            let id = try XCTUnwrap(try db.documentID(forTerm: unique.term))
            let doc = try db.document(id)
            let terms = try db.terms(ofDocument: id).map { "\($0.term):\($0.frequency)" }.joined(separator: " ")
            let values = try [Schema.Slot.published, Schema.Slot.entities, Schema.Slot.mentioned,
                              Schema.Slot.signature, Schema.Slot.cluster, Schema.Slot.header, Schema.Slot.body].map { try doc.value($0) }
            out[unique.term] = terms + "\n" + values.joined(separator: "|") + "\n" + String(decoding: try doc.data(), as: UTF8.self)
        }
        return out
    }

    private func clusterSizes(_ name: String) throws -> [Int] {
        let db = try Database(path: base.appendingPathComponent(name).path)
        return try db.allTerms(prefix: Schema.clusterTerm("")).map(\.frequency).sorted()
    }

    func testInMemoryLookupBuildsTheSameDatabase() throws {
        try writeCorpus()
        let fast = try index("fast", inMemory: true, staged: false)
        let slow = try index("slow", inMemory: false)
        XCTAssertEqual(fast.articlesWritten, 33)
        XCTAssertEqual(slow.articlesWritten, 33)
        let a = try contents("fast"), b = try contents("slow")
        XCTAssertEqual(a.count, 33)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (term, doc) in a { XCTAssertEqual(doc, b[term], term) }
        // The corpus has copies: clusters formed, within and across commits and files.
        let sizes = try clusterSizes("fast")
        XCTAssertEqual(sizes, try clusterSizes("slow"))
        XCTAssertEqual(sizes.max(), 7, "story 3's four files and three feed records are one cluster: \(sizes)")
        XCTAssertEqual(sizes.count, 12, "one cluster per story")
    }

    /// The index built in memory is an ordinary one: a re-run reads nothing, a changed file and a
    /// new copy go through the lookup in the database and join their story's cluster.
    func testAFreshBuildStaysIncremental() throws {
        try writeCorpus()
        _ = try index("ix", inMemory: true)
        let again = try index("ix", inMemory: true)
        XCTAssertEqual([again.added, again.updated, again.unchanged, again.articlesWritten], [0, 0, 31, 0], "\(again)")

        try "Title: Story 2 again\n\n\(Self.body(story: 2, edit: 9))\n"
            .write(to: base.appendingPathComponent("src/new.txt"), atomically: false, encoding: .utf8)
        try "Title: Story 5 retold\n\n\(Self.body(story: 5, edit: 4))\n"
            .write(to: base.appendingPathComponent("src/a0.txt"), atomically: false, encoding: .utf8)
        let third = try index("ix", inMemory: true)
        XCTAssertEqual([third.added, third.updated, third.unchanged], [1, 1, 30], "\(third)")
        let db = try Database(path: base.appendingPathComponent("ix").path)
        XCTAssertEqual(try db.documentCount(), 34)
        func cluster(_ file: String) throws -> String {
            let term = try XCTUnwrap(try db.allTerms(prefix: Schema.Prefix.unique).first { $0.term.hasSuffix(":" + file) }?.term, file)
            return try db.document(try XCTUnwrap(try db.documentID(forTerm: term))).value(Schema.Slot.cluster)
        }
        // Story 2 has three files, a3 to a5 (stories 0 and 1 hold a0 to a2); a0 now tells story 5 (a11 and a12).
        XCTAssertEqual(try cluster("new.txt"), try cluster("a3.txt"))
        XCTAssertEqual(try cluster("a0.txt"), try cluster("a11.txt"))
    }

    /// The in-memory lookup on its own: a copy takes the key of the closest earlier copy, a
    /// stranger keys its own cluster, and a rewritten document leaves the bands it had.
    func testRunClustersFollowTheBands() {
        let a = NearDuplicateSignature(minimums: (0..<30).map { UInt32($0) })
        var near = a.minimums; near[0] = 999; near[4] = 998
        let b = NearDuplicateSignature(minimums: near)
        let stranger = NearDuplicateSignature(minimums: (0..<30).map { UInt32(1_000 + $0) })
        let run = RunClusters()
        let keyA = run.key(for: a, uniqueTerm: "Qa")
        XCTAssertEqual(keyA, StableHash.hex("Qa"))
        run.record(id: 1, uniqueTerm: "Qa", signature: a, cluster: keyA)
        XCTAssertEqual(run.key(for: b, uniqueTerm: "Qb"), keyA)
        XCTAssertEqual(run.key(for: stranger, uniqueTerm: "Qs"), StableHash.hex("Qs"))
        // A document is never its own copy, and once rewritten as the stranger it no longer matches b.
        XCTAssertEqual(run.key(for: a, uniqueTerm: "Qa"), StableHash.hex("Qa"))
        run.record(id: 1, uniqueTerm: "Qa", signature: stranger, cluster: keyA)
        XCTAssertEqual(run.key(for: b, uniqueTerm: "Qb"), StableHash.hex("Qb"))
    }

    /// Two writers and their merge build the database the single writer builds: the same
    /// documents with the same terms (wdf), values, stored data and cluster keys, in one database.
    /// Only document ids differ (each staging database numbers its own, the merge appends them).
    func testTwoWritersBuildTheSameDatabaseAsOne() throws {
        try writeCorpus()
        var seen = 0
        let two = try index("two", inMemory: true, stagingSeen: &seen)
        XCTAssertEqual(seen, 2, "the fresh build wrote through two staging databases")
        let one = try index("one", inMemory: true, staged: false)
        _ = try index("lookup", inMemory: false)
        XCTAssertEqual([two.added, two.articlesWritten, two.documents], [one.added, one.articlesWritten, one.documents])
        XCTAssertEqual(two.documents, 33)
        let a = try contents("two"), b = try contents("one"), c = try contents("lookup")
        XCTAssertEqual(a.count, 33)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (term, doc) in a {
            XCTAssertEqual(doc, b[term], term)
            XCTAssertEqual(doc, c[term], term)
        }
        XCTAssertEqual(try clusterSizes("two"), try clusterSizes("one"))
        XCTAssertEqual(try clusterSizes("two").max(), 7)
        // One database: no staging left, every file's state in it, and a re-run reads nothing.
        let path = base.appendingPathComponent("two").path
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "/staging"))
        let db = try Database(path: path)
        XCTAssertEqual(try db.shardCount(), 1)
        XCTAssertEqual(try db.documentCount(), 33)
        XCTAssertEqual(try db.metadata(Schema.Metadata.schemaVersion), String(Schema.version))
        // The merged index's sequence covers every staged article's stamp: a watch marked now
        // must not list them as new after the next run.
        let sequence = Schema.writtenValue(try XCTUnwrap(Int64(try db.metadata(Schema.Metadata.sequence))))
        for unique in try db.allTerms(prefix: Schema.Prefix.unique) {
            let stamp = try db.document(try XCTUnwrap(try db.documentID(forTerm: unique.term))).value(Schema.Slot.written)
            XCTAssertLessThanOrEqual(stamp, sequence, unique.term)
        }
        let again = try index("two", inMemory: true, stagingSeen: &seen)
        XCTAssertEqual([again.added, again.updated, again.unchanged, again.articlesWritten], [0, 0, 31, 0], "\(again)")
    }

    /// The ids the single writer would give, for ordering a fresh build's candidates.
    func testRunClustersNumberLikeTheSingleWriter() {
        let run = RunClusters()
        XCTAssertEqual(run.id(for: "Qa"), 1)
        run.record(id: run.id(for: "Qa"), uniqueTerm: "Qa", signature: nil, cluster: nil)
        XCTAssertEqual(run.id(for: "Qb"), 2)
        XCTAssertEqual(run.id(for: "Qb"), 2)
        XCTAssertEqual(run.id(for: "Qa"), 1, "written again, a document keeps its id")
    }

    /// A long-lived reader (the web and MCP servers refresh before each request) follows a fresh
    /// build: opened on the empty index, it finds every article once the build merged its staging
    /// databases and swapped the folder.
    func testALongLivedReaderFollowsAFreshBuild() throws {
        let path = base.appendingPathComponent("ix").path
        try FileManager.default.createDirectory(atPath: base.appendingPathComponent("empty").path, withIntermediateDirectories: true)
        var o = IndexOptions(); o.jobs = 2; o.commitEvery = 7
        _ = try IndexBuilder(indexPath: path, options: o).index(folder: base.appendingPathComponent("empty").path)
        let reader = try Searcher(indexPath: path)
        XCTAssertEqual(try reader.search(SearchRequest(text: "France")).total, 0)
        try writeCorpus()
        var seen = 0
        _ = try index("ix", inMemory: true, stagingSeen: &seen)
        XCTAssertEqual(seen, 2)
        reader.refresh()
        XCTAssertEqual(try reader.search(SearchRequest(text: "France")).total, 33)
    }

    /// Staging databases left by an interrupted build are merged in with the index's metadata;
    /// the merged sequence must still cover their articles' stamps, whatever the clocks said.
    func testLeftoverStagingKeepsTheNewestSequence() throws {
        try writeCorpus()
        let path = base.appendingPathComponent("ix").path
        _ = try index("ix", inMemory: true, staged: false)
        let before = try XCTUnwrap(Int64(try Database(path: path).metadata(Schema.Metadata.sequence)))
        let later = before + 60_000
        // Two staging databases with different sequences: the newest must win in the merge,
        // whichever source's metadata the compaction keeps.
        for (writer, stamp) in [(0, later - 1_000), (1, later)] {
            let stagePath = IndexStaging.path(of: path, writer: writer)
            try FileManager.default.createDirectory(atPath: stagePath, withIntermediateDirectories: true)
            let staged = try WritableDatabase(path: stagePath, mode: .createOrOverwrite)
            let doc = Document()
            try doc.addBooleanTerm(Schema.Prefix.unique + "left-over-\(writer)")
            try doc.addValue(Schema.Slot.written, Schema.writtenValue(stamp))
            _ = try staged.replace(uniqueTerm: Schema.Prefix.unique + "left-over-\(writer)", with: doc)
            try staged.setMetadata(Schema.Metadata.sequence, String(stamp))
            try staged.commit()
            try staged.close()
        }
        try StagedMerge.mergeLeftover(path)
        let db = try Database(path: path)
        XCTAssertEqual(try db.documentCount(), 35)
        XCTAssertEqual(try db.metadata(Schema.Metadata.sequence), String(later))
        XCTAssertFalse(IndexStaging.exists(in: path))
    }
}

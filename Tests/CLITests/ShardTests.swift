import Foundation
import TestSupport
import XCTest
@testable import Indexer

/// Sharded indexes searched as one: local shards through a stub, remote shards through real
/// `xapian-tcpsrv` servers, compared with one local database holding the same articles.
final class ShardTests: XCTestCase {
    var folder = ""
    var articles = ""
    var servers: [ShardServer] = []

    override func setUpWithError() throws {
        folder = try ShardFixtures.temporaryFolder()
        articles = try ShardFixtures.articles(in: folder)
    }

    override func tearDown() {
        // Servers are always stopped, whatever the test did.
        for s in servers { s.stop() }
        servers = []
        try? FileManager.default.removeItem(atPath: folder)
        super.tearDown()
    }

    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    /// One database and a sharded index over the same articles.
    func buildBoth(shards: Int) throws -> (single: String, sharded: String) {
        let single = path("single"), sharded = path("sharded")
        _ = try IndexBuilder(indexPath: single).index(folder: articles)
        _ = try ShardedIndex(indexPath: sharded, shards: shards).index(folder: articles)
        return (single, sharded)
    }

    func startServers(for sharded: String, count: Int) throws -> String {
        for i in 0..<count {
            servers.append(try ShardServer(shard: "\(sharded)/shard-\(i)", log: path("tcpsrv-\(i).log")))
        }
        let stub = path("remote.stub")
        try ("# two shards on loopback\n" + servers.map { $0.stubLine + "\n" }.joined()).write(toFile: stub, atomically: true, encoding: .utf8)
        return stub
    }

    // MARK: - Answers, compared

    /// What must be the same across layouts. Equal-ranked hits are put in id order: Xapian breaks
    /// ties by internal docid, and docids are interleaved differently once shards are combined.
    struct Answer: Equatable, CustomStringConvertible {
        var total: Int
        var exact: Bool
        var hits: [String]
        var facets: [String]
        var description: String { "total \(total) exact \(exact)\nhits \(hits)\nfacets \(facets)" }
    }

    func answer(_ index: String, _ r: SearchRequest) throws -> Answer {
        let result = try Searcher(indexPath: index).search(r)
        XCTAssertEqual(result.missingShards, [])
        let groups = Dictionary(grouping: result.hits) { h in
            r.sort == .relevance ? String(format: "%.6f", h.score) : (h.article.published ?? "") + String(format: "|%.6f", h.score)
        }
        var seen = Set<String>()
        var hits: [String] = []
        for h in result.hits {
            let key = r.sort == .relevance ? String(format: "%.6f", h.score) : (h.article.published ?? "") + String(format: "|%.6f", h.score)
            guard seen.insert(key).inserted else { continue }
            for g in groups[key]!.sorted(by: { $0.article.id < $1.article.id }) {
                hits.append("\(g.article.id) \(key) \(g.percent)% \(g.snippet)")
            }
        }
        let facets = result.facets.map { f in
            "\(f.spec.name) counted \(f.counted) distinct \(f.distinct): " + f.values.map { "\($0.value)=\($0.count)" }.joined(separator: " ")
        }
        return Answer(total: result.total, exact: result.exact, hits: hits, facets: facets)
    }

    static var requests: [SearchRequest] {
        var out: [SearchRequest] = []
        var r = SearchRequest(text: "trade")
        r.limit = 100
        r.facets = [.country, .leader, FacetSpec(.leader, pairedWith: .country), .date]
        out.append(r)
        r = SearchRequest(text: "")
        r.limit = 100
        r.sort = .newest
        r.facets = [.country, FacetSpec(.date, granularity: .month), FacetSpec(.mentioned)]
        out.append(r)
        r = SearchRequest(text: "tariffs OR summit OR talks")
        r.countries = ["United States"]
        r.limit = 100
        r.facets = [.country, .leader]
        out.append(r)
        r = SearchRequest(text: "president")
        r.leaders = ["xi"]
        r.sort = .date
        r.limit = 100
        out.append(r)
        r = SearchRequest(text: "\"trade war\" OR title:deal")
        r.limit = 100
        out.append(r)
        r = SearchRequest(text: "country:DE")
        r.from = "2025-01-01"
        r.limit = 100
        r.facets = [FacetSpec(.leader, pairedWith: .leader)]
        out.append(r)
        return out
    }

    func assertSameAnswers(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var nonEmpty = 0
        for r in Self.requests {
            let x = try answer(a, r), y = try answer(b, r)
            XCTAssertEqual(x, y, "request '\(r.text)' differs", file: file, line: line)
            if x.total > 0 { nonEmpty += 1 }
        }
        XCTAssertGreaterThanOrEqual(nonEmpty, 5, "the comparison requests should match something", file: file, line: line)
    }

    func assertShowWorks(_ index: String, like single: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let reference = try Searcher(indexPath: single)
        let probe = try Searcher(indexPath: index)
        var all = SearchRequest(text: "")
        all.limit = 1000
        let hits = try reference.search(all).hits
        XCTAssertGreaterThan(hits.count, 20, file: file, line: line)
        for h in hits {
            let byID = try probe.article(h.article.id)
            XCTAssertEqual(byID?.id, h.article.id, "show \(h.article.id)", file: file, line: line)
            XCTAssertEqual(byID?.body, h.article.body, file: file, line: line)
        }
        // By path: a multi-record file names all its records (issue 12 item 3), from every shard.
        let jsonl = hits.first { $0.article.path.hasSuffix(".jsonl") }!.article.path
        guard case .several(let probed) = try probe.lookup(jsonl), case .several(let expected) = try reference.lookup(jsonl) else {
            return XCTFail("show \(jsonl) should list the file's records", file: file, line: line)
        }
        XCTAssertEqual(probed.map(\.id), expected.map(\.id), file: file, line: line)
        XCTAssertTrue(probed.allSatisfy { $0.path == jsonl }, file: file, line: line)
    }

    // MARK: - Tests

    func testShardChoiceIsStableAndSpreadsFiles() {
        // Pinned: a change to the hash, the file term or the modulo would silently move files between
        // shards of existing indexes. FNV-1a 64 reference values, then a file → shard table worked
        // out outside this code (FNV-1a of "XF" + root key + ":" + path, modulo the shard count).
        XCTAssertEqual(StableHash.value(""), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(StableHash.value("a"), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(StableHash.value("foobar"), 0x8594_4171_f739_67e8)
        XCTAssertEqual(StableHash.value("XF0123456789:world/trade.jsonl"), 0xe997_d61f_8260_1dfb)
        let table: [(root: String, path: String, shards: [Int])] = [   // shard for 2, 3, 4 and 7 shards
            ("0123456789", "world/trade.jsonl", [1, 1, 3, 0]),
            ("0123456789", "2025/11/xi-lee-gyeongju.md", [1, 0, 1, 4]),
            ("a1b2c3d4e5", "asia/apec.html", [0, 0, 0, 1]),
            ("a1b2c3d4e5", "notes.txt", [0, 2, 0, 0]),
            ("ffffffffff", "Überblick/März.txt", [1, 2, 1, 6]),
        ]
        for row in table {
            let got = [2, 3, 4, 7].map { ShardSelector.shard(rootKey: row.root, relativePath: row.path, count: $0) }
            XCTAssertEqual(got, row.shards, "\(row.root):\(row.path)")
        }
        XCTAssertEqual(ShardSelector.shard(rootKey: "k", relativePath: "a.txt", count: 1), 0)
        var counts = [0, 0, 0, 0]
        for i in 0..<4000 { counts[ShardSelector.shard(rootKey: "abcdef0123", relativePath: "2025/\(i).txt", count: 4)] += 1 }
        for c in counts { XCTAssert((800...1200).contains(c), "uneven spread \(counts)") }
    }

    func testEachArticleLivesInExactlyOneShardAcrossUpdates() throws {
        let (single, sharded) = try buildBoth(shards: 3)
        try assertShardsPartition(sharded, like: single)

        // Unchanged re-run writes nothing; --full rewrites without duplicating.
        let again = try ShardedIndex(indexPath: sharded).index(folder: articles)
        XCTAssertEqual(again.articlesWritten, 0)
        XCTAssertEqual(again.added + again.updated, 0)
        var full = IndexOptions()
        full.full = true
        let rebuilt = try ShardedIndex(indexPath: sharded, options: full).index(folder: articles)
        XCTAssertGreaterThan(rebuilt.articlesWritten, 20)
        try assertShardsPartition(sharded, like: single)

        // Edit one file, delete one, add one: both layouts follow.
        let fm = FileManager.default
        let edited = articles + "/corpus/f02-france-germany.txt"
        try (try String(contentsOfFile: edited, encoding: .utf8) + "\nThe talks touched on trade and zeppelins.\n")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        try fm.removeItem(atPath: articles + "/corpus/f03-japan-us-tariffs.txt")
        try fm.copyItem(atPath: articles + "/corpus/f05-france-only.txt", toPath: articles + "/corpus/f11-copy.txt")
        _ = try IndexBuilder(indexPath: single).index(folder: articles)
        let update = try ShardedIndex(indexPath: sharded).index(folder: articles)
        XCTAssertEqual(update.removed, 1)
        XCTAssertEqual(update.added, 1)
        XCTAssertEqual(update.updated, 1)
        try assertShardsPartition(sharded, like: single)
        XCTAssertEqual(try answer(sharded, SearchRequest(text: "zeppelins")).total, 1)

        // stats and the index record read through the stub.
        let stats = try Searcher(indexPath: sharded).stats()
        XCTAssertEqual(stats.shards.count, 3)
        XCTAssertEqual(stats.shards.compactMap(\.documents).reduce(0, +), stats.documents)
        XCTAssertEqual(stats.info.roots.map(\.path), [articles])
        XCTAssertEqual(stats.info.lastRun?.added, 1)

        // Removing the folder empties every shard.
        let removed = try ShardedIndex(indexPath: sharded).remove(folder: articles)
        XCTAssertEqual(removed.documents, 0)
        XCTAssertEqual(try Searcher(indexPath: sharded).stats().documents, 0)
        XCTAssertEqual(try Searcher(indexPath: sharded).info().roots.count, 0)
    }

    /// Same ids as the single database, each in exactly one shard, the one its file hashes to.
    func assertShardsPartition(_ sharded: String, like single: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let layout = try XCTUnwrap(try ShardLayout.existing(sharded))
        let rootKey = IndexedRoot(path: articles).key
        var seen: [String: Int] = [:]
        for (i, shardPath) in layout.shardPaths.enumerated() {
            let db = try Database(path: shardPath)
            for t in try db.allTerms(prefix: Schema.Prefix.unique) {
                XCTAssertNil(seen[t.term], "\(t.term) in shards \(seen[t.term]!) and \(i)", file: file, line: line)
                XCTAssertEqual(t.frequency, 1, "\(t.term) duplicated in shard \(i)", file: file, line: line)
                seen[t.term] = i
                let stored = try XCTUnwrap(try Schema.StoredArticle.read(from: try db.document(try XCTUnwrap(try db.documentID(forTerm: t.term))), body: false))
                let relative = String(stored.path.dropFirst(articles.count + 1))
                XCTAssertEqual(ShardSelector.shard(rootKey: rootKey, relativePath: relative, count: layout.shardPaths.count), i,
                               "\(relative) is in the wrong shard", file: file, line: line)
            }
        }
        let reference = Set(try Database(path: single).allTerms(prefix: Schema.Prefix.unique).map(\.term))
        XCTAssertEqual(Set(seen.keys), reference, file: file, line: line)
        XCTAssertEqual(try Database(path: sharded).documentCount(), reference.count, file: file, line: line)
        XCTAssertGreaterThan(Set(seen.values).count, 1, "articles should spread over shards", file: file, line: line)
    }

    func testLocalShardsAnswerLikeOneDatabase() throws {
        let (single, sharded) = try buildBoth(shards: 2)
        try assertSameAnswers(single, sharded)
        try assertShowWorks(sharded, like: single)
    }

    func testRemoteShardsAnswerLikeOneDatabase() throws {
        _ = try ShardServer.requireExecutable()
        let (single, sharded) = try buildBoth(shards: 2)
        let stub = try startServers(for: sharded, count: 2)
        try assertSameAnswers(single, stub)
        try assertShowWorks(stub, like: single)
        let stats = try Searcher(indexPath: stub).stats()
        XCTAssertEqual(stats.shards.map(\.location), servers.map(\.stubLine))
        XCTAssertEqual(stats.shards.compactMap(\.documents).reduce(0, +), try Database(path: single).documentCount())
        XCTAssertEqual(stats.info.roots.map(\.path), [articles])

        // A stub may mix local and remote lines.
        let mixed = path("mixed.stub")
        try "auto sharded/shard-0\n\(servers[1].stubLine)\n".write(toFile: mixed, atomically: true, encoding: .utf8)
        try assertSameAnswers(single, mixed)

        // The CLI, end to end, in JSON.
        let one = try ShardFixtures.search(["trade", "--index", single, "--facets", "country,leader*country", "--json", "--limit", "50"])
        let remote = try ShardFixtures.search(["trade", "--index", stub, "--facets", "country,leader*country", "--json", "--limit", "50"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(remote.status, 0, remote.stderr)
        let a = try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as! [String: Any]
        let b = try JSONSerialization.jsonObject(with: Data(remote.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(a["total"] as? Int, b["total"] as? Int)
        XCTAssertEqual((a["facets"] as? NSDictionary), (b["facets"] as? NSDictionary))
        XCTAssertGreaterThan(a["total"] as? Int ?? 0, 3)
    }

    func testUnreachableShardIsNamedAndAllowPartialAnswersFromTheRest() throws {
        _ = try ShardServer.requireExecutable()
        let (_, sharded) = try buildBoth(shards: 2)
        let stub = try startServers(for: sharded, count: 2)
        let live = try Database(path: "\(sharded)/shard-0").documentCount()
        let open = try Searcher(indexPath: stub)           // opened while both answer
        XCTAssertEqual(try open.search(SearchRequest(text: "")).total, try Database(path: sharded).documentCount())

        let down = servers[1]
        down.stop()

        // At query time, on the Searcher opened before the server went away.
        XCTAssertThrowsError(try open.search(SearchRequest(text: "trade"))) { error in
            guard case SearchError.shardsUnreachable(let names, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(names, [down.stubLine])
            XCTAssert("\(error)".contains("127.0.0.1:\(down.port)"), "\(error)")
        }
        var partial = SearchRequest(text: "")
        partial.allowPartial = true
        partial.facets = [.country]
        let answer = try open.search(partial)
        XCTAssertEqual(answer.missingShards, [down.stubLine])
        XCTAssertEqual(answer.total, live)

        // At open time, in a fresh process: the CLI error names the shard; --allow-partial answers.
        let failed = try ShardFixtures.search(["", "--index", stub])
        XCTAssertEqual(failed.status, 1)
        XCTAssert(failed.stderr.contains("127.0.0.1:\(down.port)"), failed.stderr)
        XCTAssert(failed.stderr.contains("--allow-partial"), failed.stderr)
        XCTAssertFalse(failed.stderr.contains("127.0.0.1:\(servers[0].port)"), failed.stderr)

        let answered = try ShardFixtures.search(["", "--index", stub, "--allow-partial", "--json", "--limit", "0"])
        XCTAssertEqual(answered.status, 0, answered.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(answered.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(json["total"] as? Int, live)
        XCTAssertEqual(json["missing_shards"] as? [String], [down.stubLine])

        let facets = try ShardFixtures.search(["facets", "--index", stub, "--allow-partial", "--by", "country"])
        XCTAssertEqual(facets.status, 0, facets.stderr)
        XCTAssert(facets.stderr.contains(down.stubLine), facets.stderr)
        XCTAssert(facets.stdout.contains("\(live) articles counted"), facets.stdout)

        let stats = try ShardFixtures.search(["stats", "--index", stub])
        XCTAssertEqual(stats.status, 1)
        XCTAssert(stats.stderr.contains("127.0.0.1:\(down.port)"), stats.stderr)
    }

    func testCompactMergesShardsIntoOneDatabase() throws {
        let (single, sharded) = try buildBoth(shards: 3)
        let outcome = try IndexCompactor.compact(indexPath: sharded)
        XCTAssertEqual(outcome.output, sharded + ".compact")
        XCTAssertFalse(ShardLayout.isSharded(outcome.output))
        XCTAssertEqual(try Database(path: outcome.output).shardCount(), 1)
        try assertSameAnswers(single, outcome.output)
        XCTAssertEqual(try Searcher(indexPath: outcome.output).info().roots.map(\.path), [articles])
        // The shards are left in place, and a second run does not overwrite the merge.
        XCTAssertEqual(try Database(path: sharded).shardCount(), 3)
        XCTAssertThrowsError(try IndexCompactor.compact(indexPath: sharded))
    }

    func testCLIIndexesStatsAndCompactsShards() throws {
        let index = path("cli-index")
        let built = try ShardFixtures.search(["index", articles, "--index", index, "--shards", "2", "--json"])
        XCTAssertEqual(built.status, 0, built.stderr)
        let summary = try JSONSerialization.jsonObject(with: Data(built.stdout.utf8)) as! [String: Any]
        let documents = try XCTUnwrap(summary["documents"] as? Int)
        XCTAssertGreaterThan(documents, 20)
        XCTAssert(FileManager.default.fileExists(atPath: index + "/XAPIANDB"))

        let again = try ShardFixtures.search(["index", articles, "--index", index, "--json"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let second = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(second["documents"] as? Int, documents)
        XCTAssertEqual(second["added"] as? Int, 0)

        let refused = try ShardFixtures.search(["index", articles, "--index", index, "--shards", "3"])
        XCTAssertEqual(refused.status, 1)
        XCTAssert(refused.stderr.contains("has 2 shards"), refused.stderr)

        let stats = try ShardFixtures.search(["stats", "--index", index, "--json"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let s = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as! [String: Any]
        let shards = try XCTUnwrap(s["shards"] as? [[String: Any]])
        XCTAssertEqual(shards.count, 2)
        XCTAssertEqual(shards.compactMap { $0["documents"] as? Int }.reduce(0, +), documents)
        XCTAssert(shards.allSatisfy { ($0["bytes"] as? Int ?? 0) > 0 })

        let compacted = try ShardFixtures.search(["compact", "--index", index])
        XCTAssertEqual(compacted.status, 0, compacted.stderr)
        XCTAssert(compacted.stdout.contains(index + ".compact"), compacted.stdout)
        let merged = try ShardFixtures.search(["stats", "--index", index + ".compact", "--json"])
        let m = try JSONSerialization.jsonObject(with: Data(merged.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(m["documents"] as? Int, documents)

        let removed = try ShardFixtures.search(["index", "--remove", articles, "--index", index, "--json"])
        XCTAssertEqual(removed.status, 0, removed.stderr)
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(removed.stdout.utf8)) as! [String: Any])["documents"] as? Int, 0)
    }

    func testShardCountIsKeptAndMismatchesRefused() throws {
        let sharded = path("sharded")
        _ = try ShardedIndex(indexPath: sharded, shards: 2).index(folder: articles)
        XCTAssertThrowsError(try ShardedIndex(indexPath: sharded, shards: 3).index(folder: articles)) { error in
            XCTAssert("\(error)".contains("has 2 shards"), "\(error)")
        }
        let single = path("single")
        _ = try IndexBuilder(indexPath: single).index(folder: articles)
        XCTAssertThrowsError(try ShardedIndex(indexPath: single, shards: 2).index(folder: articles))
        XCTAssertTrue(ShardedIndex.applies(indexPath: sharded, shards: nil))
        XCTAssertFalse(ShardedIndex.applies(indexPath: single, shards: nil))
    }
}

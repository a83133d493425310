import Foundation
import TestSupport
import XCTest
import Indexer

/// Issue 12 items 15 and 17: a damaged index said in one line with the same exit code by every
/// command, and the smaller messages (`--sort -date`, `--from` help, `tag` mentions on one line).
final class MessagesTests: XCTestCase {
    private var base: URL!

    override func setUpWithError() throws {
        base = try Fixture.folder(self, "newsindex-messages").resolvingSymlinksInPath()
    }

    private func fixtureIndex() throws -> String {
        let corpus = base.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: CLI.fixtureCorpus, to: corpus)
        try? FileManager.default.removeItem(at: corpus.appendingPathComponent("EXPECTED.md"))
        let ix = base.appendingPathComponent("ix").path
        let r = try CLI.run(["index", corpus.path, "--index", ix, "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return ix
    }

    func testADamagedIndexIsSaidInOneLineWithOneExitCode() throws {
        let ix = try fixtureIndex()
        let postlist = (ix as NSString).appendingPathComponent("postlist.glass")
        // Emptied, so every command meets the damage: cut at half, the table's root block may
        // survive (it did once the stored headers moved into it), and a facet count reads nothing past it.
        XCTAssertGreaterThan(try XCTUnwrap(FileManager.default.attributesOfItem(atPath: postlist)[.size] as? Int), 0)
        XCTAssertEqual(truncate(postlist, 0), 0)
        for args in [["trade"], ["show", "f01-china-us-trade.txt"], ["facets"], ["trade", "--json", "--facets", "country"]] {
            let r = try CLI.run(args + ["--index", ix])
            XCTAssertEqual(r.status, 1, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderrLines.count, 1, r.stderr)
            XCTAssertTrue(r.stderr.contains("is damaged"), r.stderr)
            XCTAssertTrue(r.stderr.contains("`xapian-check \(ix)`"), r.stderr)
            XCTAssertTrue(r.stderr.contains("search index FOLDER --full --index NEW"), r.stderr)
            XCTAssertFalse(r.stderr.contains("DatabaseError: DatabaseError"), r.stderr)
        }
        // A damaged version file: the same words and exit code, not "--index names no index".
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: (ix as NSString).appendingPathComponent("iamglass")))
        let r = try CLI.run(["trade", "--index", ix])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("is damaged") && r.stderr.contains("xapian-check"), r.stderr)
    }

    func testSortMinusDateWithoutTheEqualsSignWorks() throws {
        let ix = try fixtureIndex()
        let spaced = try CLI.run(["trade", "--sort", "-date", "--json", "--index", ix])
        XCTAssertEqual(spaced.status, 0, spaced.stderr)
        let joined = try CLI.run(["trade", "--sort=-date", "--json", "--index", ix])
        XCTAssertEqual(spaced.stdout, joined.stdout)
    }

    func testFromHelpListsEveryDateForm() throws {
        let help = try CLI.run(["query", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            .split(separator: " ").joined(separator: " ")
        for form in ["YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYYMMDD", "today", "yesterday", "this-week", "last-week",
                     "this-month", "last-month", "this-year", "last-year"] {
            XCTAssertTrue(help.contains(form), "--from help lacks \(form)")
        }
        XCTAssertTrue(help.contains("--all"), "the AND of repeated filters is documented")
    }

    func testTagTextPrintsAMentionOnOneLine() throws {
        let file = base.appendingPathComponent("talks.json")
        try Data(#"{"title": "Talks", "text": "Officials from South\nKorea met their Japanese hosts."}"#.utf8).write(to: file)
        let r = try CLI.run(["tag", file.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let line = try XCTUnwrap(r.stdout.split(separator: "\n").first { $0.contains("country    KR") }, r.stdout)
        XCTAssertTrue(line.contains("\"South Korea\""), String(line))
    }
}

/// Issue 12 item 13 at the command line: an index of the previous schema says how to rebuild it.
final class OutdatedIndexMessageTests: XCTestCase {
    func testAnOldSchemaIndexNamesTheFullRebuild() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-old-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let corpus = base.appendingPathComponent("corpus"), ix = base.appendingPathComponent("ix").path
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data("---\ntitle: Old\ndate: 2024-01-01\n---\n\nSome words.\n".utf8).write(to: corpus.appendingPathComponent("a.txt"))
        XCTAssertEqual(try CLI.run(["index", corpus.path, "--index", ix, "--quiet"]).status, 0)
        // What an index written before accent folding records.
        let db = try WritableDatabase(path: ix, mode: .createOrOpen)
        try db.setMetadata(Schema.Metadata.schemaVersion, "2")
        try db.commit()
        try db.close()
        let r = try CLI.run(["words", "--index", ix])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("schema 2") && r.stderr.contains("search index FOLDER --full"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1)
    }
}

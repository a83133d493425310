import Foundation
import XCTest
@testable import Indexer

/// Issue 5, bad input: each bad file is reported by path and reason and skipped, the rest indexed,
/// the run exits 0.
final class ReliabilityBadInputTests: XCTestCase {
    func testEveryKindOfBadInputIsReportedAndTheRestIndexed() throws {
        let base = try Fixture.folder(self, "bad")
        let src = base.appendingPathComponent("src"), ix = base.appendingPathComponent("ix")
        let report = base.appendingPathComponent("report.jsonl")
        let fm = FileManager.default
        try fm.createDirectory(at: src, withIntermediateDirectories: true)
        func put(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: src.appendingPathComponent(name)) }
        func put(_ name: String, _ text: String) throws { try Fixture.write(text, to: src.appendingPathComponent(name)) }

        try put("good.txt", Fixture.article(1, word: "goodword"))
        var random = SystemRandomNumberGenerator()
        try put("binary.txt", (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) } + [0])
        try put("empty.md", [UInt8]())
        try put("latin.txt", Array("Caf".utf8) + [0xE9] + Array(" in Paris\n\nPresident Macron met chefs at a caf".utf8) + [0xE9, 0x2E, 0x0A])
        try put("cut.json", "{\"title\": \"Cut\", \"body\": \"never clo")
        try put("bad.csv", "title,body\n\"unterminated,quote\n")
        try put("lines.jsonl", "{\"title\":\"Fine\",\"body\":\"Trade talks in Japan resumed.\"}\n{broken\n")
        try put("tags.html", "<html><head><title></title></head><body><div><script>var x=1")
        try put("big.txt", "Big file\n\n" + String(repeating: "word ", count: 300_000))
        try fm.createDirectory(at: src.appendingPathComponent("loop"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: src.appendingPathComponent("loop/again").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: src.appendingPathComponent("dangling.txt").path, withDestinationPath: "nowhere.txt")
        let odd = ["with space.txt", "quote'\"s.txt", "new\nline.txt", "ünïcødé-Москва-😀.md", "-leading-dash.txt", "--help.txt", "tab\tname.txt"]
        for (i, name) in odd.enumerated() { try put(name, Fixture.article(100 + i, word: "odd\(i)word")) }
        let locked = src.appendingPathComponent("locked.txt")
        try put("locked.txt", Fixture.article(7))
        chmod(locked.path, 0o000)

        let r = try ProcessRunner.run(["index", src.path, "--index", ix.path, "--max-size", "1", "--report", report.path, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.signalled)
        let summary = Fixture.json(r.stdout)
        XCTAssertEqual(summary["max_size_bytes"] as? Int, 1_000_000, "the cap is in the summary")

        var reasons: [String: String] = [:]
        var indexedAnyway: [String: String] = [:]
        for line in try String(contentsOf: report, encoding: .utf8).split(separator: "\n") {
            let o = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], String(line))
            let path = try XCTUnwrap(o["path"] as? String)
            XCTAssertTrue(path.hasPrefix(src.path), "report paths are absolute: \(path)")
            let name = String(path.dropFirst(src.path.count + 1))
            if o["indexed"] as? Bool == true { indexedAnyway[name] = o["reason"] as? String } else { reasons[name] = o["reason"] as? String }
        }
        XCTAssertEqual(reasons["binary.txt"], "binary content, not text")
        XCTAssertEqual(reasons["empty.md"], "empty file")
        XCTAssertTrue(reasons["cut.json"]?.contains("malformed JSON") == true, "\(reasons)")
        XCTAssertTrue(reasons["bad.csv"]?.contains("quoted field never closed") == true, "\(reasons)")
        XCTAssertTrue(reasons["lines.jsonl"]?.contains("line 2") == true, "\(reasons)")
        XCTAssertEqual(reasons["tags.html"], "HTML page has no text")
        XCTAssertEqual(reasons["big.txt"], "larger than the 1 MB cap (1.5 MB)")
        XCTAssertTrue(reasons["loop/again"]?.contains("symbolic link loop") == true, "\(reasons)")
        XCTAssertEqual(reasons["dangling.txt"], "broken symbolic link")
        XCTAssertTrue(indexedAnyway["latin.txt"]?.contains("Windows-1252") == true, "\(indexedAnyway)")
        if getuid() != 0 { XCTAssertTrue(reasons["locked.txt"]?.contains("permission denied") == true, "\(reasons)") }

        // The rest is indexed: good file, fallback file, the good JSONL line, every odd name.
        func total(_ q: String) throws -> Int? {
            Fixture.json(try ProcessRunner.run([q, "--index", ix.path, "--json"]).stdout)["total"] as? Int
        }
        XCTAssertEqual(try total("goodword"), 1)
        XCTAssertEqual(try total("café"), 1, "the Windows-1252 file is searchable as text")
        XCTAssertEqual(try total("resumed"), 1)
        for i in odd.indices { XCTAssertEqual(try total("odd\(i)word"), 1, "odd name \(odd[i].debugDescription)") }
        let expected = 3 + odd.count + (getuid() == 0 ? 1 : 0)
        XCTAssertEqual(try IndexFacts(ix.path).documents, expected)
        XCTAssertEqual(summary["documents"] as? Int, expected)

        // The text summary keeps a newline in a file name on one line.
        let text = try ProcessRunner.run(["index", src.path, "--index", ix.path, "--max-size", "1"])
        XCTAssertEqual(text.status, 0)
        XCTAssertTrue(text.stdout.contains("  skipped \(src.path)/binary.txt: binary content, not text\n"), text.stdout)
        for line in text.stdout.split(separator: "\n") where !line.hasPrefix("  skipped ") {
            XCTAssertTrue(line.hasPrefix("Indexed ") || line.hasPrefix("  … and") || line.contains("Windows-1252"), "stray line: \(line)")
        }
        // A re-run finds nothing new to read: bad files are reported again, none counted as added.
        let again = Fixture.json(try ProcessRunner.run(["index", src.path, "--index", ix.path, "--max-size", "1", "--json"]).stdout)
        XCTAssertEqual(again["added"] as? Int, 0, "\(again)")
        XCTAssertEqual(again["articles_written"] as? Int, 0, "\(again)")
    }

    /// chmod 000 on a file and on a folder. Root reads through permissions, so as root the run
    /// happens as `nobody` (setpriv).
    func testUnreadableFileAndFolderAreReported() throws {
        let base = try Fixture.folder(self, "bad")
        let src = base.appendingPathComponent("src"), ix = base.appendingPathComponent("ix")
        try Fixture.write(Fixture.article(1, word: "readable"), to: src.appendingPathComponent("ok.txt"))
        try Fixture.write(Fixture.article(2), to: src.appendingPathComponent("locked.txt"))
        try Fixture.write(Fixture.article(3), to: src.appendingPathComponent("closed/inner.txt"))
        try FileManager.default.createDirectory(at: ix, withIntermediateDirectories: true)
        chmod(base.path, 0o755)
        chmod(ix.path, 0o777)
        chmod(src.appendingPathComponent("locked.txt").path, 0o000)
        chmod(src.appendingPathComponent("closed").path, 0o000)
        defer { chmod(src.appendingPathComponent("closed").path, 0o755) }
        // As root, runUnprivileged runs the child as `nobody` through setpriv (util-linux, on every
        // Debian system); without it this case could not be tested at all, which is a failure.
        let r = try XCTUnwrap(try ProcessRunner.runUnprivileged(["index", src.path, "--index", ix.path, "--json"]),
                              "running as root without /usr/bin/setpriv: chmod 000 cannot be tested")
        XCTAssertEqual(r.status, 0, r.stderr)
        let s = Fixture.json(r.stdout)
        XCTAssertEqual(s["added"] as? Int, 1, "\(s)")
        let skips = Dictionary(uniqueKeysWithValues: (s["skipped"] as? [[String: Any]] ?? []).map {
            (URL(fileURLWithPath: $0["path"] as? String ?? "").lastPathComponent, $0["reason"] as? String ?? "")
        })
        XCTAssertEqual(skips["locked.txt"], "could not be read (permission denied)", "\(skips)")
        XCTAssertEqual(skips["closed"], "folder could not be read", "\(skips)")
    }

    /// A sub-folder deleted while the run reads the tree (the writer is held after its first
    /// commit, the folder goes, the writer goes on): no crash, exit 0, each of its files reported
    /// as gone, and every file outside that folder indexed.
    func testFolderDisappearingMidRun() throws {
        let base = try Fixture.folder(self, "bad")
        let src = base.appendingPathComponent("src"), ix = base.appendingPathComponent("ix")
        try Fixture.articles(in: src, count: 1_500, perFolder: 100)
        let doomed = src.appendingPathComponent("d014")   // read last: files go in path order
        let writer = try PausedWriter.start(["index", src.path, "--index", ix.path, "--jobs", "1", "--json", "--commit-every", "100"],
                                            pause: "commit:1", in: base)
        try writer.waitUntilPaused()
        try FileManager.default.removeItem(at: doomed)
        writer.resume()
        let r = writer.child.wait()
        XCTAssertFalse(r.signalled)
        XCTAssertEqual(r.status, 0, r.stderr)
        let s = Fixture.json(r.stdout)
        let added = s["added"] as? Int ?? -1
        let skips = s["skipped"] as? [[String: Any]] ?? []
        let vanished = skips.filter { ($0["reason"] as? String)?.contains("disappeared") == true }
        XCTAssertTrue(skips.allSatisfy { ($0["path"] as? String)?.contains("/d014") == true }, "only the deleted folder is skipped: \(skips.prefix(3))")
        XCTAssertEqual(added, 1_400)
        XCTAssertEqual(vanished.count, 100, "each file of the deleted folder is reported as gone: \(skips.prefix(3))")
        XCTAssertEqual(try IndexFacts(ix.path).documents, 1_400)
        // The next run removes what was indexed from the deleted folder and keeps the rest.
        let next = Fixture.json(try ProcessRunner.run(["index", src.path, "--index", ix.path, "--json"]).stdout)
        XCTAssertEqual(next["documents"] as? Int, 1_400, "\(next)")
    }
}

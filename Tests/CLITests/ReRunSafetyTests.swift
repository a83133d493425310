import Foundation
import XCTest

/// Issue 12 items 1–4 and the index-side parts of 17: re-runs never delete what they only
/// skipped, a folder that went away removes nothing, mass removals need `--prune`, folders do
/// not overlap, ids stay unique across folders, and the summary says what it counts.
final class ReRunSafetyTests: XCTestCase {
    private var base: URL!

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-rerun-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    }

    override func tearDown() {
        // Files made unreadable or handed to another user must still go.
        _ = try? Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "u+rwx", base.path]).waitUntilExit()
        try? FileManager.default.removeItem(at: base)
    }

    private func article(_ title: String, _ body: String) -> String {
        "---\ntitle: \(title)\ndate: 2025-04-01\n---\n\n\(body)\n"
    }

    /// A folder of `files` (name → text) under the scratch folder.
    @discardableResult
    private func folder(_ name: String, _ files: [String: String]) throws -> URL {
        let dir = base.appendingPathComponent(name)
        for (file, text) in files {
            let url = dir.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private var index: String { base.appendingPathComponent("ix").path }

    private func documents() throws -> Int? {
        let r = try CLI.run(["stats", "--json", "--index", index])
        return (try r.object()["documents"] as? Int)
    }

    // MARK: - 1: nothing lost

    func testAFileSkippedOnAReRunKeepsItsEarlierVersion() throws {
        let dir = try folder("news", [
            "small.txt": article("Port reopens", "The port reopened on Monday."),
            "big.txt": article("Long report", String(repeating: "Grain exports rose again this season. ", count: 100)),
        ])
        XCTAssertEqual(try CLI.run(["index", dir.path, "--index", index, "--quiet"]).status, 0)
        try Data((article("Long report", String(repeating: "Grain exports fell again this season. ", count: 100))).utf8)
            .write(to: dir.appendingPathComponent("big.txt"))
        let r = try CLI.run(["index", dir.path, "--index", index, "--max-size", "0.002"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("0 removed"), r.stdout)
        XCTAssertTrue(r.stdout.contains("big.txt: larger than the 0.002 MB cap") && r.stdout.contains("(kept the earlier version)"), r.stdout)
        XCTAssertEqual(try documents(), 2)
        XCTAssertEqual(try CLI.run(["show", "big.txt", "--index", index]).status, 0)
        let json = try CLI.run(["index", dir.path, "--index", index, "--max-size", "0.002", "--json"]).object()
        let skipped = try XCTUnwrap(json["skipped"] as? [[String: Any]])
        XCTAssertEqual(skipped.first?["kept"] as? Bool, true)
        XCTAssertEqual(json["removed"] as? Int, 0)
    }

    func testAnUnreadableFileKeepsItsEarlierVersion() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to switch to an unprivileged user (setpriv)") }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("setpriv (util-linux) is not installed: cannot drop privileges, and root reads every file")
        }
        let dir = try folder("news", [
            "a.txt": article("Harbour news", "Cranes stood idle at the harbour."),
            "b.txt": article("Rail news", "Trains ran late on the northern line."),
        ])
        // Everything belongs to the unprivileged user who runs the indexer.
        XCTAssertEqual(try Self.shell(["/bin/chown", "-R", "65534:65534", base.path]), 0)
        XCTAssertEqual(try Self.asNobody(["index", dir.path, "--index", index, "--quiet"]).status, 0)
        XCTAssertEqual(chmod(dir.appendingPathComponent("b.txt").path, 0o000), 0)
        try Data(article("Rail news", "Trains ran early.").utf8).write(to: dir.appendingPathComponent("c.txt"))
        XCTAssertEqual(try Self.shell(["/bin/chown", "65534:65534", dir.appendingPathComponent("c.txt").path]), 0)
        // A changed stat makes the run read b.txt again, which now fails.
        var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, dir.appendingPathComponent("b.txt").path, &times, 0), 0)
        let r = try Self.asNobody(["index", dir.path, "--index", index])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("b.txt: could not be read"), r.stdout)
        XCTAssertTrue(r.stdout.contains("(kept the earlier version)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("0 removed"), r.stdout)
        XCTAssertEqual(try CLI.run(["show", "b.txt", "--index", index]).status, 0, "the stored version is still there")
    }

    func testAMissingEmptyOrUnreadableFolderRemovesNothing() throws {
        let dir = try folder("share", ["a.txt": article("One", "First text."), "b.txt": article("Two", "Second text.")])
        XCTAssertEqual(try CLI.run(["index", dir.path, "--index", index, "--quiet"]).status, 0)

        let moved = base.appendingPathComponent("share-away")
        try FileManager.default.moveItem(at: dir, to: moved)
        let missing = try CLI.run(["index", dir.path, "--index", index])
        XCTAssertEqual(missing.status, 1, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("missing") && missing.stderr.contains("search index --remove \(dir.path)"), missing.stderr)
        XCTAssertEqual(missing.stderrLines.count, 1)
        XCTAssertEqual(try documents(), 2)

        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)   // an empty mount point
        let empty = try CLI.run(["index", dir.path, "--index", index])
        XCTAssertEqual(empty.status, 1, empty.stderr)
        XCTAssertTrue(empty.stderr.contains("empty") && empty.stderr.contains("--remove"), empty.stderr)
        XCTAssertEqual(try documents(), 2)

        // Forgetting it is still possible, and explicit.
        XCTAssertEqual(try CLI.run(["index", "--remove", dir.path, "--index", index]).status, 0)
        XCTAssertEqual(try documents(), 0)
    }

    func testRemovingMostOfAFolderNeedsPrune() throws {
        var files: [String: String] = [:]
        for i in 0..<120 { files["n\(i).txt"] = article("Note \(i)", "Daily note number \(i) about the weather.") }
        let dir = try folder("notes", files)
        XCTAssertEqual(try CLI.run(["index", dir.path, "--index", index, "--quiet"]).status, 0)
        for i in 0..<110 { try FileManager.default.removeItem(at: dir.appendingPathComponent("n\(i).txt")) }
        try Data(article("New note", "A fresh note about rain.").utf8).write(to: dir.appendingPathComponent("fresh.txt"))

        let held = try CLI.run(["index", dir.path, "--index", index])
        XCTAssertEqual(held.status, 1, held.stderr)
        XCTAssertTrue(held.stderr.contains("--prune") && held.stderr.contains("110 of the 120"), held.stderr)
        XCTAssertTrue(held.stdout.contains("1 added"), "adds and updates go on as usual: \(held.stdout)")
        XCTAssertEqual(try documents(), 121)

        let pruned = try CLI.run(["index", dir.path, "--index", index, "--prune"])
        XCTAssertEqual(pruned.status, 0, pruned.stderr)
        XCTAssertTrue(pruned.stdout.contains("110 removed"), pruned.stdout)
        XCTAssertEqual(try documents(), 11)
    }

    // MARK: - 2, 3, 4: folders and ids

    func testOverlappingFoldersAreRefused() throws {
        let nest = try folder("nest", ["top.txt": article("Top", "Top text."), "sub/inner.txt": article("Inner", "Inner text.")])
        let sub = nest.appendingPathComponent("sub")
        XCTAssertEqual(try CLI.run(["index", sub.path, "--index", index, "--quiet"]).status, 0)
        let outer = try CLI.run(["index", nest.path, "--index", index])
        XCTAssertEqual(outer.status, 2, outer.stderr)
        XCTAssertTrue(outer.stderr.contains("holds the indexed folder \(sub.path)"), outer.stderr)
        XCTAssertEqual(try documents(), 1, "no file is indexed twice")

        XCTAssertEqual(try CLI.run(["index", "--remove", sub.path, "--index", index]).status, 0)
        XCTAssertEqual(try CLI.run(["index", nest.path, "--index", index, "--quiet"]).status, 0)
        let inner = try CLI.run(["index", sub.path, "--index", index])
        XCTAssertEqual(inner.status, 2, inner.stderr)
        XCTAssertTrue(inner.stderr.contains("inside the indexed folder \(nest.path)"), inner.stderr)
        XCTAssertEqual(try documents(), 2)
    }

    func testIdsAreUniqueAndStableAcrossFolders() throws {
        let t1 = try folder("x/t1", ["a.txt": article("First a", "Apples from the first folder.")])
        let t1b = try folder("x/t1b", ["a.txt": article("Second a", "Apples from the second folder.")])
        let again = try folder("y/t1", ["a.txt": article("Third a", "Apples from a folder of the same name.")])
        for dir in [t1, t1b, again] { XCTAssertEqual(try CLI.run(["index", dir.path, "--index", index, "--quiet"]).status, 0) }
        let r = try CLI.run(["apples", "--json", "--index", index]).object()
        let ids = ((r["results"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(ids), ["a.txt", "t1b/a.txt", "t1/a.txt"], "the first folder keeps plain ids; later ones are told apart")
        for id in ids { XCTAssertEqual(try CLI.run(["show", id, "--index", index]).status, 0, id) }
        // Re-running every folder changes no id.
        for dir in [t1, t1b, again] { XCTAssertEqual(try CLI.run(["index", dir.path, "--index", index, "--quiet", "--full"]).status, 0) }
        let after = try CLI.run(["apples", "--json", "--index", index]).object()
        XCTAssertEqual(Set(((after["results"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }), Set(ids))
    }

    func testAnEmptyFolderArgumentIsRefused() throws {
        let r = try CLI.run(["index", "", "--index", index])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("FOLDER is empty"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: index), "nothing was indexed")
    }

    // MARK: - 17: what the summary says

    func testTheSummaryCountsWhatItSays() throws {
        let dir = try folder("mixed", [
            "one.txt": article("Single", "Just one article here."),
            "feed.jsonl": #"{"title": "Good", "text": "A good record."}"# + "\n" + #"{"title": "Bad"}"# + "\n",
            "notes.bin": "binary-ish",
        ])
        let r = try CLI.run(["index", dir.path, "--index", dir.appendingPathComponent("Index").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("1 file and 1 record skipped"), r.stdout)
        XCTAssertTrue(r.stdout.contains("(2 articles written;"), r.stdout)
        // The index inside the folder is never read as articles, nor listed as skipped.
        let again = try CLI.run(["index", dir.path, "--index", dir.appendingPathComponent("Index").path, "--full"])
        XCTAssertFalse(again.stdout.contains("/Index/"), again.stdout)
        let single = try folder("single", ["s.txt": article("Alone", "Only this.")])
        let s = try CLI.run(["index", single.path, "--index", index])
        XCTAssertTrue(s.stdout.contains("(1 article written;"), s.stdout)
    }

    func testRemovingAFolderThatWasNeverIndexedSaysSo() throws {
        let indexed = try folder("kept", ["a.txt": article("A", "Some text.")])
        XCTAssertEqual(try CLI.run(["index", indexed.path, "--index", index, "--quiet"]).status, 0)
        let other = try folder("other", [:])
        let r = try CLI.run(["index", "--remove", other.path, "--index", index])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("was never indexed"), r.stderr)
        XCTAssertFalse(r.stderr.contains("does not exist"), r.stderr)
    }

    // MARK: - Running as another user

    static func shell(_ args: [String]) throws -> Int32 {
        let p = try Process.run(URL(fileURLWithPath: args[0]), arguments: Array(args.dropFirst()))
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// `search ARGS…` as user and group 65534 (nobody), for which permissions apply.
    static func asNobody(_ args: [String]) throws -> CLIResult {
        guard let binary = CLI.binary else { throw XCTSkip("the search binary was not built") }
        let out = Pipe(), err = Pipe()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + args
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

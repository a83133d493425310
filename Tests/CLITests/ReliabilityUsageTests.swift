import Foundation
import XCTest
@testable import Indexer

/// Issue 5, bad queries and flags: one line saying what is wrong and what would be right,
/// exit 2, never a stack trace.
final class ReliabilityUsageTests: XCTestCase {
    nonisolated(unsafe) static var index: URL!
    nonisolated(unsafe) static var base: URL!

    override class func setUp() {
        super.setUp()
        base = FileManager.default.temporaryDirectory.appendingPathComponent("usage-\(UUID().uuidString)")
        index = base.appendingPathComponent("ix")
        let src = base.appendingPathComponent("src")
        _ = try? Fixture.articles(in: src, count: 3)
        _ = try? ProcessRunner.run(["index", src.path, "--index", index.path, "--quiet"])
    }

    override class func tearDown() {
        _ = chmod(base.appendingPathComponent("locked").path, 0o755)
        try? FileManager.default.removeItem(at: base)
        super.tearDown()
    }

    private func assertUsage(_ args: [String], says words: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try ProcessRunner.run(args)
        let shown = args.joined(separator: " ")
        XCTAssertEqual(r.status, 2, "\(shown): \(r.stderr)", file: file, line: line)
        XCTAssertFalse(r.signalled, shown, file: file, line: line)
        XCTAssertEqual(r.stdout, "", shown, file: file, line: line)
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 1, "\(shown) must say it in one line: \(r.stderr)", file: file, line: line)
        XCTAssertTrue(r.stderr.hasPrefix("search: "), r.stderr, file: file, line: line)
        for w in words { XCTAssertTrue(r.stderr.contains(w), "\(shown): '\(w)' missing from \(r.stderr)", file: file, line: line) }
        for trace in ["Fatal error", "Stack dump", "backtrace", "Current stack trace", "0x0000"] {
            XCTAssertFalse(r.stderr.contains(trace), "\(shown): \(r.stderr)", file: file, line: line)
        }
    }

    func testBadQueriesAndFlags() throws {
        let ix = Self.index.path
        try assertUsage(["trade", "--sort", "size", "--index", ix], says: ["size", "relevance", "-date"])
        try assertUsage(["trade", "--from", "2025-13-45", "--index", ix], says: ["2025-13-45", "YYYY-MM-DD"])
        try assertUsage(["date:2025-13-45", "--index", ix], says: ["2025-13-45", "YYYY-MM-DD"])
        try assertUsage(["trade", "--country", "Atlantis", "--index", ix], says: ["unknown country", "Atlantis"])
        try assertUsage(["country:Atlantis", "--index", ix], says: ["unknown country"])
        try assertUsage(["trade", "--limit", "-3", "--index", ix], says: ["--limit must be 0 or more", "-3"])
        try assertUsage(["trade", "--limit=-3", "--index", ix], says: ["--limit must be 0 or more"])
        try assertUsage(["trade", "--offset", "-1", "--index", ix], says: ["--offset must be 0 or more"])
        try assertUsage(["trade", "--bogus", "--index", ix], says: ["--bogus"])
        try assertUsage(["trade", "AND", "--index", ix], says: ["bad query"])
        try assertUsage(["facets", "--by", "planet", "--index", ix], says: ["planet"])
        try assertUsage(["index", Self.base.appendingPathComponent("src").path, "--index", ix, "--jobs", "0"], says: ["--jobs"])
        try assertUsage(["index", Self.base.appendingPathComponent("src").path, "--index", ix, "--max-size", "-5"], says: ["--max-size"])
    }

    func testUnreadableIndexPaths() throws {
        let notIndex = Self.base.appendingPathComponent("notes.txt")
        try "just some notes\n".write(to: notIndex, atomically: false, encoding: .utf8)
        try assertUsage(["trade", "--index", notIndex.path], says: ["--index", "search index"])
        try assertUsage(["stats", "--index", notIndex.path], says: ["--index"])
        try assertUsage(["index", Self.base.appendingPathComponent("src").path, "--index", notIndex.path], says: ["--index"])

        let corrupt = Self.base.appendingPathComponent("corrupt")
        try FileManager.default.createDirectory(at: corrupt, withIntermediateDirectories: true)
        try "x".write(to: corrupt.appendingPathComponent("iamglass"), atomically: false, encoding: .utf8)
        // A database folder that does not open is a damaged index (issue 12 item 15): exit 1, one line.
        let damaged = try ProcessRunner.run(["trade", "--index", corrupt.path])
        XCTAssertEqual(damaged.status, 1, damaged.stderr)
        XCTAssertTrue(damaged.stderr.contains("is damaged") && damaged.stderr.contains("xapian-check"), damaged.stderr)

        let locked = Self.base.appendingPathComponent("locked")
        try FileManager.default.copyItem(at: Self.index, to: locked)
        chmod(Self.base.path, 0o755)
        chmod(locked.path, 0o000)
        // Root reads through permissions: run as `nobody` then (setpriv).
        let unreadable = try XCTUnwrap(try ProcessRunner.runUnprivileged(["trade", "--index", locked.path]),
                                       "running as root without /usr/bin/setpriv: the unreadable-index case cannot be tested")
        XCTAssertEqual(unreadable.status, 2, unreadable.stderr)
        XCTAssertEqual(unreadable.stderr.split(separator: "\n").count, 1, unreadable.stderr)
        XCTAssertTrue(unreadable.stderr.contains("cannot read the index") && unreadable.stderr.contains("permission denied"), unreadable.stderr)

        // An index this user may read but not write: not "locked by another writer", but why.
        if getuid() == 0, let r = try ProcessRunner.runUnprivileged(["index", Self.base.appendingPathComponent("src").path, "--index", Self.index.path]) {
            XCTAssertEqual(r.status, 1, r.stderr)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertTrue(r.stderr.contains("cannot write to the index"), r.stderr)
            XCTAssertFalse(r.stderr.contains("locked by"), r.stderr)
        }

        // No index at all is the documented exit 1, with the command that builds one.
        let r = try ProcessRunner.run(["trade", "--index", Self.base.appendingPathComponent("none").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("search index FOLDER"), r.stderr)
    }
}

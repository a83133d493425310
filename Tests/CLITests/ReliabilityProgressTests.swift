import Foundation
import TestSupport
import XCTest
@testable import Indexer

/// Issue 5, progress: a live line on a terminal only; none with --quiet, --json or a pipe;
/// NO_COLOR leaves no escape sequence.
final class ReliabilityProgressTests: XCTestCase {
    func testNoProgressWhenStandardErrorIsNotATerminal() throws {
        let base = try Fixture.folder(self, "prog")
        let src = base.appendingPathComponent("src")
        try Fixture.articles(in: src, count: 300)
        let r = try ProcessRunner.run(["index", src.path, "--index", base.appendingPathComponent("ix").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "", "nothing on a piped standard error")
        XCTAssertFalse(r.stdout.contains("\r"))
        XCTAssertFalse(r.stdout.contains("\u{1B}"))
        XCTAssertTrue(r.stdout.hasPrefix("Indexed "), r.stdout)
    }

    func testProgressLineOnATerminal() throws {
        let base = try Fixture.folder(self, "prog")
        let src = base.appendingPathComponent("src")
        try Fixture.articles(in: src, count: 400)
        let bin = try SearchBinary.checked().path
        func run(_ extra: String, env: [String: String] = [:], fresh: String) throws -> String? {
            let ix = base.appendingPathComponent(fresh).path
            return try ProcessRunner.runInTerminal("'\(bin)' index '\(src.path)' --index '\(ix)' --jobs 1 \(extra)", environment: env)?.stdout
        }
        guard let live = try run("", fresh: "ix1") else { throw XCTSkip("util-linux `script` is not installed; no pseudo-terminal to test with") }
        XCTAssertTrue(live.contains("\r"), "redrawn in place: \(live.debugDescription)")
        XCTAssertTrue(live.contains("/400 files"), live)
        XCTAssertTrue(live.contains("articles/s"), live)
        XCTAssertTrue(live.contains("ETA"), live)
        XCTAssertTrue(live.contains("\u{1B}["), "colour and line clearing on a plain terminal")
        XCTAssertTrue(live.contains("Indexed "), "the summary follows")

        let plain = try XCTUnwrap(try run("", env: ["NO_COLOR": "1"], fresh: "ix2"))
        XCTAssertTrue(plain.contains("/400 files"), plain)
        XCTAssertFalse(plain.contains("\u{1B}"), "NO_COLOR: no escape sequence at all: \(plain.debugDescription)")

        let quiet = try XCTUnwrap(try run("--quiet", fresh: "ix3"))
        XCTAssertFalse(quiet.contains("files,"), quiet)
        XCTAssertFalse(quiet.contains("\r\u{1B}"), quiet)
        XCTAssertTrue(quiet.contains("Indexed "))

        let dumb = try XCTUnwrap(try run("", env: ["TERM": "dumb"], fresh: "ix4"))
        XCTAssertFalse(dumb.contains("files,"), "TERM=dumb cannot redraw: \(dumb)")
    }
}

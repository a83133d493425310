import Foundation
import TestSupport
import XCTest
@testable import Indexer

/// Temporary folders and article fixtures for the reliability tests.
enum Fixture {
    static func folder(_ test: XCTestCase, _ name: String = "rel") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock {
            _ = chmod(url.path, 0o755)
            try? FileManager.default.removeItem(at: url)
        }
        return url
    }

    /// A temporary folder holding `src` (for articles) and `ix` (for the index), removed after the test.
    static func sourceAndIndex(_ test: XCTestCase, _ name: String) throws -> (base: URL, src: URL, ix: URL) {
        let base = try folder(test, name)
        return (base, base.appendingPathComponent("src"), base.appendingPathComponent("ix"))
    }

    /// `search index SRC --index IX --commit-every N --jobs 1 --quiet`, once it is held at `pause`
    /// (a `PausedWriter` moment such as `commit:1`).
    static func pausedIndexRun(_ src: URL, _ ix: URL, commitEvery: Int, pause: String, in base: URL) throws -> PausedWriter {
        let writer = try PausedWriter.start(["index", src.path, "--index", ix.path, "--commit-every", String(commitEvery), "--jobs", "1", "--quiet"],
                                            pause: pause, in: base)
        try writer.waitUntilPaused()
        return writer
    }

    /// One plain-text article: a title line, a blank line, a body naming a country and a unique word.
    static func article(_ n: Int, word: String? = nil) -> String {
        let countries = ["France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "India", "Mexico"]
        return "Report number \(n) on trade\n\nOfficials in \(countries[n % countries.count]) discussed tariffs and the budget on March \(1 + n % 28), 2025. Marker \(word ?? "zq\(n)x").\n"
    }

    /// `count` text files spread over sub-folders of `perFolder` files: d000/a00000.txt …
    @discardableResult
    static func articles(in root: URL, count: Int, perFolder: Int = 100) throws -> [URL] {
        var urls: [URL] = []
        for i in 0..<count {
            let dir = root.appendingPathComponent(String(format: "d%03d", i / perFolder))
            if i % perFolder == 0 { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
            let url = dir.appendingPathComponent(String(format: "a%05d.txt", i))
            try article(i).write(to: url, atomically: false, encoding: .utf8)
            urls.append(url)
        }
        return urls
    }

    /// `count` files over sub-folders, every other one a `.jsonl` of `records` articles: a mix in
    /// which one file's documents can straddle a commit. Returns how many articles each file holds,
    /// by path relative to `root`.
    @discardableResult
    static func mixedArticles(in root: URL, count: Int, records: Int = 3, perFolder: Int = 100) throws -> [String: Int] {
        var held: [String: Int] = [:]
        for i in 0..<count {
            let folder = String(format: "d%03d", i / perFolder)
            let dir = root.appendingPathComponent(folder)
            if i % perFolder == 0 { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
            if i % 2 == 0 {
                let name = String(format: "a%05d.txt", i)
                try article(i).write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
                held[folder + "/" + name] = 1
            } else {
                let name = String(format: "a%05d.jsonl", i)
                let lines = (0..<records).map { r in
                    "{\"title\": \"Feed \(i) item \(r) on trade\", \"body\": \"Tariffs in Japan, marker zq\(i)r\(r)x.\"}"
                }
                try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
                held[folder + "/" + name] = records
            }
        }
        return held
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    static func json(_ s: String) -> [String: Any] {
        let line = s.split(separator: "\n").last.map(String.init) ?? ""
        return (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
    }
}

import Foundation
import TestSupport
import XCTest
@testable import Indexer

/// Paths and helpers for the reader and scanner tests.
enum ReaderFixtures {
    static var packageRoot: URL { PackageRoot.url }

    static let articles = packageRoot.appendingPathComponent("Tests/Fixtures/articles")

    /// `<root>/../shared` as CI lays it out, or one level higher for a git worktree
    /// (`<shared parent>/wt/NAME`). The first that exists; the plain one when neither does.
    static let shared: URL = {
        let parent = packageRoot.deletingLastPathComponent()
        let candidates = [parent, parent.deletingLastPathComponent()].map { $0.appendingPathComponent("shared") }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }()

    static let corpora = shared.appendingPathComponent("corpora")

    /// The seed article of the entities issue.
    static let seedArticle = shared.appendingPathComponent("seed/000_7a14f7811fe05b7e.txt")

    /// An `ArticleFile` for a fixture, relative to the fixtures folder.
    static func file(_ relative: String, under base: URL = articles) -> ArticleFile {
        let url = base.appendingPathComponent(relative)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        return ArticleFile(path: url.path, relativePath: relative, size: size, modified: Date())
    }

    static func read(_ relative: String, under base: URL = articles) throws -> (articles: [Article], skipped: [Skip]) {
        try ArticleReader.read(file(relative, under: base))
    }

    static func readOne(_ relative: String, file: StaticString = #filePath, line: UInt = #line) throws -> Article {
        let result = try read(relative)
        XCTAssertEqual(result.articles.count, 1, file: file, line: line)
        return try XCTUnwrap(result.articles.first, file: file, line: line)
    }

    /// A fresh temporary folder, removed when the test ends.
    static func temporaryFolder(for test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Reads bytes as if they were the file `name`, without touching the disk.
    static func read(bytes: [UInt8], as name: String) throws -> (articles: [Article], skipped: [Skip]) {
        let file = ArticleFile(path: "/tmp/" + name, relativePath: name, size: bytes.count, modified: Date())
        return try ArticleReader.read(data: Data(bytes), file: file)
    }

    static func read(text: String, as name: String) throws -> (articles: [Article], skipped: [Skip]) {
        try read(bytes: Array(text.utf8), as: name)
    }
}

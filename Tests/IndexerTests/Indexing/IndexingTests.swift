import Foundation
import XCTest
@testable import Indexer

/// Building an index from folders: replace-not-duplicate, updates, removals.
final class IndexingTests: ScratchTestCase {
    func testReindexingTheSameFolderDoesNotDuplicate() throws {
        let folder = try scratch.folder("news", [
            "a.txt": Scratch.article(title: "Harbour reopens", date: "2025-01-10", body: "The harbour reopened on Monday."),
            "b.md": Scratch.article(title: "Bridge closes", date: "2025-01-11", body: "The old bridge closed for repairs."),
            "sub/c.txt": Scratch.article(title: "Tram line extended", date: "2025-01-12", body: "A new tram stop opened."),
        ])
        let index = scratch.path("ix")

        let first = try IndexBuilder(indexPath: index).index(folder: folder)
        XCTAssertEqual(first.added, 3)
        XCTAssertEqual(first.documents, 3)

        // Unchanged files are skipped by change detection…
        let second = try IndexBuilder(indexPath: index).index(folder: folder)
        XCTAssertEqual(second.added, 0)
        XCTAssertEqual(second.unchanged, 3)
        XCTAssertEqual(second.documents, 3)

        // …and a full rebuild re-reads them all and replaces each document by its unique id term.
        var full = IndexOptions()
        full.full = true
        let third = try IndexBuilder(indexPath: index, options: full).index(folder: folder)
        XCTAssertEqual(third.articlesWritten, 3)
        XCTAssertEqual(third.documents, 3)

        let searcher = try Searcher(indexPath: index)
        XCTAssertEqual(try searcher.stats().documents, 3)
        XCTAssertEqual(try searcher.search(exact("harbour")).total, 1)
        // One unique-id term per article, each naming one document.
        let db = try Database(path: index)
        let unique = try db.allTerms(prefix: Schema.Prefix.unique)
        XCTAssertEqual(unique.count, 3)
        XCTAssertEqual(unique.map(\.frequency), [1, 1, 1])
    }

    /// Two articles (a harbour after a storm, a closed bridge) indexed once.
    private func harbourAndBridge() throws -> (folder: String, index: String) {
        let folder = try scratch.folder("news", [
            "a.txt": Scratch.article(title: "Harbour reopens", date: "2025-01-10", body: "The harbour reopened after the storm."),
            "b.txt": Scratch.article(title: "Bridge closes", date: "2025-01-11", body: "The old bridge closed for repairs."),
        ])
        let index = scratch.path("ix")
        _ = try IndexBuilder(indexPath: index).index(folder: folder)
        return (folder, index)
    }

    func testAChangedFileReplacesItsDocument() throws {
        let (folder, index) = try harbourAndBridge()

        let file = (folder as NSString).appendingPathComponent("a.txt")
        try Scratch.article(title: "Harbour stays shut", date: "2025-01-10", body: "The harbour remains closed after the flood.")
            .write(toFile: file, atomically: true, encoding: .utf8)
        // A later mtime, whatever the clock's resolution, so change detection sees it.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: file)

        let summary = try IndexBuilder(indexPath: index).index(folder: folder)
        XCTAssertEqual(summary.updated, 1)
        XCTAssertEqual(summary.unchanged, 1)
        XCTAssertEqual(summary.documents, 2)

        let searcher = try Searcher(indexPath: index)
        XCTAssertEqual(try searcher.search(exact("flood")).total, 1)
        XCTAssertEqual(try searcher.search(exact("storm")).total, 0, "the old text must be gone")
        XCTAssertEqual(try searcher.search(exact("harbour")).hits.map(\.article.title), ["Harbour stays shut"])
    }

    func testADeletedFileLeavesTheIndex() throws {
        let (folder, index) = try harbourAndBridge()
        try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent("b.txt"))
        let summary = try IndexBuilder(indexPath: index).index(folder: folder)
        XCTAssertEqual(summary.removed, 1)
        XCTAssertEqual(summary.documents, 1)
        XCTAssertEqual(try Searcher(indexPath: index).search(exact("bridge")).total, 0)
    }

    func testStoredArticleHoldsWhatAResultPageNeeds() throws {
        let folder = try scratch.folder("news", [
            "w/trade.txt": Scratch.article(title: "Xi Jinping meets Emmanuel Macron", date: "2025-09-15",
                                           body: "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on September 14, 2025."),
        ])
        let index = scratch.path("ix")
        _ = try IndexBuilder(indexPath: index).index(folder: folder)
        let stored = try XCTUnwrap(try Searcher(indexPath: index).article("w/trade.txt"))
        XCTAssertEqual(stored.id, "w/trade.txt")
        XCTAssertEqual(stored.path, (folder as NSString).appendingPathComponent("w/trade.txt"))
        XCTAssertEqual(stored.root, folder)
        XCTAssertEqual(stored.title, "Xi Jinping meets Emmanuel Macron")
        XCTAssertEqual(stored.published, "2025-09-15")
        XCTAssertEqual(stored.publishedSource, "front_matter")
        XCTAssertEqual(stored.format, "txt")
        XCTAssertTrue(stored.body.hasPrefix("Chinese President Xi Jinping met"))
        XCTAssertEqual(stored.countries.map(\.code).sorted(), ["CN", "FR"])
        XCTAssertEqual(stored.leaders.map(\.id).sorted(), ["cn-xi-jinping", "fr-emmanuel-macron"])
        XCTAssertEqual(stored.dates.map(\.value), ["2025-09-14"])
    }

    private func exact(_ text: String) -> SearchRequest {
        var r = SearchRequest(text: text)
        r.exact = true
        return r
    }
}

/// A temporary folder for one test, with helpers to write articles into it.
final class Scratch {
    let root: String

    init() throws {
        root = (NSTemporaryDirectory() as NSString).appendingPathComponent("newsindex-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// An absolute path inside the scratch folder, symlinks resolved as the indexer stores paths.
    func path(_ name: String) -> String {
        URL(fileURLWithPath: (root as NSString).appendingPathComponent(name)).resolvingSymlinksInPath().path
    }

    /// Writes `files` (relative path → contents) into a new folder and returns its absolute path.
    func folder(_ name: String, _ files: [String: String]) throws -> String {
        let dir = path(name)
        for (relative, text) in files {
            let file = (dir as NSString).appendingPathComponent(relative)
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        return URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
    }

    /// Copies the ten facet fixture articles (`Tests/Fixtures/corpus/f*.txt`, not EXPECTED.md) into a new folder.
    func fixtureCorpus(_ name: String = "corpus") throws -> String {
        let source = ReaderFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/corpus")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasPrefix("f") && name.hasSuffix(".txt") {
            files[name] = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
        }
        precondition(files.count == 10, "expected the ten fixture articles in \(source.path)")
        return try folder(name, files)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `files` into `news/` and indexes them into `ix`.
    @discardableResult
    func index(_ files: [String: String], options: IndexOptions = IndexOptions()) throws -> (folder: String, index: String) {
        let folder = try folder("news", files), index = path("ix")
        _ = try IndexBuilder(indexPath: index, options: options).index(folder: folder)
        return (folder, index)
    }

    /// Writes each text as `src/aN.txt`, indexes them with one job, and opens the index.
    func searcher(over texts: [String]) throws -> Searcher {
        var files: [String: String] = [:]
        for (i, t) in texts.enumerated() { files["a\(i).txt"] = t }
        var options = IndexOptions()
        options.jobs = 1
        _ = try IndexBuilder(indexPath: path("ix"), options: options).index(folder: try folder("src", files))
        return try Searcher(indexPath: path("ix"))
    }

    /// A .txt article with YAML front matter.
    static func article(title: String, date: String, body: String) -> String {
        "---\ntitle: \(title)\ndate: \(date)\n---\n\n\(body)\n"
    }

}

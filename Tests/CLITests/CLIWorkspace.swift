import Foundation
import TestSupport
import XCTest

/// A temporary folder holding a copy of the fixture corpus and an index of it, for one test class.
final class CLIWorkspace {
    let root: URL
    /// The ten fixture articles (without EXPECTED.md), symlinks resolved.
    let corpus: URL
    let index: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-clitests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.resolvingSymlinksInPath()
        corpus = root.appendingPathComponent("corpus")
        index = root.appendingPathComponent("ix")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: CLI.fixtureCorpus.path)
        where name.hasPrefix("f") && name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: CLI.fixtureCorpus.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
    }

    /// Indexes the corpus copy with the CLI.
    func buildIndex() throws {
        // With the spelling table, so "did you mean" can be tested through the CLI.
        let r = try CLI.run(["index", corpus.path, "--index", index.path, "--quiet", "--spelling"])
        guard r.status == 0 else {
            throw NSError(domain: "CLIWorkspace", code: Int(r.status), userInfo: [NSLocalizedDescriptionKey: "search index failed: \(r.stderr)"])
        }
    }

    /// `search ARGS… --index <this index>`.
    func search(_ args: [String]) throws -> CLIResult {
        try CLI.run(args + ["--index", index.path])
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// A test class whose tests share one index of the fixture corpus, built once per class
/// by the real binary and removed after the class's last test.
class IndexedFixtureTestCase: XCTestCase {
    nonisolated(unsafe) private static var workspaces: [ObjectIdentifier: Result<CLIWorkspace, Error>] = [:]

    override class func setUp() {
        super.setUp()
        workspaces[ObjectIdentifier(self)] = Result {
            let w = try CLIWorkspace()
            do { try w.buildIndex() } catch { w.remove(); throw error }
            return w
        }
    }

    override class func tearDown() {
        if case .success(let w) = workspaces.removeValue(forKey: ObjectIdentifier(self)) { w.remove() }
        super.tearDown()
    }

    /// The class's workspace, or the error that building it raised.
    func ws() throws -> CLIWorkspace {
        try XCTUnwrap(Self.workspaces[ObjectIdentifier(type(of: self))]).get()
    }
}

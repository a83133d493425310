import Foundation
import XCTest

/// What one run of the `search` binary did.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// stdout parsed as one JSON object.
    func object(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try XCTUnwrap(parsed as? [String: Any], "stdout is not a JSON object: \(stdout)", file: file, line: line)
    }

    /// stdout parsed as JSON Lines, one object per line.
    func lines() throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], String(line))
        }
    }

    var stderrLines: [Substring] { stderr.split(separator: "\n") }
}

/// Runs the built `search` binary as a real process, and lays out fixture folders and indexes for it.
enum CLI {
    /// The package root: the first folder above this file that holds Package.swift.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }()

    static let fixtureCorpus = packageRoot.appendingPathComponent("Tests/Fixtures/corpus")

    /// `search`, built next to the test bundle (whatever the scratch path).
    static let binary: URL? = {
        let bundle = Bundle(for: CLIBundleMarker.self).bundleURL
        var candidates = [bundle.deletingLastPathComponent().appendingPathComponent("search"),
                          bundle.appendingPathComponent("search")]
        // Fallback: any `.build*/debug/search` in the package.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.path)) ?? []
        for name in names.sorted() where name.hasPrefix(".build") {
            candidates.append(packageRoot.appendingPathComponent(name).appendingPathComponent("debug/search"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `search ARGS…`; fails the test (throws) if the binary is missing or the run takes over `timeout` seconds.
    static func run(_ args: [String], cwd: URL? = nil, stdin: String? = nil, timeout: TimeInterval = 120) throws -> CLIResult {
        guard let binary else {
            throw XCTSkip("the search binary was not built next to the tests (run swift build first)")
        }
        let io = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: io) }
        let outURL = io.appendingPathComponent("out"), errURL = io.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = cwd ?? io
        p.standardOutput = out
        p.standardError = err
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        if let stdin {
            let inURL = io.appendingPathComponent("in")
            try stdin.write(to: inURL, atomically: true, encoding: .utf8)
            p.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            p.standardInput = FileHandle.nullDevice
        }
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
            XCTFail("search \(args.joined(separator: " ")) took over \(Int(timeout)) s")
        }
        p.waitUntilExit()
        try out.close()
        try err.close()
        return CLIResult(status: p.terminationStatus,
                         stdout: try String(contentsOf: outURL, encoding: .utf8),
                         stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// Runs `search ARGS…` and fails the test unless it exits 0.
    @discardableResult
    static func ok(_ args: [String], cwd: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        let r = try run(args, cwd: cwd)
        XCTAssertEqual(r.status, 0, "search \(args.joined(separator: " ")): \(r.stderr)", file: file, line: line)
        return r
    }
}

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

/// Anchors `Bundle(for:)` to the test bundle.
final class CLIBundleMarker {}

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

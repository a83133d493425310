import Foundation
import XCTest
@testable import Indexer

/// Runs the built `search` binary as a real child process, for the reliability tests.
///
///     let r = try ProcessRunner.run(["index", dir.path, "--index", ix.path])
///     XCTAssertEqual(r.status, 0, r.stderr)
enum ProcessRunner {
    final class Anchor {}

    /// `search` next to the test bundle in the build products folder.
    /// On Linux the bundle URL is the products folder itself; on macOS it is the `.xctest` inside it.
    static let binary: URL = {
        let bundle = Bundle(for: Anchor.self).bundleURL
        let candidates = [bundle.deletingLastPathComponent().appendingPathComponent("search"), bundle.appendingPathComponent("search")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
        /// True when the child ended by a signal (a crash), not by `exit`.
        var signalled: Bool
    }

    /// A child running in the background; its output goes to files so a full pipe never blocks it.
    final class Child {
        let process: Process
        let outURL: URL
        let errURL: URL
        init(process: Process, outURL: URL, errURL: URL) { self.process = process; self.outURL = outURL; self.errURL = errURL }
        var pid: Int32 { process.processIdentifier }
        func kill9() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: outURL.deletingLastPathComponent())
        }
        func wait(timeout: Double = 300) -> Output {
            let start = Date()
            while process.isRunning && Date().timeIntervalSince(start) < timeout { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let output = Output(status: process.terminationStatus,
                                stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                                stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
                                seconds: Date().timeIntervalSince(start),
                                signalled: process.terminationReason == .uncaughtSignal)
            try? FileManager.default.removeItem(at: outURL.deletingLastPathComponent())
            return output
        }
    }

    static func start(_ args: [String], environment: [String: String] = [:]) throws -> Child {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-proc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return Child(process: p, outURL: out, errURL: err)
    }

    @discardableResult
    static func run(_ args: [String], environment: [String: String] = [:], timeout: Double = 300) throws -> Output {
        try start(args, environment: environment).wait(timeout: timeout)
    }

    /// Runs `search` as a user whom file permissions bind: as is when not root, else as `nobody`
    /// through util-linux `setpriv`. Nil when running as root without `setpriv` (the caller skips).
    static func runUnprivileged(_ args: [String]) throws -> Output? {
        if getuid() != 0 { return try run(args) }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: setpriv)
        p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self),
                      seconds: 0, signalled: p.terminationReason == .uncaughtSignal)
    }

    /// Runs a shell command line under a pseudo-terminal with util-linux `script`; nil when it is missing.
    static func runInTerminal(_ commandLine: String, environment: [String: String] = [:]) throws -> Output? {
        guard let script = ["/usr/bin/script", "/bin/script"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: script)
        p.arguments = ["-qec", commandLine, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env["TERM"] = "xterm"
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        let start = Date()
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "",
                      seconds: Date().timeIntervalSince(start), signalled: false)
    }

    /// Full path of `xapian-check`, or nil.
    static let xapianCheck: String? = ["/usr/bin/xapian-check", "/usr/local/bin/xapian-check"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func runTool(_ path: String, _ args: [String]) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "", seconds: 0,
                      signalled: p.terminationReason == .uncaughtSignal)
    }
}

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

/// What an index holds, read with the library rather than the CLI.
struct IndexFacts {
    var documents: Int
    var uniqueTerms: Int
    var duplicatedIDs: [String]
    var fileTerms: Int

    init(_ path: String) throws {
        let db = try Database(path: path)
        documents = try db.documentCount()
        let unique = try db.allTerms(prefix: Schema.Prefix.unique)
        uniqueTerms = unique.count
        duplicatedIDs = unique.filter { $0.frequency != 1 }.map(\.term)
        fileTerms = try db.allTerms(prefix: Schema.Prefix.file).count
    }

    /// Files whose recorded state (which makes the next run skip them) is not matched by all
    /// their documents: what a crash must never leave behind. `held`: articles per relative path.
    static func filesClaimedButIncomplete(_ path: String, root: String, held: [String: Int]) throws -> [String] {
        let db = try Database(path: path)
        let key = IndexedRoot(path: root).key
        var bad: [String] = []
        for (relative, count) in held {
            let term = Schema.fileTerm(rootKey: key, relativePath: relative)
            let state = try db.metadata(Schema.Metadata.fileState(fileTerm: term))
            if !state.isEmpty && db.termFrequencyOrZero(term) != count { bad.append(relative) }
        }
        return bad.sorted()
    }
}

private extension Database {
    func termFrequencyOrZero(_ term: String) -> Int { (try? termFrequency(term)) ?? 0 }
}

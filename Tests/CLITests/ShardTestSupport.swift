import Foundation
import XCTest
@testable import Indexer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real `xapian-tcpsrv` serving one shard on 127.0.0.1, on a free port.
///
/// The server is spawned in its own process group: on SIGTERM xapian-tcpsrv signals its whole
/// group (to stop the children serving connections), which would otherwise include the test runner.
/// `stop()` sends SIGTERM, waits, then SIGKILLs the group; call it from `defer` or `tearDown`.
final class ShardServer {
    let port: Int
    let shardPath: String
    private(set) var pid: pid_t
    private var stopped = false

    static var executable: String? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return dirs.map { "\($0)/xapian-tcpsrv" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Skips the calling test with a clear message when xapian-tcpsrv is not installed.
    static func requireExecutable() throws -> String {
        guard let exe = executable else {
            throw XCTSkip("xapian-tcpsrv is not on PATH: install xapian-tools (scripts/install-deps.sh) to run the remote shard tests")
        }
        return exe
    }

    /// Starts a server; retries on another port when the chosen one is taken meanwhile.
    init(shard: String, log: String) throws {
        let exe = try Self.requireExecutable()
        shardPath = shard
        var lastError = "no attempt"
        for _ in 0..<5 {
            let candidate = try Self.freePort()
            let child = try Self.spawn(exe, ["xapian-tcpsrv", "--port", String(candidate), "--interface", "127.0.0.1", shard], log: log)
            if Self.waitServing(pid: child, port: candidate) {
                port = candidate
                pid = child
                return
            }
            lastError = (try? String(contentsOfFile: log, encoding: .utf8)) ?? "exited"
            Self.terminate(child)
        }
        throw NSError(domain: "ShardServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "xapian-tcpsrv did not start: \(lastError)"])
    }

    var stubLine: String { "remote 127.0.0.1:\(port)" }

    func stop() {
        guard !stopped else { return }
        stopped = true
        Self.terminate(pid)
    }

    deinit { stop() }

    // MARK: - Processes and ports

    /// A port the kernel says is free now (bind to port 0, read it back, close).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw NSError(domain: "ShardServer", code: 2) }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                bind(fd, sa, len) == 0 && getsockname(fd, sa, &len) == 0
            }
        }
        guard ok else { throw NSError(domain: "ShardServer", code: 3) }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    static func spawn(_ exe: String, _ argv: [String], log: String) throws -> pid_t {
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attr, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let cargs = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, exe, &actions, &attr, cargs, environ)
        guard rc == 0 else { throw NSError(domain: "ShardServer", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "posix_spawn \(exe) failed: \(rc)"]) }
        return pid
    }

    /// True once a remote database opens on the port; false if the process exits or 10 s pass.
    static func waitServing(pid: pid_t, port: Int) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return false }
            if let db = try? Database.remote(host: "127.0.0.1", port: port, timeout: 2_000), (try? db.documentCount()) != nil {
                return true
            }
            usleep(50_000)
        }
        return false
    }

    /// SIGTERM, up to 3 s for it to exit, then SIGKILL to the whole group; always reaps.
    static func terminate(_ pid: pid_t) {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid {
                kill(-pid, SIGKILL)   // connection children, if any survived
                return
            }
            usleep(20_000)
        }
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
    }
}

/// Temporary folders, the fixture articles, and the built `search` binary.
enum ShardFixtures {
    static var packageRoot: URL { CLI.packageRoot }

    /// A new empty folder, removed by the caller's teardown.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "newsindex-shards-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return (path as NSString).standardizingPath
    }

    /// Copies the fixture corpus and the Examples (which include multi-record .jsonl files)
    /// into `folder/articles`; about 30 articles from 26 files.
    static func articles(in folder: String) throws -> String {
        let dest = (folder as NSString).appendingPathComponent("articles")
        let fm = FileManager.default
        try fm.createDirectory(atPath: dest, withIntermediateDirectories: true)
        try fm.copyItem(atPath: packageRoot.appendingPathComponent("Tests/Fixtures/corpus").path, toPath: dest + "/corpus")
        try fm.copyItem(atPath: packageRoot.appendingPathComponent("Examples").path, toPath: dest + "/examples")
        return FolderScanner.absolute(dest)
    }

    /// The `search` executable built with the tests (same build folder).
    static func searchBinary() throws -> String {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("search").path,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("search").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("search").path,
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            XCTFail("the search executable was not found beside the tests (\(candidates)); build it with swift build")
            throw XCTSkip("no search binary")
        }
        return found
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the CLI and waits (each call is a fresh process, as a user would run it).
    static func search(_ args: [String]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try searchBinary())
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

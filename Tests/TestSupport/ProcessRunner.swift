import Foundation
import XCTest

/// Runs the built `search` binary (or a tool) as a real child process. Output goes to files,
/// so a full pipe never blocks the child.
///
///     let r = try ProcessRunner.run(["index", dir.path, "--index", ix.path])
///     XCTAssertEqual(r.status, 0, r.stderr)
public enum ProcessRunner {
    /// What one run did.
    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var seconds: Double
        /// True when the child ended by a signal (a crash), not by `exit`.
        public var signalled: Bool
        /// True when the child outlived its timeout and was killed.
        public var timedOut = false

        /// stdout parsed as one JSON object.
        public func object(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
            let parsed = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            return try XCTUnwrap(parsed as? [String: Any], "stdout is not a JSON object: \(stdout)", file: file, line: line)
        }

        /// stdout parsed as JSON Lines, one object per line.
        public func lines() throws -> [[String: Any]] {
            try stdout.split(separator: "\n").map { line in
                try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], String(line))
            }
        }

        public var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    /// A child running in the background.
    public final class Child {
        public let process: Process
        let io: URL
        init(process: Process, io: URL) { self.process = process; self.io = io }
        public var pid: Int32 { process.processIdentifier }

        public func kill9() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: io)
        }

        /// Waits for the child (killing it after `timeout` seconds) and collects its output.
        public func wait(timeout: Double = 300) -> Output {
            let start = Date()
            while process.isRunning && Date().timeIntervalSince(start) < timeout { usleep(10_000) }
            let timedOut = process.isRunning
            if timedOut { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let output = Output(status: process.terminationStatus,
                                stdout: (try? String(contentsOf: io.appendingPathComponent("out"), encoding: .utf8)) ?? "",
                                stderr: (try? String(contentsOf: io.appendingPathComponent("err"), encoding: .utf8)) ?? "",
                                seconds: Date().timeIntervalSince(start),
                                signalled: process.terminationReason == .uncaughtSignal && !timedOut, timedOut: timedOut)
            try? FileManager.default.removeItem(at: io)
            return output
        }
    }

    /// Starts `search ARGS…` in `cwd` (default: this process's; a fresh empty folder with
    /// `isolated`), with `stdin` as its input (default: nothing).
    public static func start(_ args: [String], environment: [String: String] = [:], cwd: URL? = nil,
                             isolated: Bool = false, stdin: String? = nil) throws -> Child {
        let binary = try SearchBinary.checked()
        let io = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-proc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
        let out = io.appendingPathComponent("out"), err = io.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if let cwd { p.currentDirectoryURL = cwd } else if isolated { p.currentDirectoryURL = io }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        if let stdin {
            let inURL = io.appendingPathComponent("in")
            try stdin.write(to: inURL, atomically: true, encoding: .utf8)
            p.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            p.standardInput = FileHandle.nullDevice
        }
        try p.run()
        return Child(process: p, io: io)
    }

    @discardableResult
    public static func run(_ args: [String], environment: [String: String] = [:], cwd: URL? = nil, isolated: Bool = false,
                           stdin: String? = nil, timeout: Double = 300) throws -> Output {
        try start(args, environment: environment, cwd: cwd, isolated: isolated, stdin: stdin).wait(timeout: timeout)
    }

    /// Runs `search` as a user whom file permissions bind: as is when not root, else as `nobody`
    /// through util-linux `setpriv`. Nil when running as root without `setpriv` (the caller skips).
    public static func runUnprivileged(_ args: [String]) throws -> Output? {
        if getuid() != 0 { return try run(args) }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return try runTool(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", try SearchBinary.checked().path] + args,
                           separateStderr: true)
    }

    /// Runs a shell command line under a pseudo-terminal with util-linux `script`; nil when it is missing.
    public static func runInTerminal(_ commandLine: String, environment: [String: String] = [:]) throws -> Output? {
        guard let script = ["/usr/bin/script", "/bin/script"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env["TERM"] = "xterm"
        for (k, v) in environment { env[k] = v }
        return try runTool(script, ["-qec", commandLine, "/dev/null"], environment: env, stderr: false)
    }

    /// Full path of `xapian-check`, or nil.
    public static let xapianCheck: String? = ["/usr/bin/xapian-check", "/usr/local/bin/xapian-check"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs another program to its end. Its standard error is merged into stdout unless
    /// `separateStderr`, or dropped when `stderr` is false. Output goes through files, so a full
    /// pipe never blocks the program.
    public static func runTool(_ path: String, _ args: [String], environment: [String: String]? = nil,
                               separateStderr: Bool = false, stderr: Bool = true) throws -> Output {
        let io = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: io) }
        let outURL = io.appendingPathComponent("out"), errURL = io.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        if let environment { p.environment = environment }
        p.standardOutput = out
        p.standardError = !stderr ? FileHandle.nullDevice : (separateStderr ? err : out)
        p.standardInput = FileHandle.nullDevice
        let start = Date()
        try p.run()
        p.waitUntilExit()
        try out.close()
        try err.close()
        func text(_ url: URL) -> String { String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Output(status: p.terminationStatus, stdout: text(outURL), stderr: text(errURL), seconds: Date().timeIntervalSince(start),
                      signalled: p.terminationReason == .uncaughtSignal)
    }
}

/// The `search` command as the CLI tests run it: no colour, a test failure on timeout.
public enum CLI {
    public static var packageRoot: URL { PackageRoot.url }
    public static var fixtureCorpus: URL { PackageRoot.fixtureCorpus }

    /// Runs `search ARGS…`; throws when the binary is missing or stale, fails the test when the
    /// run takes over `timeout` seconds.
    public static func run(_ args: [String], cwd: URL? = nil, stdin: String? = nil, timeout: TimeInterval = 120,
                           file: StaticString = #filePath, line: UInt = #line) throws -> ProcessRunner.Output {
        let r = try ProcessRunner.run(args, environment: ["NO_COLOR": "1"], cwd: cwd, isolated: true, stdin: stdin, timeout: timeout)
        if r.timedOut { XCTFail("search \(args.joined(separator: " ")) took over \(Int(timeout)) s", file: file, line: line) }
        return r
    }

    /// Runs `search ARGS…` and fails the test unless it exits 0.
    @discardableResult
    public static func ok(_ args: [String], cwd: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> ProcessRunner.Output {
        let r = try run(args, cwd: cwd, file: file, line: line)
        XCTAssertEqual(r.status, 0, "search \(args.joined(separator: " ")): \(r.stderr)", file: file, line: line)
        return r
    }
}

public typealias CLIResult = ProcessRunner.Output

import Foundation

/// A command-line program found on PATH, run to completion with a time limit (Poppler's
/// `pdftotext` and `pdfinfo` for PDF). A crash or hang in the tool costs one file, not the run.
///
///     let r = try ExternalTool("pdfinfo").run(["-isodates", path])   // r.status, r.stdout, r.stderr
struct ExternalTool {
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data
        var timedOut: Bool
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    let name: String
    let url: URL?

    init(_ name: String) {
        self.name = name
        url = Self.locate(name)
    }

    /// nil when the program is not installed.
    func run(_ arguments: [String], timeout: TimeInterval = 120) -> Output? {
        guard let url else { return nil }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }

        // Drain stderr on another thread so a tool that writes much there cannot block on a full pipe.
        let errorBox = DataBox()
        let drained = DispatchGroup()
        drained.enter()
        DispatchQueue.global().async {
            errorBox.data = err.fileHandleForReading.readDataToEndOfFile()
            drained.leave()
        }
        let timer = DispatchWorkItem { if process.isRunning { errorBox.timedOut = true; process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        timer.cancel()
        return Output(status: process.terminationStatus, stdout: stdout, stderr: errorBox.data, timedOut: errorBox.timedOut)
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
        var timedOut = false
    }

    private static func locate(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin:/opt/homebrew/bin"
        for dir in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let candidate = URL(fileURLWithPath: dir).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

import Foundation
import Indexer

/// `search serve` and `search mcp` run in a second executable, `search-server`, installed beside
/// `search`: the HTTP and MCP stacks (NIO, Hummingbird, the MCP SDK, libcurl through
/// FoundationNetworking) then stay out of every other command's start-up (bench/startup/README.md).
/// The process is replaced, not forked, so its id, signals, standard streams and exit code are the
/// server's own.
enum ServerHandOff {
    static let executableName = "search-server"

    /// `search-server` beside the running binary (symlinks resolved, as for the gazetteer files).
    static var executable: URL? {
        GazetteerFiles.runningExecutable?.deletingLastPathComponent().appendingPathComponent(executableName)
    }

    /// Replaces this process with `search-server` and the same arguments (`serve …` or `mcp …`,
    /// already checked here); returns only by throwing.
    static func exec() throws -> Never {
        guard let url = executable, FileManager.default.isExecutableFile(atPath: url.path) else {
            let place = executable?.path ?? "beside search"
            throw CommandFailure(message: "the server program \(executableName) is missing (looked for \(place)); "
                                 + "install it beside search (`make install`)", code: 2)
        }
        let args = [url.path] + CommandLine.arguments.dropFirst()
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        execv(url.path, &argv)
        let reason = String(cString: strerror(errno))
        throw CommandFailure(message: "cannot run \(url.path): \(reason)", code: 2)
    }
}

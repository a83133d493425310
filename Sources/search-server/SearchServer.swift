import ArgumentParser
import Foundation
import NewsIndexCommandLine

/// `search-server`: the servers behind `search serve` and `search mcp`, which hand their
/// arguments over unchanged (`ServerHandOff` in `search`). A separate executable so that the HTTP
/// and MCP stacks are not loaded by every other command.
@main
struct SearchServer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-server",
        abstract: "The servers behind `search serve` and `search mcp`; run them through `search`.",
        subcommands: [ServeCommand.self, MCPCommand.self])

    /// Exit codes as `search`'s: 1 the server failed, 2 bad usage (already checked by `search`).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let e as ServerFailure {
            ErrorLine.write(e.message)
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}

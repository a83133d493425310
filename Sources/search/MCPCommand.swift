import ArgumentParser
import NewsIndexCommandLine

/// `search mcp`: parsed here for its help and its checks, run by `search-server` (`ServerHandOff`).
struct MCPCommand: ParsableCommand {
    static let configuration = MCPOptions.configuration

    @OptionGroup var options: MCPOptions

    func run() throws { try ServerHandOff.exec() }
}

import ArgumentParser
import NewsIndexCommandLine
import NewsIndexMCP
import NewsIndexService

/// `search mcp`: the Model Context Protocol over stdio, for AI assistants.
struct MCPCommand: ParsableCommand {
    static let configuration = MCPOptions.configuration

    @OptionGroup var options: MCPOptions

    func run() throws {
        let server = MCPServer(service: SearchService(indexPath: options.indexOption.index))
        try AsyncMain.block { try await server.run() }
    }
}

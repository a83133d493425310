import ArgumentParser
import NewsIndexMCP
import NewsIndexService

/// `search mcp`: the Model Context Protocol over stdio, for AI assistants.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Speak the Model Context Protocol over stdio: tools search, facets, show, stats and tag.")

    @OptionGroup var indexOption: IndexOption

    func run() throws {
        let server = MCPServer(service: SearchService(indexPath: indexOption.index))
        try AsyncMain.block { try await server.run() }
    }
}

import ArgumentParser

/// `search mcp`: its name, help and options, parsed by `search` and again by `search-server`
/// (see `ServeOptions`).
public struct MCPOptions: ParsableArguments {
    public static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Speak the Model Context Protocol over stdio: tools search, facets, show, stats and tag.")

    @OptionGroup public var indexOption: IndexOption

    public init() {}
}

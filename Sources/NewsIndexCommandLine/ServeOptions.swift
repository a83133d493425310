import ArgumentParser

/// `search serve`: its name, help and options, parsed by `search` (for its help and to check the
/// arguments before handing over) and again by `search-server`, which runs the server.
public struct ServeOptions: ParsableArguments {
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a web page and a JSON API for exploring the index (read-only).")

    @OptionGroup public var indexOption: IndexOption
    @Option(name: .long, help: "Address to listen on. Anything but loopback makes the archive visible on the network.")
    public var host: String = "127.0.0.1"
    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    public var port: Int = 8080

    public init() {}

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
    }
}

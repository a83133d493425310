import ArgumentParser
import Foundation
import Indexer
import NewsIndexService
import NewsIndexWeb

/// `search serve`: the web page and the JSON API, until Ctrl-C.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a web page and a JSON API for exploring the index (read-only).")

    @OptionGroup var indexOption: IndexOption
    @Option(name: .long, help: "Address to listen on. Anything but loopback makes the archive visible on the network.")
    var host: String = "127.0.0.1"
    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
    }

    func run() throws {
        if !WebServer.isLoopback(host) {
            Terminal.error("warning: listening on \(host): anyone who can reach this machine can read the archive; use --host 127.0.0.1 to keep it local")
        }
        if !NewsIndex.exists(at: indexOption.index) {
            Terminal.error("warning: no index at \(indexOption.index) yet; requests answer 503 until `search index FOLDER --index \(indexOption.index)` builds one")
        }
        let index = indexOption.index
        let server = WebServer(service: SearchService(indexPath: indexOption.index), host: host, port: port)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        try AsyncMain.block {
            try await server.run { bound in
                // Unbuffered: a script waiting for the address reads it at once.
                FileHandle.standardOutput.write(Data("Serving \(index) at http://\(shownHost):\(bound)/ (Ctrl-C stops)\n".utf8))
            }
        }
    }
}

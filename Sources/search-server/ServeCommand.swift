import ArgumentParser
import Foundation
import Indexer
import NewsIndexCommandLine
import NewsIndexService
import NewsIndexWeb

/// `search serve`: the web page and the JSON API, until Ctrl-C.
struct ServeCommand: ParsableCommand {
    static let configuration = ServeOptions.configuration

    @OptionGroup var options: ServeOptions

    func run() throws {
        let host = options.host, index = options.indexOption.index
        if !WebServer.isLoopback(host) {
            ErrorLine.write("warning: listening on \(host): anyone who can reach this machine can read the archive; use --host 127.0.0.1 to keep it local")
        }
        if !NewsIndex.exists(at: index) {
            ErrorLine.write("warning: no index at \(index) yet; requests answer 503 until `search index FOLDER --index \(index)` builds one")
        }
        let server = WebServer(service: SearchService(indexPath: index), host: host, port: options.port)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        try AsyncMain.block {
            try await server.run { bound in
                // Unbuffered: a script waiting for the address reads it at once.
                FileHandle.standardOutput.write(Data("Serving \(index) at http://\(shownHost):\(bound)/ (Ctrl-C stops)\n".utf8))
            }
        }
    }
}

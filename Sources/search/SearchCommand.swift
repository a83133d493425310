import ArgumentParser
import Foundation
import Indexer

/// `search`: index a folder of news articles and search it by words, countries, leaders and dates.
@main
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Offline search over a folder of news articles, with countries, leaders and dates.",
        version: NewsIndexVersion.string,
        subcommands: [QueryCommand.self, IndexCommand.self, FacetsCommand.self, TagCommand.self,
                      ShowCommand.self, StatsCommand.self, CompactCommand.self],
        defaultSubcommand: QueryCommand.self)

    /// Exit codes: 0 ok, 1 no index or nothing found where that matters, 2 bad usage or bad query.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let e as ExitCode {
            Foundation.exit(e.rawValue)
        } catch let e as CommandFailure {
            Terminal.error(e.message)
            Foundation.exit(e.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // One line saying what is wrong; usage is a --help away.
            let message = SearchCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            Terminal.error("\(message) (see search --help)")
            Foundation.exit(2)
        }
    }
}

/// A failure already phrased for the user, with its exit code.
struct CommandFailure: Error {
    var message: String
    var code: Int32

    static func from(_ e: SearchError) -> CommandFailure {
        CommandFailure(message: e.description, code: e.isUsage ? 2 : 1)
    }

    static func from(_ e: IndexError) -> CommandFailure {
        switch e {
        case .folderMissing: return CommandFailure(message: e.description, code: 2)
        default: return CommandFailure(message: e.description, code: 1)
        }
    }
}

/// `--index PATH`, shared by every command.
struct IndexOption: ParsableArguments {
    @Option(name: .long, help: "Index location: a database folder or a stub file listing shards.")
    var index: String = "Index"
}

import ArgumentParser
import Foundation
import Indexer

/// `search`: index a folder of news articles and search it by words, countries, leaders and dates.
@main
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Offline search over a folder of news articles, with countries, leaders and dates.",
        discussion: """
            The index is the folder named by --index PATH, else by the environment variable \
            NEWSINDEX_INDEX, else Index/ in the current folder; `search stats` says which one chose it. \
            The gazetteer files come from $NEWSINDEX_RESOURCES, else PREFIX/share/newsindex.
            """,
        version: "search \(NewsIndexVersion.string), Xapian \(XapianLibrary.version), index schema \(Schema.version)",
        subcommands: [QueryCommand.self, IndexCommand.self, FacetsCommand.self, TagCommand.self,
                      ShowCommand.self, StatsCommand.self, CompactCommand.self, TrendCommand.self, TermsCommand.self,
                      SimilarCommand.self, NetworkCommand.self, WatchCommand.self,
                      ServeCommand.self, MCPCommand.self],
        defaultSubcommand: QueryCommand.self)

    /// Exit codes: 0 ok, 1 no index or nothing found where that matters, 2 bad usage or bad query.
    static func main() {
        do {
            let args = NumericArguments.joined(Array(CommandLine.arguments.dropFirst()))
            var command = try QueryShortcut.parse(args) ?? parseAsRoot(args)
            try command.run()
        } catch let e as ExitCode {
            Foundation.exit(e.rawValue)
        } catch let e as CommandFailure {
            Terminal.error(e.message + (e.seeHelp ? " (see search --help)" : ""))
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

/// Joins `--limit -3` into `--limit=-3`, so a negative number reaches validation (which says what
/// is allowed) instead of being taken for an unknown flag ("Missing value for '--limit'"), and
/// `--sort -date` into `--sort=-date`.
enum NumericArguments {
    static let options: Set<String> = ["--limit", "--offset", "--facet-limit", "--jobs", "--commit-every", "--max-size", "--sort"]

    static func joined(_ args: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { out += args[i...]; break }
            // `--sort -date` (the value reads as a flag): meant as --sort=-date.
            if options.contains(a), i + 1 < args.count, isNegativeNumber(args[i + 1]) || (a == "--sort" && args[i + 1] == "-date") {
                out.append(a + "=" + args[i + 1])
                i += 2
                continue
            }
            out.append(a)
            i += 1
        }
        return out
    }

    static func isNegativeNumber(_ s: String) -> Bool {
        s.count > 1 && s.hasPrefix("-") && Double(s.dropFirst()) != nil
    }
}

import ArgumentParser
import Foundation
import Indexer
import NewsIndexOutput

/// `search network --by leader|country|leader*country [WORDS…]`: who is mentioned with whom.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Co-mention network of the matching articles: entities with article counts, pairs with counts and lift.",
        discussion: "Lift is how much more often a pair appears together than chance would have it (1 = as often). Edges are ranked by lift among pairs seen in at least --min-count articles. GEXF opens in Gephi, DOT in Graphviz.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, gexf, dot }

    @OptionGroup var scope: QueryScope<Help>
    @Option(name: .long, help: "leader, country or leader*country.")
    var by: CoMentionNetwork.Kind = .leader
    @Option(name: .customLong("min-count"), help: "Articles a pair needs to be an edge.")
    var minCount: Int = 2
    @Option(name: .long, help: "Edges listed in text output.")
    var limit: Int = 30
    @Option(name: .long, help: "text, json, csv, gexf or dot.")
    var format: Format = .text
    @OptionGroup var output: OutputChoice<Help>

    func validate() throws {
        guard minCount >= 1 else { throw ValidationError("--min-count must be 1 or more, not \(minCount)") }
    }

    func run() throws {
        do {
            let request = scope.request()
            let net = try scope.index.network(by, request, minimumCount: minCount)
            switch output.json ? .json : (output.csv ? .csv : format) {
            case .json: print(AnalysisRenderer.networkJSON(net).text)
            case .csv: print(AnalysisRenderer.networkCSV(net), terminator: "")
            case .gexf: print(AnalysisRenderer.networkGEXF(net), terminator: "")
            case .dot: print(AnalysisRenderer.networkDOT(net), terminator: "")
            case .text: print(AnalysisRenderer.networkText(net, limit: limit), terminator: "")
            }
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension CoMentionNetwork.Kind: ExpressibleByArgument {}

/// The help lines of the shared WORDS and --json/--csv, in this command's words.
extension NetworkCommand {
    enum Help: OutputChoiceHelp, QueryScopeHelp {
        static let words = "Words to search for; none takes every article."
        static let json = "Print JSON (same as --format json)."
        static let csv = "Print CSV of the edges (same as --format csv)."
    }
}

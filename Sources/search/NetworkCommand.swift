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

    @OptionGroup var indexOption: IndexOption
    @Argument(help: "Words to search for; none takes every article.")
    var words: [String] = []
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "leader, country or leader*country.")
    var by: CoMentionNetwork.Kind = .leader
    @Option(name: .customLong("min-count"), help: "Articles a pair needs to be an edge.")
    var minCount: Int = 2
    @Option(name: .long, help: "Edges listed in text output.")
    var limit: Int = 30
    @Option(name: .long, help: "text, json, csv, gexf or dot.")
    var format: Format = .text
    @Flag(name: .long, help: "Print JSON (same as --format json).")
    var json = false
    @Flag(name: .long, help: "Print CSV of the edges (same as --format csv).")
    var csv = false

    func validate() throws {
        guard minCount >= 1 else { throw ValidationError("--min-count must be 1 or more, not \(minCount)") }
        guard !(json && csv) else { throw ValidationError("choose one of --json and --csv") }
    }

    func run() throws {
        do {
            var request = SearchRequest(text: NewsIndex.queryText(words: words))
            filters.apply(to: &request)
            let net = try NewsIndex(at: indexOption.index).network(by, request, minimumCount: minCount)
            switch json ? .json : (csv ? .csv : format) {
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

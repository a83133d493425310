import ArgumentParser
import Foundation
import Indexer
import NewsIndexOutput

/// `search facets [WORDS…] --by DIMENSION`: only the counts, for the whole index when no words are given.
struct FacetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facets",
        abstract: "Count matching articles by country, leader, publication date or mentioned date.")

    @OptionGroup var scope: QueryScope<Help>
    @Option(name: .long, help: "country, leader, leader-in-office, date[:year|month|day], mentioned[:year|month], leader*country; repeat or comma-separate.")
    var by: [String] = []
    @Option(name: .customLong("facet-limit"), help: "Values shown per facet.")
    var facetLimit: Int = SearchRequest(text: "").facetLimit
    @OptionGroup var partial: PartialAnswerOption
    @OptionGroup var output: OutputChoice<Help>

    func run() throws {
        do {
            var request = scope.request()
            request.facetLimit = facetLimit
            request.allowPartial = partial.allowPartial
            try request.checkBounds()
            for n in by.flatMap({ $0.split(separator: ",").map(String.init) }) { request.facets.append(try FacetSpec.parse(n)) }
            let result = try scope.index.facets(request)
            if !output.json { PartialAnswer.warn(result) }
            output.print(json: { FacetJSON.result(result).text },
                         csv: { CSV.facets(result.facets) },
                         text: {
                             "\(result.total) \(result.total == 1 ? "article" : "articles") counted\n\n"
                                 + (result.fallback == .any ? "No article has every word; these have some of them.\n\n" : "")
                                 + FacetRenderer.text(result.facets)
                         })
        } catch {
            throw CommandFailure(error)
        }
    }
}

/// How an answer from only some shards (`--allow-partial`) says what is missing:
/// a warning on standard error, and `missing_shards` in JSON (`SearchResultJSON.withMissingShards`).
enum PartialAnswer {
    static func warn(_ r: SearchResult) {
        guard !r.missingShards.isEmpty else { return }
        Terminal.error("partial answer: shard\(r.missingShards.count == 1 ? "" : "s") unreachable and left out: \(r.missingShards.joined(separator: ", "))")
    }
}

/// The help lines of the shared WORDS and --json/--csv, in this command's words.
extension FacetsCommand {
    enum Help: OutputChoiceHelp, QueryScopeHelp {
        static let words = "Words to search for; none counts the whole index."
        static let json = "Print JSON."
        static let csv = "Print CSV (facet,value,label,count) for spreadsheets."
    }
}

import ArgumentParser
import Foundation
import Indexer
import NewsIndexOutput

/// `search facets [WORDS…] --by DIMENSION`: only the counts, for the whole index when no words are given.
struct FacetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facets",
        abstract: "Count matching articles by country, leader, publication date or mentioned date.")

    @OptionGroup var indexOption: IndexOption
    @Argument(help: "Words to search for; none counts the whole index.")
    var words: [String] = []
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "country, leader, leader-in-office, date[:year|month|day], mentioned[:year|month], leader*country; repeat or comma-separate.")
    var by: [String] = []
    @Option(name: .customLong("facet-limit"), help: "Values shown per facet.")
    var facetLimit: Int = SearchRequest(text: "").facetLimit
    @OptionGroup var partial: PartialAnswerOption
    @Flag(name: .long, help: "Print JSON.")
    var json = false
    @Flag(name: .long, help: "Print CSV (facet,value,label,count) for spreadsheets.")
    var csv = false

    func validate() throws {
        guard !(json && csv) else { throw ValidationError("choose one of --json and --csv") }
    }

    func run() throws {
        do {
            var request = SearchRequest(text: NewsIndex.queryText(words: words))
            filters.apply(to: &request)
            request.facetLimit = facetLimit
            request.allowPartial = partial.allowPartial
            try request.checkBounds()
            for n in by.flatMap({ $0.split(separator: ",").map(String.init) }) { request.facets.append(try FacetSpec.parse(n)) }
            let result = try NewsIndex(at: indexOption.index).facets(request)
            if !json { PartialAnswer.warn(result) }
            if json {
                print(FacetJSON.result(result).text)
            } else if csv {
                print(CSV.facets(result.facets), terminator: "")
            } else {
                print("\(result.total) \(result.total == 1 ? "article" : "articles") counted\n")
                if result.fallback == .any { print("No article has every word; these have some of them.\n") }
                print(FacetRenderer.text(result.facets), terminator: "")
            }
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

import ArgumentParser
import Foundation
import Indexer
import NewsIndexOutput

/// `search terms WORDS… [filters]`: the words that set the matches apart from the archive.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List the words that set the matching articles apart from the whole archive.",
        discussion: "Weights come from Xapian's query expansion over the best 200 matches; the counts beside them are exact.")

    @OptionGroup var indexOption: IndexOption
    @Argument(help: "Words to search for; filters alone work too.")
    var words: [String] = []
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "Words to list.")
    var limit: Int = 20
    @Flag(name: .long, help: "Print JSON.")
    var json = false
    @Flag(name: .long, help: "Print CSV (term,score,in_results,in_archive).")
    var csv = false

    func validate() throws {
        guard !(json && csv) else { throw ValidationError("choose one of --json and --csv") }
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }

    func run() throws {
        do {
            var request = SearchRequest(text: NewsIndex.queryText(words: words))
            filters.apply(to: &request)
            let terms = try NewsIndex(at: indexOption.index).tellingTerms(request, limit: limit)
            if json {
                print(AnalysisRenderer.termsJSON(terms, query: request.text).text)
            } else if csv {
                print(AnalysisRenderer.termsCSV(terms), terminator: "")
            } else {
                print(AnalysisRenderer.termsText(terms), terminator: "")
            }
        } catch {
            throw CommandFailure(error)
        }
    }
}

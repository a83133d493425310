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

    @OptionGroup var scope: QueryScope<Help>
    @Option(name: .long, help: "Words to list.")
    var limit: Int = 20
    @OptionGroup var output: OutputChoice<Help>

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }

    func run() throws {
        let request = scope.request()
        try output.print({ try scope.index.tellingTerms(request, limit: limit) },
                         json: { AnalysisRenderer.termsJSON($0, query: request.text).text },
                         csv: { AnalysisRenderer.termsCSV($0) }, text: { AnalysisRenderer.termsText($0) })
    }
}

/// The help lines of the shared WORDS and --json/--csv, in this command's words.
extension TermsCommand {
    enum Help: OutputChoiceHelp, QueryScopeHelp {
        static let words = "Words to search for; filters alone work too."
        static let json = "Print JSON."
        static let csv = "Print CSV (term,score,in_results,in_archive)."
    }
}

import ArgumentParser
import Foundation
import Indexer
import NewsIndexCommandLine
import NewsIndexOutput

/// `search similar ID [filters]`: "more like this".
struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Find the articles most like one article (its id or path); the article and its near-duplicates are left out.")

    @OptionGroup var indexOption: IndexOption
    @Argument(help: "An article id (as results show it) or a file path.")
    var id: String
    @OptionGroup var filters: FilterOptions
    @OptionGroup var page: PageOptions
    @OptionGroup var shown: ResultFlags<Help>

    func run() throws {
        do {
            var request = SearchRequest(text: "")
            filters.apply(to: &request)
            page.apply(to: &request)
            shown.apply(to: &request)
            let result = try NewsIndex(at: indexOption.index).similar(to: id, request)
            QueryRenderer.print(result, limit: page.limit, json: shown.json)
        } catch {
            throw CommandFailure(error)
        }
    }
}

/// The help lines of the shared flags, in this command's words.
extension SimilarCommand {
    enum Help: ResultFlagsHelp {
        static let collapse = "Show one article per cluster of near-duplicates."
        static let noSnippets = "Leave out the passage of each hit."
        static let json = "Print JSON (the query JSON with \"similar_to\")."
    }
}

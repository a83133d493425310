import ArgumentParser
import Foundation
import Indexer
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
    @Flag(name: .long, help: "Show one article per cluster of near-duplicates.")
    var collapse = false
    @Flag(name: .customLong("no-snippets"), help: "Leave out the passage of each hit.")
    var noSnippets = false
    @Flag(name: .long, help: "Print JSON (the query JSON with \"similar_to\").")
    var json = false

    func run() throws {
        do {
            var request = SearchRequest(text: "")
            filters.apply(to: &request)
            page.apply(to: &request)
            request.collapse = collapse
            request.snippets = !noSnippets
            let result = try NewsIndex(at: indexOption.index).similar(to: id, request)
            QueryRenderer.print(result, limit: page.limit, json: json)
        } catch {
            throw CommandFailure(error)
        }
    }
}

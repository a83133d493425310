import ArgumentParser
import Indexer
import NewsIndexOutput

/// `search show ID|PATH`: one stored article.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one indexed article by id or path.")

    @OptionGroup var indexOption: IndexOption
    @Argument(help: "Article id (as in results) or file path; add #N for the Nth record of a .jsonl or .csv file.")
    var reference: String
    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        let found: Schema.StoredArticle?
        do {
            found = try NewsIndex(at: indexOption.index).article(reference)
        } catch {
            throw CommandFailure(error)
        }
        guard let article = found else {
            throw CommandFailure(message: "no article '\(reference)' in \(indexOption.index); ids are shown in search results", code: 1)
        }
        print(json ? ArticleJSON.object(article).text : ArticleRenderer.text(article), terminator: json ? "\n" : "")
    }
}

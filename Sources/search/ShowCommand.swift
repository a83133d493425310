import ArgumentParser
import Foundation
import Indexer
import NewsIndexCommandLine
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
        let found: ArticleLookup
        do {
            found = try NewsIndex(at: indexOption.index).lookup(reference)
        } catch {
            throw CommandFailure(error)
        }
        switch found {
        case .found(let article):
            print(json ? ArticleJSON.object(article).text : ArticleRenderer.text(article), terminator: json ? "\n" : "")
        case .none:
            throw CommandFailure(message: "no article '\(reference)' in \(indexOption.index); ids are shown in search results", code: 1)
        case .several(let candidates):
            // One line for the error, then the candidates to choose from, one per line.
            Terminal.error("'\(reference)' names \(candidates.count) articles; show one of these ids:")
            for a in candidates { Terminal.note("  \(a.id)\t\(a.path)\t\(a.title)") }
            throw ExitCode(2)
        }
    }
}

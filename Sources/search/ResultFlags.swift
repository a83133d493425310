import ArgumentParser
import Indexer

/// The help lines of one command's `--collapse`, `--no-snippets` and `--json`, in its own words.
protocol ResultFlagsHelp {
    static var collapse: String { get }
    static var noSnippets: String { get }
    static var json: String { get }
}

/// How a page of hits is shown: one per near-duplicate cluster, with or without snippets, as JSON or text.
struct ResultFlags<Help: ResultFlagsHelp>: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(Help.collapse))
    var collapse = false
    @Flag(name: .customLong("no-snippets"), help: ArgumentHelp(Help.noSnippets))
    var noSnippets = false
    @Flag(name: .long, help: ArgumentHelp(Help.json))
    var json = false

    func apply(to r: inout SearchRequest) {
        (r.collapse, r.snippets) = (collapse, !noSnippets)
    }
}

import ArgumentParser
import Indexer
import NewsIndexCommandLine

/// The help line of one command's WORDS: the argument is shared, its wording is the command's.
protocol QueryScopeHelp {
    static var words: String { get }
}

/// `--index`, WORDS and the filters: which articles an analysis command looks at.
struct QueryScope<Help: QueryScopeHelp>: ParsableArguments {
    @OptionGroup var indexOption: IndexOption
    @Argument(help: ArgumentHelp(Help.words))
    var words: [String] = []
    @OptionGroup var filters: FilterOptions

    var index: NewsIndex { NewsIndex(at: indexOption.index) }

    /// The request for WORDS (or `text`, for a further query) under the filters.
    func request(text: String? = nil) -> SearchRequest {
        var r = SearchRequest(text: text ?? NewsIndex.queryText(words: words))
        filters.apply(to: &r)
        return r
    }
}

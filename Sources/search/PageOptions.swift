import ArgumentParser
import Indexer

/// `--limit` and `--offset`: which page of the ranked answer.
struct PageOptions: ParsableArguments {
    @Option(name: .long, help: "Results per page.")
    var limit: Int = SearchRequest(text: "").limit
    @Option(name: .long, help: "Results to skip.")
    var offset: Int = SearchRequest(text: "").offset

    func apply(to r: inout SearchRequest) {
        (r.limit, r.offset) = (limit, offset)
    }
}

import ArgumentParser
import Indexer

/// Filters shared by `query` and `facets`.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: "Country: code, name, demonym or alias (repeat to OR).")
    var country: [String] = []
    @Option(name: .long, help: "Leader: name, surname or id (repeat to OR).")
    var leader: [String] = []
    @Option(name: .long, help: "Published on or after: YYYY-MM-DD, YYYY-MM, YYYY, today, yesterday, 7d, last-month.")
    var from: String?
    @Option(name: .long, help: "Published on or before (same forms as --from).")
    var to: String?
    @Option(name: .customLong("mentioned-from"), help: "Mentions a date on or after this.")
    var mentionedFrom: String?
    @Option(name: .customLong("mentioned-to"), help: "Mentions a date on or before this.")
    var mentionedTo: String?

    func apply(to r: inout SearchRequest) {
        (r.countries, r.leaders) = (country, leader)
        (r.from, r.to, r.mentionedFrom, r.mentionedTo) = (from, to, mentionedFrom, mentionedTo)
    }
}

/// `--allow-partial`, shared by `query` and `facets`.
struct PartialAnswerOption: ParsableArguments {
    @Flag(name: .customLong("allow-partial"), help: "Over shards: if a shard cannot be reached, answer from the others and say which is missing.")
    var allowPartial = false
}

extension SearchRequest.Sort: ExpressibleByArgument {}

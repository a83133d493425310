import ArgumentParser
import Indexer

/// Filters shared by `query` and `facets`.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: "Country: code, name, demonym or alias (repeat to OR).")
    var country: [String] = []
    @Option(name: .long, help: "Leader: name, surname or id (repeat to OR).")
    var leader: [String] = []
    @Flag(name: .customLong("in-office"), help: "Only leaders in office on the article's publication date (with --leader: that leader).")
    var inOffice = false
    @Option(name: .long, help: "Published on or after: YYYY-MM-DD, YYYY-MM, YYYY, today, yesterday, 7d, last-month.")
    var from: String?
    @Option(name: .long, help: "Published on or before (same forms as --from).")
    var to: String?
    @Option(name: .customLong("mentioned-from"), help: "Mentions a date on or after this.")
    var mentionedFrom: String?
    @Option(name: .customLong("mentioned-to"), help: "Mentions a date on or before this.")
    var mentionedTo: String?

    func apply(to r: inout SearchRequest) {
        r.countries = country
        r.leaders = leader
        r.inOffice = inOffice
        r.from = from
        r.to = to
        r.mentionedFrom = mentionedFrom
        r.mentionedTo = mentionedTo
    }
}

extension SearchRequest.Sort: ExpressibleByArgument {}

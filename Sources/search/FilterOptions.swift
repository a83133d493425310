import ArgumentParser
import Indexer

/// Filters shared by `query` and `facets`.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: "Country: code, name, demonym or alias (repeat to OR; with --all, AND).")
    var country: [String] = []
    @Option(name: .long, help: "Leader: name, surname or id (repeat to OR; with --all, AND).")
    var leader: [String] = []
    @Flag(name: .long, help: "Articles must match every --country and every --leader given, not any of them.")
    var all = false
    @Option(name: .long, help: "Published on or after: YYYY-MM-DD, YYYY-MM, YYYY, YYYYMMDD, today, yesterday, Nd/Nw/Nm/Ny (the last N days, weeks, months, years), this-week, last-week, this-month, last-month, this-year, last-year.")
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
        r.allValues = all
        r.from = from
        r.to = to
        r.mentionedFrom = mentionedFrom
        r.mentionedTo = mentionedTo
    }
}

extension SearchRequest.Sort: ExpressibleByArgument {}

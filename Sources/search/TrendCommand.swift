import ArgumentParser
import Foundation
import Indexer
import NewsIndexOutput

/// `search trend WORDS… [--compare "OTHER QUERY"]… [--by month]`: matches per period, and their
/// share of all articles of the period.
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Count matching articles per year, month, week or day, with their share of all articles of each period.",
        discussion: "Each --compare adds a series over the same periods. Periods come from the publication date, or with --mentioned from the dates the texts mention (by month or year).")

    @OptionGroup var indexOption: IndexOption
    @Argument(help: "Words to search for; none counts every article.")
    var words: [String] = []
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "Another query to chart beside the first (repeat for more); the filters apply to each.")
    var compare: [String] = []
    @Option(name: .long, help: "Period: year, month, week (ISO) or day.")
    var by: TrendPeriod = .month
    @Flag(name: .long, help: "Count by the dates the articles mention instead of their publication date.")
    var mentioned = false
    @Flag(name: .long, help: "Print JSON.")
    var json = false
    @Flag(name: .long, help: "Print CSV (query,period,count,total,share).")
    var csv = false

    func validate() throws {
        guard !(json && csv) else { throw ValidationError("choose one of --json and --csv") }
    }

    func run() throws {
        do {
            let texts = [NewsIndex.queryText(words: words)] + compare
            let requests = texts.map { text -> SearchRequest in
                var r = SearchRequest(text: text)
                filters.apply(to: &r)
                return r
            }
            let trend = try NewsIndex(at: indexOption.index).trend(requests, by: by, mentioned: mentioned)
            if json {
                print(AnalysisRenderer.trendJSON(trend).text)
            } else if csv {
                print(AnalysisRenderer.trendCSV(trend), terminator: "")
            } else {
                print(AnalysisRenderer.trendText(trend), terminator: "")
            }
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension TrendPeriod: ExpressibleByArgument {}

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

    @OptionGroup var scope: QueryScope<Help>
    @Option(name: .long, help: "Another query to chart beside the first (repeat for more); the filters apply to each.")
    var compare: [String] = []
    @Option(name: .long, help: "Period: year, month, week (ISO) or day.")
    var by: TrendPeriod = .month
    @Flag(name: .long, help: "Count by the dates the articles mention instead of their publication date.")
    var mentioned = false
    @OptionGroup var output: OutputChoice<Help>

    func run() throws {
        let requests = [scope.request()] + compare.map { scope.request(text: $0) }
        try output.print({ try scope.index.trend(requests, by: by, mentioned: mentioned) },
                         json: { AnalysisRenderer.trendJSON($0).text },
                         csv: { AnalysisRenderer.trendCSV($0) }, text: { AnalysisRenderer.trendText($0) })
    }
}

extension TrendPeriod: ExpressibleByArgument {}

/// The help lines of the shared WORDS and --json/--csv, in this command's words.
extension TrendCommand {
    enum Help: OutputChoiceHelp, QueryScopeHelp {
        static let words = "Words to search for; none counts every article."
        static let json = "Print JSON."
        static let csv = "Print CSV (query,period,count,total,share)."
    }
}

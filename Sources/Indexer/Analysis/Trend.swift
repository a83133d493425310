/// How many articles match, period by period, and their share of every article of that period,
/// so that an archive that grows over time does not look like a rising trend.
///
///     let t = try index.trend([SearchRequest(text: "tariffs")], by: .month)   // t.series[0].points
public struct Trend: Sendable {
    public struct Point: Sendable, Hashable {
        /// `YYYY`, `YYYY-MM`, `YYYY-Www` (ISO week) or `YYYY-MM-DD`.
        public var period: String
        /// Matching articles in the period.
        public var count: Int
        /// All articles of the archive in the period.
        public var total: Int
        /// count / total; 0 for a period without articles.
        public var share: Double
    }

    public struct Series: Sendable {
        /// The query as asked (words and fields).
        public var query: String
        public var points: [Point]
        public var matches: Int { points.reduce(0) { $0 + $1.count } }
    }

    public var period: TrendPeriod
    /// Periods from the dates the texts mention, rather than the publication date.
    public var mentioned: Bool
    /// One per query, every series over the same periods.
    public var series: [Series]
}

extension Searcher {
    /// More periods than this are refused: a chart of them says nothing a coarser period would not.
    static let maxTrendPeriods = 5_000

    /// The series of each request over the same periods: from the first to the last period
    /// holding an article of the archive, narrowed by the requests' own date filters.
    public func trend(_ requests: [SearchRequest], by period: TrendPeriod, mentioned: Bool = false) throws(SearchError) -> Trend {
        if mentioned && (period == .week || period == .day) { throw .mentionedTrendPeriod(period.rawValue) }
        return try analyse { () throws -> Trend in
            let slot = mentioned ? Schema.Slot.mentioned : Schema.Slot.published
            let all = try periodCounts(try Query.matchAll(), slot: slot, period: period, mentioned: mentioned)
            var counted: [[String: Int]] = []
            for request in requests {
                counted.append(try periodCounts(try plan(request).query(), slot: slot, period: period, mentioned: mentioned).counts)
            }
            // The span: the archive's, cut to the requests' publication-date bounds where all have them.
            var first = all.firstDay, last = all.lastDay
            if !mentioned {
                let froms = try requests.map { try $0.from.map { try DateExpression.parse($0, today: today).first } }
                let tos = try requests.map { try $0.to.map { try DateExpression.parse($0, today: today).last } }
                if let f = froms.compactMap({ $0 }).min(), froms.allSatisfy({ $0 != nil }) { first = max(first, Self.dayNumber(f, end: false)) }
                if let t = tos.compactMap({ $0 }).max(), tos.allSatisfy({ $0 != nil }) { last = min(last, Self.dayNumber(t, end: true)) }
            }
            let names = all.counts.isEmpty ? [] : period.names(from: first, through: last)
            guard names.count <= Self.maxTrendPeriods else {
                throw SearchError.badQuery(reason: "\(names.count) periods are too many for one trend; count by a longer period", query: period.rawValue)
            }
            let series = zip(requests, counted).map { request, counts in
                Trend.Series(query: request.text, points: names.map { name in
                    let n = counts[name] ?? 0, total = all.counts[name] ?? 0
                    return Trend.Point(period: name, count: n, total: total, share: total > 0 ? Double(n) / Double(total) : 0)
                })
            }
            return Trend(period: period, mentioned: mentioned, series: series)
        }
    }

    /// Matches per period, and the first and last day (as YYYYMMDD) that held any.
    private func periodCounts(_ query: Query, slot: UInt32, period: TrendPeriod, mentioned: Bool) throws
        -> (counts: [String: Int], firstDay: Int, lastDay: Int) {
        let raw = try valueCounts(query, slot: slot).counts
        var counts: [String: Int] = [:]
        var first = Int.max, last = Int.min
        raw.forEach { value, n in
            if !mentioned {
                guard let day = FacetCounter.day(value) else { return }
                let ymd = day.year * 10000 + (day.month ?? 1) * 100 + (day.day ?? 1)
                first = min(first, ymd); last = max(last, ymd)
                counts[period.name(ofDay: ymd), default: 0] += n
                return
            }
            // Mentioned months (or years) of one article: each period it names counts it once.
            var named = Set<String>()
            for token in value.split(separator: UInt8(ascii: " ")) {
                guard let d = PartialDate(String(decoding: token, as: UTF8.self)) else { continue }
                if period == .month && d.precision < .month { continue }
                let start = d.year * 10000 + (d.month ?? 1) * 100 + 1
                let end = d.year * 10000 + (d.month ?? 12) * 100 + 1
                first = min(first, start); last = max(last, end)
                named.insert(period.name(ofDay: start))
            }
            for name in named { counts[name, default: 0] += n }
        }
        return (counts, first, last)
    }

    private static func dayNumber(_ d: PartialDate, end: Bool) -> Int {
        Int(end ? d.compactEnd : d.compactStart) ?? 0
    }
}

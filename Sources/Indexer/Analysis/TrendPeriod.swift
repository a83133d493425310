/// The periods a trend is counted in, and the names they are shown with:
/// `YYYY`, `YYYY-MM`, ISO weeks `YYYY-Www`, and `YYYY-MM-DD`.
///
///     TrendPeriod.week.name(ofDay: 20210104) == "2021-W01"
public enum TrendPeriod: String, Sendable, CaseIterable {
    case year, month, week, day

    /// The period holding a day given as the number `YYYYMMDD`.
    public func name(ofDay ymd: Int) -> String {
        let y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100
        switch self {
        case .year: return Self.pad(y, 4)
        case .month: return Self.pad(y, 4) + "-" + Self.pad(m, 2)
        case .day: return Self.pad(y, 4) + "-" + Self.pad(m, 2) + "-" + Self.pad(d, 2)
        case .week:
            let (wy, w) = Self.isoWeek(year: y, month: m, day: d)
            return Self.pad(wy, 4) + "-W" + Self.pad(w, 2)
        }
    }

    /// Every period from the one holding `first` to the one holding `last` (days as `YYYYMMDD`),
    /// in order, so that periods without matches are shown as zeros.
    public func names(from first: Int, through last: Int) -> [String] {
        guard first <= last else { return [] }
        var out: [String] = []
        var day = Self.dayNumber(first)
        let end = Self.dayNumber(last)
        while day <= end {
            let name = self.name(ofDay: Self.ymd(fromDayNumber: day))
            if out.last != name { out.append(name) }
            // Step a whole period where the calendar allows, a day at a time otherwise.
            switch self {
            case .day: day += 1
            case .week: day += 7 - Self.weekdayIndex(day)  // to next Monday
            case .month, .year:
                let ymd = Self.ymd(fromDayNumber: day)
                let y = ymd / 10000, m = ymd / 100 % 100
                let next = self == .year ? (y + 1) * 10000 + 101 : (m == 12 ? (y + 1) * 10000 + 101 : y * 10000 + (m + 1) * 100 + 1)
                day = Self.dayNumber(next)
            }
        }
        return out
    }

    /// The ISO 8601 week-numbering year and week of a date.
    static func isoWeek(year: Int, month: Int, day: Int) -> (year: Int, week: Int) {
        let n = dayNumber(year * 10000 + month * 100 + day)
        let thursday = n - weekdayIndex(n) + 3   // the Thursday of this date's week names its year
        let ty = ymd(fromDayNumber: thursday) / 10000
        let jan1 = dayNumber(ty * 10000 + 101)
        return (ty, (thursday - jan1) / 7 + 1)
    }

    /// 0 for Monday … 6 for Sunday.
    static func weekdayIndex(_ dayNumber: Int) -> Int {
        // Day number 0 is 1970-01-01, a Thursday (index 3).
        ((dayNumber % 7) + 7 + 3) % 7
    }

    /// Days since 1970-01-01 of a `yyyymmdd` number.
    static func dayNumber(_ ymd: Int) -> Int {
        DateCalendar.dayNumber(ymd / 10000, ymd / 100 % 100, ymd % 100)
    }

    static func ymd(fromDayNumber n: Int) -> Int {
        let c = DateCalendar.civil(n)
        return c.year * 10000 + c.month * 100 + c.day
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

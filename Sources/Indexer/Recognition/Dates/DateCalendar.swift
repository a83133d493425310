/// Proleptic Gregorian arithmetic on day numbers (days since 1970-01-01), enough for
/// "yesterday", "last Thursday" and "next month" without Foundation's Calendar.
enum DateCalendar {
    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The calendar date of a day number.
    static func civil(_ n: Int) -> (year: Int, month: Int, day: Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ n: Int) -> Int { ((n % 7) + 7 + 3) % 7 + 1 }

    static func date(_ n: Int) -> PartialDate {
        let c = civil(n)
        return PartialDate(year: c.year, month: c.month, day: c.day)
    }

    /// A month index (`year * 12 + month - 1`) back to a month-precision date.
    static func month(_ index: Int) -> PartialDate {
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return PartialDate(year: y, month: index - y * 12 + 1)
    }

    static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1...12).contains(m) && d >= 1 && d <= PartialDate.daysIn(year: y, month: m)
    }
}

/// Filling in what the text leaves out from the publication date: the year of "Nov 1" and
/// "in June", and the day of "last Thursday".
extension DateMatcher {
    /// The publication date as a day number, mid-period when it is less precise.
    private var referenceDay: Int? {
        published.map { DateCalendar.dayNumber($0.year, $0.month ?? 7, $0.day ?? 1) }
    }

    /// "Nov 1" without a year: the year that puts it nearest the publication date, among those
    /// where it falls on `weekday` when the text names one ("Saturday, Nov. 1").
    /// With a day-precise publication date, `lean` keeps it on one side when the clause says which.
    func inferDay(month: Int, day: Int, weekday: Int? = nil, lean: DateLean = .nearest) -> PartialDate? {
        guard let pub = published, let ref = referenceDay else { return nil }
        let sided = pub.day != nil && (lean == .onOrBefore || lean == .onOrAfter)
        var best: (distance: Int, year: Int)?
        for y in (pub.year - 1)...(pub.year + 1) where DateCalendar.isValid(y, month, day) {
            let n = DateCalendar.dayNumber(y, month, day)
            if let weekday, DateCalendar.weekday(n) != weekday { continue }
            if sided, lean == .onOrBefore ? n > ref : n < ref { continue }
            let d = abs(n - ref)
            if best == nil || d < best!.distance { best = (d, y) }
        }
        // The weekday the text names is surer than the tense around it.
        if best == nil, sided { return inferDay(month: month, day: day, weekday: weekday) }
        if best == nil, weekday != nil { return inferDay(month: month, day: day) }
        return best.map { PartialDate(year: $0.year, month: month, day: day) }
    }

    /// "in October" without a year, leaning as the words around it say ("since" looks back).
    func inferMonth(_ month: Int, lean: DateLean) -> PartialDate? {
        guard let pub = published else { return nil }
        guard let pm = pub.month else { return PartialDate(year: pub.year, month: month) }
        let ref = pub.year * 12 + pm - 1
        let candidates = ((pub.year - 1)...(pub.year + 1)).map { $0 * 12 + month - 1 }
        let pick: Int?
        switch lean {
        case .nearest: pick = candidates.min { abs($0 - ref) < abs($1 - ref) }
        case .onOrBefore: pick = candidates.last { $0 <= ref }
        case .before: pick = candidates.last { $0 < ref }
        case .onOrAfter: pick = candidates.first { $0 >= ref }
        case .after: pick = candidates.first { $0 > ref }
        }
        return pick.map(DateCalendar.month)
    }

    /// A weekday relative to a day-precise publication date.
    func weekdayDate(_ weekday: Int, lean: DateLean) -> PartialDate? {
        guard let pub = published, let m = pub.month, let d = pub.day else { return nil }
        let p = DateCalendar.dayNumber(pub.year, m, d)
        let back = (DateCalendar.weekday(p) - weekday + 7) % 7
        let ahead = (weekday - DateCalendar.weekday(p) + 7) % 7
        switch lean {
        case .nearest, .onOrBefore: return DateCalendar.date(p - back)
        case .before: return DateCalendar.date(p - (back == 0 ? 7 : back))
        case .onOrAfter: return DateCalendar.date(p + ahead)
        case .after: return DateCalendar.date(p + (ahead == 0 ? 7 : ahead))
        }
    }
}

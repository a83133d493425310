/// Dates relative to the publication date: "today", "yesterday", "last Thursday", "next year",
/// "earlier this month", "two years ago", and a bare weekday with news semantics.
/// Without a (precise enough) publication date these spans are consumed but left undated.
extension DateMatcher {
    private func dayOffset(_ delta: Int) -> PartialDate? {
        guard let pub = published, let m = pub.month, let d = pub.day else { return nil }
        return DateCalendar.date(DateCalendar.dayNumber(pub.year, m, d) + delta)
    }

    private func monthOffset(_ delta: Int) -> PartialDate? {
        guard let pub = published, let m = pub.month else { return nil }
        return DateCalendar.month(pub.year * 12 + m - 1 + delta)
    }

    private func yearOffset(_ delta: Int) -> PartialDate? {
        published.map { PartialDate(year: $0.year + delta) }
    }

    /// "today", "yesterday", "tomorrow", and "[earlier|later] this|last|next month|year|Weekday".
    func relative(at i: Int) -> DateMatch? {
        let w = word(i)
        switch w {
        case "today", "tonight":
            // "USA Today" is a newspaper.
            if word(i - 1) == "usa" { return nil }
            return DateMatch(value: dayOffset(0), first: i, end: i + 1)
        case "yesterday": return DateMatch(value: dayOffset(-1), first: i, end: i + 1)
        case "tomorrow": return DateMatch(value: dayOffset(1), first: i, end: i + 1)
        default: break
        }
        var k = i
        if ["earlier", "later", "early", "late"].contains(w) { k += 1 }
        let mod = word(k)
        guard ["this", "last", "next"].contains(mod) else { return nil }
        var u = k + 1
        if mod == "this", word(u) == "coming" { u += 1 }
        let delta = mod == "last" ? -1 : (mod == "next" ? 1 : 0)
        let unit = word(u)
        // "the last year" and "the next month" are spans of twelve months or weeks, not calendar periods.
        if k == i, delta != 0, ["the", "past", "over"].contains(word(i - 1)), ["year", "month", "week"].contains(unit) {
            return DateMatch(value: nil, first: i, end: u + 1)
        }
        switch unit {
        case "year": return DateMatch(value: yearOffset(delta), first: i, end: u + 1)
        case "month": return DateMatch(value: monthOffset(delta), first: i, end: u + 1)
        case "week", "weekend": return DateMatch(value: nil, first: i, end: u + 1)   // no week precision
        default:
            guard let wd = weekdayWord(u) else { return nil }
            let lean: DateLean = delta < 0 ? .before : (delta > 0 ? .after : .onOrAfter)
            return DateMatch(value: weekdayDate(wd, lean: lean), first: i, end: u + 1)
        }
    }

    /// A weekday in the Monday-based week `weeks` away from publication's.
    private func weekdayInWeek(_ weekday: Int, weeks: Int) -> PartialDate? {
        guard let pub = published, let m = pub.month, let d = pub.day else { return nil }
        let p = DateCalendar.dayNumber(pub.year, m, d)
        return DateCalendar.date(p - (DateCalendar.weekday(p) - 1) + 7 * weeks + weekday - 1)
    }

    /// "3 days ago", "two months ago", "a year ago", keeping the precision of the unit.
    func agoPhrase(at i: Int) -> DateMatch? {
        guard i + 2 < count, tokens[i + 2].key == DateLexicon.agoKey else { return nil }
        let n: Int
        if tokens[i].kind == .number {
            guard tokens[i].length <= 2, cleanBefore(i) else { return nil }
            n = tokens[i].value
        } else if let v = DateLexicon.smallNumbers[word(i)] {
            n = v
        } else {
            return nil
        }
        let end = i + 3
        switch word(i + 1) {
        case "day", "days": return DateMatch(value: dayOffset(-n), first: i, end: end)
        case "month", "months": return DateMatch(value: monthOffset(-n), first: i, end: end)
        case "year", "years": return DateMatch(value: yearOffset(-n), first: i, end: end)
        case "week", "weeks": return DateMatch(value: nil, first: i, end: end)
        default: return nil
        }
    }

    /// A weekday alone: the most recent such day on or before publication (news mostly reports the
    /// past), or the next one on or after it when the clause speaks of the future ("will meet on Tuesday").
    func weekdayAlone(at i: Int) -> DateMatch? {
        guard let wd = weekdayWord(i) else { return nil }
        if i > 0, tokens[i - 1].isCapitalized, DateLexicon.weekdayNamePrefixes.contains(word(i - 1)) {
            return DateMatch(value: nil, first: i, end: i + 1)
        }
        if i + 1 < count, tokens[i + 1].isCapitalized, DateLexicon.weekdayNameSuffixes.contains(word(i + 1)) {
            return DateMatch(value: nil, first: i, end: i + 2)
        }
        // "Monday next week": that weekday in the (Monday-based) week before or after publication's.
        let mod = word(i + 1)
        if ["last", "this", "next"].contains(mod), word(i + 2) == "week" {
            return DateMatch(value: weekdayInWeek(wd, weeks: mod == "last" ? -1 : (mod == "next" ? 1 : 0)),
                             first: i, end: i + 3)
        }
        let lean: DateLean = clauseLean(before: i) == .onOrAfter ? .onOrAfter : .onOrBefore
        return DateMatch(value: weekdayDate(wd, lean: lean), first: i, end: i + 1)
    }
}

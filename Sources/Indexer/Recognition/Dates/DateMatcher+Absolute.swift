/// Absolute dates: written ("November 1, 2025", "1st of Nov. 2025", "November 2025"), numeric
/// ("2025-11-01", "13/01/2025"), a bare month in a time context ("in October") and a bare year
/// in a year context ("since 2017").
extension DateMatcher {
    /// A date as written, before the publication date fills in a missing year.
    struct Written {
        var first: Int
        var end: Int
        var year: Int?
        var month: Int
        var day: Int?
        /// Shaped like a date but impossible ("February 30, 2025"): consumed, never dated.
        var impossible = false
    }

    /// A four-digit 24-hour time before a zone or "hrs" ("1945 GMT", "2000 BST", "0600 hrs"): never a year.
    func isClockTime(_ i: Int) -> Bool {
        guard tokens[i].value % 100 < 60, tokens[i].value / 100 < 24 else { return false }
        return DateLexicon.timeZones.contains(word(i + 1))
    }

    /// A four-digit year 1900–2100 standing on its own at `i`.
    func yearNumber(_ i: Int) -> Int? {
        guard i >= 0, i < count, tokens[i].kind == .number, tokens[i].length == 4,
              (1900...2100).contains(tokens[i].value),
              cleanBefore(i), cleanAfter(i + 1, range: false), !isClockTime(i) else { return nil }
        return tokens[i].value
    }

    /// A day of the month at `i`, with an optional ordinal suffix ("1st"); returns the token after it.
    func dayNumber(_ i: Int) -> (day: Int, end: Int)? {
        guard i >= 0, i < count, tokens[i].kind == .number, tokens[i].length <= 2,
              (1...31).contains(tokens[i].value), cleanBefore(i) else { return nil }
        var end = i + 1
        if glued(end), ["st", "nd", "rd", "th"].contains(word(end)) { end += 1 }
        guard cleanAfter(end, range: true) else { return nil }
        return (tokens[i].value, end)
    }

    /// "Month day[,] [year]", "Month year", or "day [of] Month[,] [year]" starting at `i`.
    func writtenCore(at i: Int) -> Written? {
        if let mw = monthWord(i) {
            // "the Long March 5 rocket" is a name, not a date.
            if word(i - 1) == "long" { return nil }
            var j = i + 1
            if mw.short, isSymbol(j, "."), glued(j) { j += 1 }
            if let d = dayNumber(j) {
                var w = Written(first: i, end: d.end, year: nil, month: mw.month, day: d.day)
                let k = isSymbol(d.end, ",") ? d.end + 1 : d.end
                if let y = yearNumber(k) { w.year = y; w.end = k + 1 }
                w.impossible = d.day > PartialDate.daysIn(year: w.year ?? 2024, month: mw.month)
                return w
            }
            let k = isSymbol(j, ",") ? j + 1 : j
            if let y = yearNumber(k) { return Written(first: i, end: k + 1, year: y, month: mw.month, day: nil) }
            return nil
        }
        if let d = dayNumber(i) {
            var j = d.end
            if word(j) == "of" { j += 1 }
            guard let mw = monthWord(j) else { return nil }
            var w = Written(first: i, end: j + 1, year: nil, month: mw.month, day: d.day)
            if mw.short, isSymbol(w.end, "."), glued(w.end) { w.end += 1 }
            let k = isSymbol(w.end, ",") ? w.end + 1 : w.end
            if let y = yearNumber(k) { w.year = y; w.end = k + 1 }
            w.impossible = d.day > PartialDate.daysIn(year: w.year ?? 2024, month: mw.month)
            return w
        }
        return nil
    }

    /// A written date, with an optional weekday in front ("Saturday, November 1, 2025").
    func written(at i: Int) -> DateMatch? {
        var weekday = weekdayWord(i)
        var j = i + 1
        if weekday == nil, tokens[i].isCapitalized, let w = DateLexicon.weekdayAbbreviationKeys[tokens[i].key] {
            weekday = w
            if isSymbol(j, "."), glued(j) { j += 1 }
        }
        if weekday == nil { j = i } else if isSymbol(j, ",") { j += 1 }
        // A weekday only leads a full day ("Saturday, November 1"), never "Saturday, November 2025".
        guard let w = writtenCore(at: j), weekday == nil || w.day != nil else { return nil }
        let value: PartialDate?
        switch (w.year, w.day) {
        case _ where w.impossible: value = nil
        // A weekday that disagrees with the full date ("Tuesday, 1 March 2005" was a Tuesday; a
        // Wednesday would not be) leaves it undated rather than trusting either.
        case let (y?, d?) where weekday != nil && DateCalendar.weekday(DateCalendar.dayNumber(y, w.month, d)) != weekday:
            value = nil
        case let (y?, d?): value = PartialDate(year: y, month: w.month, day: d)
        case let (nil, d?): value = inferDay(month: w.month, day: d, weekday: weekday, lean: clauseLean(before: i) ?? .nearest)
        case let (y?, nil): value = PartialDate(year: y, month: w.month)
        case (nil, nil): value = nil
        }
        return DateMatch(value: value, first: i, end: w.end, explicitYear: w.year != nil, hasWeekday: weekday != nil)
    }

    /// "2025-11-01", "2025/11/01", and day-month-year or month-day-year only when unambiguous
    /// ("13/01/2025", "01/13/2025", "05/05/2025"); "11/01/2025" is consumed and left undated.
    func numeric(at i: Int) -> DateMatch? {
        guard i + 4 < count, cleanBefore(i) else { return nil }
        let sep = tokens[i + 1]
        guard sep.kind == .symbol, [0x2D, 0x2F, 0x2E].contains(sep.value),
              glued(i + 1), glued(i + 2), glued(i + 3), glued(i + 4),
              tokens[i + 2].kind == .number, tokens[i + 4].kind == .number,
              tokens[i + 3].kind == .symbol, tokens[i + 3].value == sep.value else { return nil }
        let a = tokens[i], b = tokens[i + 2], c = tokens[i + 4]
        guard b.length <= 2 else { return nil }
        let end = i + 5
        // An ISO date may run on into a time: "2025-11-01T10:30".
        guard cleanAfter(end, range: false) || (glued(end) && word(end) == "t") else { return nil }
        var y = 0, m = 0, d = 0
        if a.length == 4, c.length <= 2 {
            (y, m, d) = (a.value, b.value, c.value)
        } else if c.length == 4, a.length <= 2 {
            y = c.value
            if a.value > 12, b.value <= 12 { (d, m) = (a.value, b.value) }
            else if b.value > 12, a.value <= 12 { (m, d) = (a.value, b.value) }
            else if a.value == b.value { (m, d) = (a.value, a.value) }
            else { return DateMatch(value: nil, first: i, end: end) }
        } else {
            return nil
        }
        guard (1900...2100).contains(y), DateCalendar.isValid(y, m, d) else { return nil }
        return DateMatch(value: PartialDate(year: y, month: m, day: d), first: i, end: end, explicitYear: true)
    }

    /// A month name alone, when the words around it make it a time: "in October", "since June",
    /// "her October appointment", "Lee's June election". Not "Theresa May", "may rise",
    /// "the March on Washington" or "June Smith".
    func bareMonth(at i: Int, previous: DateMatch?) -> DateMatch? {
        guard let mw = monthWord(i), !mw.short else { return nil }
        let m = mw.month
        let prev = word(i - 1)
        let ofLead = prev == "of" && DateLexicon.ofLeads.contains(word(i - 2))
        let next: DateToken? = i + 1 < count ? tokens[i + 1] : nil
        var ok: Bool
        if m == 5 {
            ok = DateLexicon.mayLeads.contains(prev) || ofLead
            if let nx = next, nx.kind == .word, !DateLexicon.mayFollowers.contains(word(i + 1)) { ok = false }
            if possessive(at: i + 1) { ok = false }
        } else if DateLexicon.monthLeads.contains(prev) || ofLead {
            ok = true
        } else if let p = previous, p.end == i - 1, DateLexicon.yearChains.contains(prev) {
            ok = true   // "in May and June", "from March to April"
        } else if isSymbol(i - 1, "-"), ["mid", "early", "late"].contains(word(i - 2)) {
            ok = true   // "mid-November"
        } else if !DateLexicon.nameMonths.contains(m), possessive(at: i + 1) {
            ok = true   // "October's election"; not "June's husband"
        } else if DateLexicon.monthDeterminers.contains(prev) || (i >= 2 && possessive(at: i - 2)) {
            // An adjective of time needs a common noun after it: "the October election".
            ok = next.map { $0.kind == .word && !$0.isCapitalized && $0.length > 1
                && !DateLexicon.functionWords.contains(word(i + 1)) } ?? false
        } else {
            ok = false
        }
        if ok, DateLexicon.nameMonths.contains(m), let nx = next, nx.kind == .word, nx.isCapitalized,
           monthWord(i + 1) == nil, weekdayWord(i + 1) == nil {
            ok = false
        }
        // Title case: "Protesters Plan To March On Capitol".
        if ok, let nx = next, nx.kind == .word, nx.isCapitalized, DateLexicon.functionWords.contains(word(i + 1)) {
            ok = false
        }
        guard ok else { return nil }
        switch prev {
        case "since": return DateMatch(value: inferMonth(m, lean: .onOrBefore), first: i, end: i + 1)
        case "last", "past": return DateMatch(value: inferMonth(m, lean: .before), first: i - 1, end: i + 1)
        case "next": return DateMatch(value: inferMonth(m, lean: .after), first: i - 1, end: i + 1)
        default: return DateMatch(value: inferMonth(m, lean: clauseLean(before: i) ?? .nearest), first: i, end: i + 1)
        }
    }

    /// A four-digit year in a year context: "in 2016", "since 2017", "by 2030", "mid-2025",
    /// "2016's", "the 2025 election", "from 2016 to 2020". Not "$2025", "2,025", "2025 people".
    func bareYear(at i: Int, previous: DateMatch?) -> DateMatch? {
        let t = tokens[i]
        guard t.kind == .number, t.length == 4, (1900...2100).contains(t.value),
              cleanAfter(i + 1, range: false), !isClockTime(i) else { return nil }
        let midDash = isSymbol(i - 1, "-") && glued(i - 1) && glued(i) && word(i - 2) == "mid"
        guard cleanBefore(i) || midDash else { return nil }
        let prev = word(i - 1)
        var ok = midDash || DateLexicon.yearLeads.contains(prev)
            || (prev == "of" && DateLexicon.ofLeads.contains(word(i - 2)))
        if let p = previous, p.end == i - 1, DateLexicon.yearChains.contains(prev) || isDash(i - 1) { ok = true }
        if possessive(at: i + 1) { ok = true }
        let next = word(i + 1)
        if DateLexicon.yearFollowers.contains(next) { ok = true }
        // "its 2026 growth outlook", "the 2025 season": a year used as an adjective before a noun.
        if DateLexicon.monthDeterminers.contains(prev), i + 1 < count, tokens[i + 1].kind == .word,
           !tokens[i + 1].isCapitalized, !DateLexicon.functionWords.contains(next) { ok = true }
        if DateLexicon.quantityNouns.contains(next) { ok = false }
        // "rose by 2000", "fell from 1950 to 2010 points": figures after a verb of change.
        if ["by", "from", "to", "between", "around"].contains(prev), DateLexicon.changeVerbs.contains(word(i - 2)) { ok = false }
        if DateLexicon.yearChains.contains(next), i + 2 < count, tokens[i + 2].kind == .number,
           DateLexicon.quantityNouns.contains(word(i + 3)) { ok = false }
        guard ok else { return nil }
        return DateMatch(value: PartialDate(year: t.value), first: i, end: i + 1, explicitYear: true)
    }
}

/// The publication date as the text itself gives it, for articles whose metadata has none.
extension DateRecognizer {
    /// Only the top of an article is read for this.
    private static let headLength = 2_000
    /// How many non-empty lines count as "the top" for a date line.
    private static let headLines = 6
    /// How far into the body a weekday-led date may be taken as the news day.
    private static let leadLength = 400

    /// A publication date found in the text: a wire dateline at the start of the body
    /// ("WASHINGTON, Nov 1, 2025 (Reuters) -", "LONDON, March 3 -", whose year comes from
    /// `fallbackYear` when missing), a full date on a short line near the top ("Published: 1 November 2025",
    /// "2025-11-01"), or a full date led by a weekday in the lead ("… on Saturday, November 1, 2025, …").
    public func publicationDate(title: String, body: String, fallbackYear: Int?) -> (date: PartialDate, source: PublishedSource)? {
        publicationDate(scalars: Array((title + "\n\n" + body).unicodeScalars), bodyStart: title.unicodeScalars.count + 2,
                        fallbackYear: fallbackYear)
    }

    /// `scalars` are those of `title + "\n\n" + body`, the body starting at `bodyStart`, as `ArticleText` holds them.
    func publicationDate(scalars: [Unicode.Scalar], bodyStart bodyOffset: Int,
                         fallbackYear: Int?) -> (date: PartialDate, source: PublishedSource)? {
        let text = DateText(scalars: scalars, limit: bodyOffset + Self.headLength)
        let m = DateMatcher(text: text, published: nil)
        let bodyStart = m.tokens.firstIndex { $0.start >= bodyOffset } ?? m.count
        // The dateline opens the body, or one of its first lines after a byline or a kicker.
        var lineStart = bodyStart
        for _ in 0..<3 where lineStart < m.count {
            if let d = m.dateline(at: lineStart, fallbackYear: fallbackYear) { return (d, .dateline) }
            let line = m.tokens[lineStart].line
            while lineStart < m.count, m.tokens[lineStart].line == line { lineStart += 1 }
        }
        if let d = m.dateLine(maxLines: Self.headLines) { return (d, .text) }
        // Plain-text readers may have taken the lead paragraph as the title, so the lead starts at the top.
        if let d = m.leadDate(before: bodyOffset + Self.leadLength) { return (d, .text) }
        return nil
    }
}

extension DateMatcher {
    /// "PLACE[, PLACE], Month day[, year] [(Agency)] -" at token `b`.
    func dateline(at b: Int, fallbackYear: Int?) -> PartialDate? {
        let line = tokens[b].line
        var k = b, placeWords = 0
        while k < count, k - b < 12, tokens[k].line == line {
            let t = tokens[k]
            if t.kind == .word, t.isCapitalized, monthWord(k) == nil {
                placeWords += 1; k += 1; continue
            }
            if t.kind == .symbol, [0x2E, 0x27, 0x2D, 0x2F].contains(t.value) { k += 1; continue }   // . ' - /
            if isSymbol(k, ","), monthWord(k + 1) == nil, dayNumber(k + 1) == nil { k += 1; continue }
            break
        }
        guard (1...6).contains(placeWords), isSymbol(k, ","), let w = writtenCore(at: k + 1), let day = w.day,
              tokens[w.first].line == line else { return nil }
        var e = w.end
        if isSymbol(e, "(") {
            var j = e + 1
            while j < count, j - e < 10, tokens[j].line == line, !isSymbol(j, ")") { j += 1 }
            guard isSymbol(j, ")") else { return nil }
            e = j + 1
        }
        guard e < count, tokens[e].line == line, isDash(e) else { return nil }
        guard let year = w.year ?? fallbackYear else { return nil }
        return DateCalendar.isValid(year, w.month, day) ? PartialDate(year: year, month: w.month, day: day) : nil
    }

    /// A full date nearly alone on one of the first non-empty lines: "November 1, 2025",
    /// "Published: 1 November 2025 10:30 GMT", "By Jane Doe | Nov 1, 2025", "2025-11-01".
    func dateLine(maxLines: Int) -> PartialDate? {
        var i = 0, seenLines = 0
        while i < count, seenLines < maxLines {
            let line = tokens[i].line
            var end = i
            while end < count, tokens[end].line == line { end += 1 }
            seenLines += 1
            var j = i
            while j < end {
                guard let m = numeric(at: j) ?? written(at: j), m.end <= end else { j += 1; continue }
                if let v = m.value, v.precision == .day, m.explicitYear,
                   isDateLine(lineStart: i, lineEnd: end, dateStart: m.first, dateEnd: m.end) {
                    return v
                }
                j = max(m.end, j + 1)
            }
            i = end
        }
        return nil
    }

    /// Few other words on the line than the date, and those few a label, a byline or a time.
    private func isDateLine(lineStart: Int, lineEnd: Int, dateStart: Int, dateEnd: Int) -> Bool {
        var others = 0, firstWord = true, labelled = false
        for k in lineStart..<lineEnd where k < dateStart || k >= dateEnd {
            let t = tokens[k]
            guard t.kind == .word else { continue }
            defer { firstWord = false }
            if firstWord, DateLexicon.publicationLabels.contains(word(k)) { labelled = true; continue }
            // Weekdays, clock words and zones ("10:30 a.m. EST", "GMT") say nothing against a date line.
            if weekdayWord(k) != nil || (t.isAllCaps && t.length <= 4) || DateLexicon.clockWords.contains(word(k)) { continue }
            others += 1
        }
        // A headline that holds a date ("Election on November 3, 2020") is not a date line.
        return others == 0 || (labelled && others <= 4)
    }

    /// A full date led by a weekday in the lead: the day the news happened, usually the day it was
    /// published ("… will hold talks on Saturday, November 1, 2025, …"). Without the weekday a date
    /// this early is as often history ("signed on March 3, 2019") as the news day, so it is not taken.
    func leadDate(before offset: Int) -> PartialDate? {
        var i = 0
        while i < count, tokens[i].start < offset {
            if let m = written(at: i) {
                if let v = m.value, v.precision == .day, m.explicitYear, m.hasWeekday {
                    return v
                }
                i = max(m.end, i + 1)
            } else {
                i += 1
            }
        }
        return nil
    }
}

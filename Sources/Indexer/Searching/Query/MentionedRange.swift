/// Expands a span of days into the fewest mentioned-date terms that cover it: whole years
/// as year terms, whole months as month terms, the rest as days. A document matches when
/// one of its mentioned dates lies wholly inside the span.
enum MentionedRange {
    /// Years outside this window are not searched: open-ended ranges stay small.
    static let yearWindow = 1800...2200

    static func terms(covering span: DateSpan) -> [String] {
        var out: [String] = []
        let first = span.first.year < yearWindow.lowerBound ? PartialDate(year: yearWindow.lowerBound, month: 1, day: 1) : span.first
        let last = span.last.year > yearWindow.upperBound ? PartialDate(year: yearWindow.upperBound, month: 12, day: 31) : span.last
        guard first <= last else { return [] }
        var y = first.year, m = first.month ?? 1, d = first.day ?? 1
        func key(_ y: Int, _ m: Int, _ d: Int) -> PartialDate { PartialDate(year: y, month: m, day: d) }
        while key(y, m, d) <= last {
            if m == 1, d == 1, key(y, 12, 31) <= last {
                out.append(Schema.mentionedTerms(PartialDate(year: y))[0])
                y += 1
            } else if d == 1, key(y, m, PartialDate.daysIn(year: y, month: m)) <= last {
                out.append(Schema.mentionedTerms(PartialDate(year: y, month: m))[1])
                (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
            } else {
                out.append(Schema.mentionedTerms(key(y, m, d))[2])
                if d < PartialDate.daysIn(year: y, month: m) { d += 1 } else { d = 1; (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1) }
            }
        }
        return out
    }
}

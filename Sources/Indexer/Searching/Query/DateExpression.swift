import Foundation

/// A span of days written by a user: `2025-11-01`, `2025-11`, `2025`, `today`, `yesterday`,
/// `7d` (the last 7 days), `3m`, `1y`, `this-month`, `last-month`, `this-year`, `last-year`, `last-week`.
///
///     try DateExpression.parse("2025-11").first == PartialDate("2025-11-01")
public struct DateSpan: Sendable, Hashable {
    public var first: PartialDate   // day precision
    public var last: PartialDate    // day precision

    public var startKey: String { first.compactStart }
    public var endKey: String { last.compactStart }
}

public enum DateExpression {
    public static func parse(_ text: String, today: Date = Date()) throws(SearchError) -> DateSpan {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let now = PartialDate.utcDay(of: today)
        func days(_ n: Int) -> PartialDate { PartialDate.utcDay(of: today.addingTimeInterval(-Double(n) * 86_400)) }
        switch t {
        case "today": return DateSpan(first: now, last: now)
        case "yesterday": return DateSpan(first: days(1), last: days(1))
        case "this-week", "last-week":
            return t == "this-week" ? DateSpan(first: days(6), last: now) : DateSpan(first: days(13), last: days(7))
        case "this-month": return span(PartialDate(year: now.year, month: now.month))
        case "last-month":
            let m = now.month! == 1 ? PartialDate(year: now.year - 1, month: 12) : PartialDate(year: now.year, month: now.month! - 1)
            return span(m)
        case "this-year": return span(PartialDate(year: now.year))
        case "last-year": return span(PartialDate(year: now.year - 1))
        default: break
        }
        if let unit = t.last, "dwmy".contains(unit), let n = Int(t.dropLast()), n > 0, n < 100_000 {
            let perUnit = ["d": 1, "w": 7, "m": 30, "y": 365][String(unit)]!
            return DateSpan(first: days(n * perUnit - 1), last: now)
        }
        let normalised = t.replacingOccurrences(of: "/", with: "-")
        if let d = PartialDate(normalised) { return span(d) }
        if normalised.count == 8, normalised.allSatisfy(\.isNumber) {
            let s = normalised
            let iso = "\(s.prefix(4))-\(s.dropFirst(4).prefix(2))-\(s.suffix(2))"
            if let d = PartialDate(iso) { return span(d) }
        }
        throw .invalidDate(text)
    }

    /// The whole period of a partial date, as a span of days.
    public static func span(_ d: PartialDate) -> DateSpan {
        let first = PartialDate(year: d.year, month: d.month ?? 1, day: d.day ?? 1)
        let m = d.month ?? 12
        let last = PartialDate(year: d.year, month: m, day: d.day ?? PartialDate.daysIn(year: d.year, month: m))
        return DateSpan(first: first, last: last)
    }

    /// `A..B`, `A..`, `..B` or a single `A`.
    public static func parseRange(_ text: String, today: Date = Date()) throws(SearchError) -> DateSpan {
        if let r = text.range(of: "..") {
            let a = String(text[..<r.lowerBound]), b = String(text[r.upperBound...])
            let first = a.isEmpty ? PartialDate(year: 1, month: 1, day: 1) : try parse(a, today: today).first
            let last = b.isEmpty ? PartialDate(year: 9999, month: 12, day: 31) : try parse(b, today: today).last
            guard first <= last else { throw .backwardsDateRange(text) }
            return DateSpan(first: first, last: last)
        }
        return try parse(text, today: today)
    }
}

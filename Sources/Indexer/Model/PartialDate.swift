import Foundation

/// A calendar date known to year, month or day precision: `2025`, `2025-11`, `2025-11-01`.
///
///     PartialDate("2025-11")?.description == "2025-11"
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public enum Precision: Int, Sendable, Codable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]),
                  dd >= 1, dd <= PartialDate.daysIn(year: y, month: m!) else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    public var description: String {
        var s = Self.digits(year, width: 4)
        if let month { s += "-" + Self.digits(month, width: 2) }
        if let day { s += "-" + Self.digits(day, width: 2) }
        return s
    }

    /// `YYYYMMDD` with missing parts filled as the first of the period (for value slots).
    public var compactStart: String {
        Self.digits(year, width: 4) + Self.digits(month ?? 1, width: 2) + Self.digits(day ?? 1, width: 2)
    }

    /// `YYYYMMDD` of the last day of the period.
    public var compactEnd: String {
        let m = month ?? 12
        let d = day ?? PartialDate.daysIn(year: year, month: m)
        return Self.digits(year, width: 4) + Self.digits(m, width: 2) + Self.digits(d, width: 2)
    }

    /// `String(format: "%0<width>d", value)`, written digit by digit: indexing formats several
    /// dates per article, and Foundation's formatter cost about 10,000 instructions a call.
    static func digits(_ value: Int, width: Int) -> String {
        var limit = 1
        for _ in 0..<width { limit *= 10 }
        // Signs and wider numbers are rare: Foundation's own rules for them.
        guard value >= 0, value < limit else { return String(format: "%0\(width)d", value) }
        var out = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var rest = value
        for i in stride(from: width - 1, through: 0, by: -1) {
            out[i] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same date cut to a coarser precision.
    public func truncated(to p: Precision) -> PartialDate {
        switch p {
        case .year: return PartialDate(year: year)
        case .month: return PartialDate(year: year, month: month)
        case .day: return self
        }
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = PartialDate(s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension PartialDate {
    /// The UTC calendar day of an instant.
    public static func utcDay(of date: Date) -> PartialDate {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: date)
        return PartialDate(year: c.year ?? 1970, month: c.month, day: c.day)
    }
}

import Foundation

/// Publication dates as metadata writes them, kept at the precision given:
/// ISO 8601 (`2025-11-01T09:30:00+09:00`, `2025-11`, `2025`), `2025/11/01` and `2017/2/7 9:30`,
/// RFC 2822 (`Sat, 01 Nov 2025 10:00:00 GMT`), `November 1, 2025`, `1 November 2025`, `Nov. 1, 2025`.
/// A time and zone are ignored: the date is the one the publisher wrote, not converted to UTC.
enum DateParsing {
    static func parse(_ raw: String) -> PartialDate? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 80 else { return nil }
        if let d = numeric(text) { return d }
        return worded(text)
    }

    /// Seconds (or milliseconds) since 1970, as some JSON feeds give them; read in UTC.
    static func fromEpoch(_ value: Double) -> PartialDate? {
        let seconds = value > 100_000_000_000 ? value / 1000 : value
        guard seconds > 0, seconds < 32_503_680_000 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY/M/D`, `YYYYMMDD`, each optionally followed by a time.
    private static func numeric(_ text: String) -> PartialDate? {
        let chars = Array(text.utf8)
        var i = 0
        func digits(max: Int) -> Int? {
            var n = 0, count = 0
            while i < chars.count, count < max, (0x30...0x39).contains(chars[i]) {
                n = n * 10 + Int(chars[i] - 0x30); i += 1; count += 1
            }
            return count == 0 ? nil : n
        }
        let start = i
        guard let first = digits(max: 8) else { return nil }
        let width = i - start
        var year = first, month: Int?, day: Int?
        if width == 8 {
            year = first / 10_000; month = first / 100 % 100; day = first % 100
        } else if width == 4 {
            if i < chars.count, chars[i] == UInt8(ascii: "-") || chars[i] == UInt8(ascii: "/") {
                let sep = chars[i]; i += 1
                let mStart = i
                guard let m = digits(max: 2), sep == UInt8(ascii: "/") || i - mStart == 2 else { return nil }
                month = m
                if i < chars.count, chars[i] == sep {
                    i += 1
                    let dStart = i
                    guard let d = digits(max: 2), sep == UInt8(ascii: "/") || i - dStart == 2 else { return nil }
                    day = d
                }
            }
        } else {
            return nil
        }
        // Whatever follows must be a time part, not more date-like digits ("2025-11-01x" is not a date).
        if i < chars.count {
            let next = chars[i]
            guard next == UInt8(ascii: "T") || next == UInt8(ascii: " ") || next == UInt8(ascii: "t") else { return nil }
        }
        return validated(year: year, month: month, day: day)
    }

    /// Dates with a month name, in either order, with an optional weekday and time around them.
    private static func worded(_ text: String) -> PartialDate? {
        let tokens = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let monthIndex = tokens.firstIndex(where: { monthNumber($0) != nil }),
              let month = monthNumber(tokens[monthIndex]),
              let yearIndex = tokens.firstIndex(where: { $0.count == 4 && Int($0) != nil }),
              let year = Int(tokens[yearIndex]) else { return nil }
        // The day is a one- or two-digit number (maybe "1st") before the year; times follow the year.
        var day: Int?
        for token in tokens[..<yearIndex] {
            let digits = token.prefix { $0.isNumber }
            let suffix = token.dropFirst(digits.count)
            guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix) else { continue }
            day = Int(digits); break
        }
        return validated(year: year, month: month, day: day)
    }

    private static func validated(year: Int, month: Int?, day: Int?) -> PartialDate? {
        guard (1000...2999).contains(year) else { return nil }
        guard let month else { return PartialDate(year: year) }
        guard (1...12).contains(month) else { return nil }
        guard let day else { return PartialDate(year: year, month: month) }
        guard day >= 1, day <= PartialDate.daysIn(year: year, month: month) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    private static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        if word == "sept" { return 9 }
        for (i, name) in monthNames.enumerated() where name == word || (word.count == 3 && name.hasPrefix(word)) {
            return i + 1
        }
        return nil
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"]
}

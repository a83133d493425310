/// A publication date written in a page's URL, as news sites and blogs do:
/// `/2025/11/01/`, `/2025-11-01-`, `/20251101/` (day) or `/2025/11/` (month).
///
///     URLDate.parse("https://news.example/2025/11/01/xi-lee")   // 2025-11-01
enum URLDate {
    static func parse(_ url: String) -> PartialDate? {
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        let parts = path.split(separator: "/").dropFirst(path.contains("://") ? 2 : 0).map(String.init)
        for (i, part) in parts.enumerated() {
            if let year = year(part) {
                guard i + 1 < parts.count, let month = twoDigits(parts[i + 1], in: 1...12) else { continue }
                if i + 2 < parts.count, let day = twoDigits(String(parts[i + 2].prefix(2)), in: 1...31),
                   parts[i + 2].count == 2 || !parts[i + 2].dropFirst(2).first!.isNumber {
                    return PartialDate("\(year)-\(pad(month))-\(pad(day))")
                }
                return PartialDate(year: year, month: month)
            }
            // 2025-11-01 or 20251101 at the start of a segment.
            let digits = part.prefix { $0.isNumber || $0 == "-" || $0 == "_" }.filter(\.isNumber)
            if digits.count == 8, let y = year(String(digits.prefix(4))),
               let m = twoDigits(String(digits.dropFirst(4).prefix(2)), in: 1...12),
               let d = twoDigits(String(digits.suffix(2)), in: 1...31) {
                return PartialDate("\(y)-\(pad(m))-\(pad(d))")
            }
        }
        return nil
    }

    private static func year(_ s: String) -> Int? {
        guard s.count == 4, let y = Int(s), (1990...2100).contains(y) else { return nil }
        return y
    }

    private static func twoDigits(_ s: String, in range: ClosedRange<Int>) -> Int? {
        guard s.count == 2, s.allSatisfy(\.isNumber), let v = Int(s), range.contains(v) else { return nil }
        return v
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}

/// `YYYYMMDD` as a number, so the recognisers compare an article's date with the gazetteer's
/// `YYYY-MM-DD` bounds without building strings (`compactStart` and `compactEnd` make new
/// ones, and `Country.compact` goes through NSString).
///
/// Only when both sides are exactly eight digits, where number order is the strings' order;
/// otherwise callers compare the strings as before.
enum CompactDay {
    /// `date.compactStart` as a number.
    static func start(_ date: PartialDate) -> Int? {
        value(date.year, date.month ?? 1, date.day ?? 1)
    }

    /// `date.compactEnd` as a number.
    static func end(_ date: PartialDate) -> Int? {
        let m = date.month ?? 12
        return value(date.year, m, date.day ?? PartialDate.daysIn(year: date.year, month: m))
    }

    /// `Country.compact(iso)` as a number, for `iso` shaped `DDDD-DD-DD`.
    static func parse(_ iso: String) -> Int? {
        var n = 0, count = 0
        for (i, b) in iso.utf8.enumerated() {
            if i == 4 || i == 7 {
                guard b == 0x2D else { return nil }
                continue
            }
            guard b >= 0x30, b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
            count += 1
        }
        return count == 8 && iso.utf8.count == 10 ? n : nil
    }

    private static func value(_ year: Int, _ month: Int, _ day: Int) -> Int? {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else { return nil }
        return year * 10_000 + month * 100 + day
    }
}

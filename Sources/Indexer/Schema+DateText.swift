import Foundation

extension Schema {
    /// `PartialDate.description` ("2025", "2025-11", "2025-11-01") written digit by digit:
    /// Foundation's `String(format:)` cost about 10,000 instructions a call, several per article.
    static func dateText(_ d: PartialDate) -> String {
        guard fitsDigits(d) else { return d.description }
        var out: [UInt8] = []
        out.reserveCapacity(10)
        appendDigits(d.year, width: 4, to: &out)
        if let m = d.month {
            out.append(0x2D)
            appendDigits(m, width: 2, to: &out)
            if let day = d.day {
                out.append(0x2D)
                appendDigits(day, width: 2, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `PartialDate.compactStart`: `YYYYMMDD`, a missing month or day as 01.
    static func compactStart(_ d: PartialDate) -> String {
        guard fitsDigits(d) else { return d.compactStart }
        var out: [UInt8] = []
        out.reserveCapacity(8)
        appendDigits(d.year, width: 4, to: &out)
        appendDigits(d.month ?? 1, width: 2, to: &out)
        appendDigits(d.day ?? 1, width: 2, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `String(format: "%0<width>d", value)`.
    static func digits(_ value: Int, width: Int) -> String {
        guard value >= 0, value < power10(width) else { return String(format: "%0\(width)d", value) }
        var out: [UInt8] = []
        out.reserveCapacity(width)
        appendDigits(value, width: width, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether every part prints in its width without a sign, where "%04d" and "%02d" are plain zero padding.
    private static func fitsDigits(_ d: PartialDate) -> Bool {
        (0...9999).contains(d.year) && (d.month.map { (0...99).contains($0) } ?? true)
            && (d.day.map { (0...99).contains($0) } ?? true)
    }

    /// `value` (known to fit) in exactly `width` decimal digits.
    private static func appendDigits(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = power10(width - 1)
        var rest = value
        for _ in 0..<width {
            out.append(UInt8(0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    private static func power10(_ n: Int) -> Int {
        var p = 1
        for _ in 0..<n { p *= 10 }
        return p
    }
}

/// Small text shapers shared by the readers.
///
/// They run on every article, so they walk UTF-8 bytes and fall back to `Character` logic only
/// where a non-ASCII scalar could change what a character is (a combining mark after a space,
/// a prepended mark before one). The results are those of the `Character`-based definitions
/// in the comments; `TextCleanupTests` checks the two agree.
enum TextCleanup {
    /// A title on one line: whitespace runs (newlines, NBSP) become one space; ends trimmed.
    /// Defined as `text.split(whereSeparator: \.isWhitespace).joined(separator: " ")`.
    static func title(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // In ASCII text every character is one byte (a CR LF pair is whitespace either way).
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for b in bytes {
                if isASCIIWhitespace(b) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A body trimmed at both ends, with no more than one blank line between paragraphs
    /// and no spaces at either end of a line (indentation carries no meaning once indexed).
    ///
    /// Defined per line (split at "\n" characters): drop leading " " and "\t" characters, trim
    /// trailing whitespace characters, skip lines left empty; join with "\n", one empty line
    /// where blanks were; then trim the ends as Foundation's `.whitespacesAndNewlines` does.
    static func body(_ text: String) -> String {
        var text = text
        text.makeContiguousUTF8()
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var blank = false
        var lineStart = 0
        let n = bytes.count
        while lineStart <= n {
            let lineEnd = lineEnd(in: bytes, from: lineStart)
            let start = contentStart(in: bytes, text: text, lineStart, lineEnd)
            let end = contentEnd(in: bytes, text: text, start, lineEnd)
            if start == end {
                blank = true
            } else {
                if !out.isEmpty {
                    out.append(0x0A)
                    if blank { out.append(0x0A) }
                }
                blank = false
                out.append(contentsOf: bytes[start..<end])
            }
            lineStart = lineEnd + 1
        }
        return String(decoding: trimmedForFoundation(out), as: UTF8.self)
    }

    /// A stand-in title for an article that has none: its first line, shortened at a word break.
    static func fallbackTitle(from body: String) -> String {
        let line = title(String(body.prefix { $0 != "\n" }))
        guard line.count > 120 else { return line }
        let cut = line.prefix(120)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }

    // MARK: - Lines as byte ranges

    /// The next "\n" character from `from`, or the end. An LF after a CR is not one: "\r\n" is a
    /// single character, so splitting at "\n" characters does not split there.
    private static func lineEnd(in bytes: [UInt8], from: Int) -> Int {
        var i = from
        while i < bytes.count {
            if bytes[i] == 0x0A, i == 0 || bytes[i - 1] != 0x0D { return i }
            i += 1
        }
        return bytes.count
    }

    /// After the line's leading " " and "\t" characters. A space is a character of its own
    /// unless a non-ASCII scalar (a combining mark) follows it; only then ask `Character`.
    private static func contentStart(in bytes: [UInt8], text: String, _ from: Int, _ to: Int) -> Int {
        var i = from
        while i < to, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i > from, i < to, bytes[i] >= 0x80 else { return i }
        let line = substring(text, from, to)
        return offset(of: line.drop { $0 == " " || $0 == "\t" }.startIndex, in: text)
    }

    /// Before the line's trailing whitespace characters (a character is whitespace when its first
    /// scalar is). ASCII whitespace with ASCII before it is a character of its own; anything
    /// non-ASCII at the end is left to `Character`.
    private static func contentEnd(in bytes: [UInt8], text: String, _ from: Int, _ to: Int) -> Int {
        var end = to
        while end > from {
            let b = bytes[end - 1]
            // An LF inside a line is the second half of a CR LF character.
            guard b < 0x80, b != 0x0A, end - 1 == from || bytes[end - 2] < 0x80 else {
                return characterEnd(text, from, end)
            }
            guard isASCIIWhitespace(b) else { return end }
            end -= 1
        }
        return end
    }

    private static func characterEnd(_ text: String, _ from: Int, _ to: Int) -> Int {
        let line = substring(text, from, to)
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
        return offset(of: end, in: text)
    }

    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`: White_Space scalars plus
    /// U+200B ZERO WIDTH SPACE, which CoreFoundation counts as whitespace too.
    private static func trimmedForFoundation(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var start = 0, end = bytes.count
        while start < end {
            let (scalar, length) = scalar(in: bytes, at: start)
            guard isFoundationWhitespace(scalar) else { break }
            start += length
        }
        while end > start {
            var s = end - 1
            while bytes[s] & 0xC0 == 0x80 { s -= 1 }
            guard isFoundationWhitespace(scalar(in: bytes, at: s).0) else { break }
            end = s
        }
        return bytes[start..<end]
    }

    /// `CharacterSet.whitespacesAndNewlines` membership.
    static func isFoundationWhitespace(_ u: Unicode.Scalar) -> Bool {
        u.value == 0x200B || u.properties.isWhitespace
    }

    /// `CharacterSet.whitespaces` membership: the above without line and paragraph ends.
    static func isFoundationSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return false
        default: return isFoundationWhitespace(u)
        }
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without bridging to NSString.
    static func trimmingFoundationSpaces(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isFoundationSpace($0) }),
              let last = scalars.lastIndex(where: { !isFoundationSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// The scalar starting at byte `i` of valid UTF-8, and its length in bytes.
    private static func scalar(in bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let length = b0 >= 0xF0 ? 4 : (b0 >= 0xE0 ? 3 : 2)
        var v = b0 & (0x7F >> UInt32(length))
        for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", length)
    }

    @inline(__always) private static func isASCIIWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    private static func substring(_ text: String, _ from: Int, _ to: Int) -> Substring {
        let u = text.utf8
        return text[u.index(u.startIndex, offsetBy: from)..<u.index(u.startIndex, offsetBy: to)]
    }

    private static func offset(of index: String.Index, in text: String) -> Int {
        text.utf8.distance(from: text.utf8.startIndex, to: index)
    }
}

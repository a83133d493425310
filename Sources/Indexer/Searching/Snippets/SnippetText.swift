/// Invisible and non-breaking spaces in a body, made plain for passages: a no-break space
/// (U+00A0, U+2007, U+202F) shows as a space, and zero-width characters (U+200B–U+200D, U+2060,
/// U+FEFF) are dropped, so they neither split a highlighted word nor reach a terminal raw.
///
///     SnippetText.spacesFolded("trade\u{A0}truce") == "trade truce"
enum SnippetText {
    /// Works on the UTF-8 bytes and copies only when one of those characters occurs: rebuilding
    /// every body scalar by scalar whenever it held a curly quote or a dash (lead byte E2) was
    /// over a quarter of a batch of queries with snippets (issue 18).
    static func spacesFolded(_ text: String) -> String {
        var text = text
        let folded: String? = text.withUTF8 { b in
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            guard let raw = UnsafeRawPointer(b.baseAddress) else { return nil }
            while i < b.count {
                // Eight bytes at a time where they are all ASCII, as most of a news body is.
                if i + 8 <= b.count && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let c = b[i]
                guard c == 0xC2 || c == 0xE2 || c == 0xEF, let (length, space) = special(b, at: i) else {
                    i += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(b.count) }
                out.append(contentsOf: b[copied..<i])
                if space { out.append(UInt8(ascii: " ")) }
                i += length
                copied = i
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: b[copied..<b.count])
            return String(decoding: out, as: UTF8.self)
        }
        return folded ?? text
    }

    /// `&`, `<` and `>` as `&amp;`, `&lt;` and `&gt;`, the result of Foundation's
    /// `replacingOccurrences` of each in turn, made on bytes: Foundation's search cost more than
    /// the rest of a hit's opening (issue 18). Where one of them touches a byte that is not ASCII
    /// (Foundation may read it as part of a combined character), Foundation still does it.
    static func htmlEscaped(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for (i, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                guard !touchesNonASCII(bytes, i, i + 1) else {
                    return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                        .replacingOccurrences(of: ">", with: "&gt;")
                }
                out.append(contentsOf: b == UInt8(ascii: "&") ? "&amp;".utf8 : b == UInt8(ascii: "<") ? "&lt;".utf8 : "&gt;".utf8)
            default:
                out.append(b)
            }
        }
        return out.count == bytes.count ? text : String(decoding: out, as: UTF8.self)
    }

    /// `’` as `'`, as Xapian's term generator reads it: Foundation's `replacingOccurrences`, made
    /// on bytes where each `’` sits between ASCII bytes (or the ends).
    static func straightApostrophes(_ word: String) -> String {
        let bytes = Array(word.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                guard !touchesNonASCII(bytes, i, i + 3) else { return word.replacingOccurrences(of: "\u{2019}", with: "'") }
                out.append(UInt8(ascii: "'"))
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out.count == bytes.count ? word : String(decoding: out, as: UTF8.self)
    }

    /// Whether the byte before `start` or the one at `end` is not ASCII.
    private static func touchesNonASCII(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        (start > 0 && bytes[start - 1] >= 0x80) || (end < bytes.count && bytes[end] >= 0x80)
    }

    /// The length of the character at `i` when it is one to fold, and whether it becomes a space.
    private static func special(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Bool)? {
        let n = b.count
        switch b[i] {
        case 0xC2:                                                  // U+00A0
            return i + 1 < n && b[i + 1] == 0xA0 ? (2, true) : nil
        case 0xE2:
            guard i + 2 < n else { return nil }
            switch (b[i + 1], b[i + 2]) {
            case (0x80, 0x87), (0x80, 0xAF): return (3, true)       // U+2007, U+202F
            case (0x80, 0x8B), (0x80, 0x8C), (0x80, 0x8D), (0x81, 0xA0): return (3, false)   // U+200B–U+200D, U+2060
            default: return nil
            }
        case 0xEF:                                                  // U+FEFF
            return i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF ? (3, false) : nil
        default:
            return nil
        }
    }
}

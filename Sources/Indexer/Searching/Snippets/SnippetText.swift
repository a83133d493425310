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

/// Splits UTF-8 text into words the way Xapian's term generator does, near enough for
/// highlighting: runs of letters, digits, marks and `_`, with an apostrophe between two
/// letters kept inside the word ("don't"). ASCII is handled byte by byte; other characters
/// are decoded and judged by their Unicode properties. The text is a `String`'s, so valid UTF-8.
struct WordTokenizer {
    let text: UnsafeBufferPointer<UInt8>
    /// Words are looked for in text[0..<limit].
    let limit: Int
    private var i = 0

    init(text: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.text = text
        self.limit = min(limit, text.count)
    }

    /// The byte range of the next word, or nil at the end.
    mutating func next() -> (start: Int, end: Int)? {
        while i < limit {
            let (isWord, width) = Self.classify(text, at: i, limit: limit)
            if !isWord { i += width; continue }
            let start = i
            i += width
            while i < limit {
                let (w, n) = Self.classify(text, at: i, limit: limit)
                if w { i += n; continue }
                // An apostrophe (' or ’) joins two word characters.
                guard Self.isApostrophe(text, at: i, width: n), i + n < limit, Self.classify(text, at: i + n, limit: limit).isWord else { break }
                i += n
            }
            return (start, i)
        }
        return nil
    }

    static func isApostrophe(_ text: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> Bool {
        if width == 1 { return text[i] == UInt8(ascii: "'") }
        return width == 3 && text[i] == 0xE2 && text[i + 1] == 0x80 && text[i + 2] == 0x99
    }

    /// Whether the character at `i` belongs in a word, and its width in bytes.
    @inline(__always)
    static func classify(_ text: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> (isWord: Bool, width: Int) {
        let b = text[i]
        if b < 0x80 {
            let isWord = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
            return (isWord, 1)
        }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        // A character cut by the scan limit is not a word character.
        guard i + width <= limit else { return (false, 1) }
        let (scalar, _) = ScalarText.decode(text, at: i)
        return (isWordScalar(scalar), width)
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        if p.isAlphabetic || p.numericType != nil { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
        default: return false
        }
    }
}

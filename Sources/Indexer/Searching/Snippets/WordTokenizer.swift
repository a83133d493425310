/// Splits UTF-8 text into words the way Xapian's term generator does, near enough for
/// highlighting: runs of letters, digits, marks and `_`, with an apostrophe between two
/// letters kept inside the word ("don't"). ASCII is handled byte by byte; other characters
/// are decoded and judged by their Unicode properties. The text is a `String`'s, so valid UTF-8.
struct WordTokenizer {
    let text: UnsafeBufferPointer<UInt8>
    /// Words are looked for in text[0..<limit].
    let limit: Int
    private var i = 0

    /// Words from byte `start` on, which starts a character (or follows one the limit cuts).
    init(text: UnsafeBufferPointer<UInt8>, limit: Int, start: Int = 0) {
        self.text = text
        self.limit = min(limit, text.count)
        i = start
    }

    /// The byte range of the next word, or nil at the end.
    ///
    /// ASCII bytes are judged inline; anything else goes to `classifyOther`, kept out of line:
    /// when the Unicode property lookups were inlined here, every call set up their metadata,
    /// and that set-up was most of the tokenizer's time on plain English text (issue 18).
    mutating func next() -> (start: Int, end: Int)? {
        let text = self.text, limit = self.limit
        var i = self.i
        // Skip to the next word character.
        var width = 1
        while i < limit {
            let b = text[i]
            if b < 0x80 {
                if Self.isWordASCII(b) { width = 1; break }
                i += 1
            } else {
                let (w, n) = Self.classifyOther(text, at: i, limit: limit)
                if w { width = n; break }
                i += n
            }
        }
        guard i < limit else { self.i = i; return nil }
        let start = i
        i = Self.wordEnd(text, after: i + width, limit: limit)
        self.i = i
        return (start, i)
    }

    /// The end of the word whose characters run on at `i`.
    @inline(__always)
    static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, after i: Int, limit: Int) -> Int {
        var i = i
        while i < limit {
            let b = text[i]
            if b < 0x80 {
                if isWordASCII(b) { i += 1; continue }
                // An apostrophe (') joins two word characters.
                if b == UInt8(ascii: "'"), i + 1 < limit, classify(text, at: i + 1, limit: limit).isWord { i += 1; continue }
                break
            }
            let (w, n) = classifyOther(text, at: i, limit: limit)
            if w { i += n; continue }
            // So does a right single quote (’).
            guard isApostrophe(text, at: i, width: n), i + n < limit, classify(text, at: i + n, limit: limit).isWord else { break }
            i += n
        }
        return i
    }

    /// The word that starts at `i`, if one does (as `next` would find it): the character there
    /// belongs in a word, and the one before neither does nor is an apostrophe joining it to a word.
    static func word(at i: Int, in text: UnsafeBufferPointer<UInt8>, limit: Int) -> (start: Int, end: Int)? {
        let (isWord, width) = classify(text, at: i, limit: limit)
        guard isWord else { return nil }
        if i > 0 {
            // Characters before `i` lie wholly before the limit: none is cut.
            let p = characterStart(text, before: i)
            let (before, n) = classify(text, at: p, limit: limit)
            if before { return nil }
            if isApostrophe(text, at: p, width: n), p > 0, classify(text, at: characterStart(text, before: p), limit: limit).isWord { return nil }
        }
        return (i, wordEnd(text, after: i + width, limit: limit))
    }

    /// The start of the character the limit cuts in two, or the limit when it cuts none.
    static func cutCharacter(_ text: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        guard limit > 0, limit < text.count, text[limit] & 0xC0 == 0x80 else { return limit }
        return characterStart(text, before: limit)
    }

    /// Where the character that ends just before `i` starts.
    @inline(__always)
    static func characterStart(_ text: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var p = i - 1
        while p > 0 && text[p] & 0xC0 == 0x80 && i - p < 4 { p -= 1 }
        return p
    }

    static func isApostrophe(_ text: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> Bool {
        if width == 1 { return text[i] == UInt8(ascii: "'") }
        return width == 3 && text[i] == 0xE2 && text[i + 1] == 0x80 && text[i + 2] == 0x99
    }

    /// Letters, digits and `_`.
    @inline(__always)
    static func isWordASCII(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F
    }

    /// Whether the character at `i` belongs in a word, and its width in bytes.
    @inline(__always)
    static func classify(_ text: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> (isWord: Bool, width: Int) {
        let b = text[i]
        if b < 0x80 { return (isWordASCII(b), 1) }
        return classifyOther(text, at: i, limit: limit)
    }

    /// `classify` for a character that is not ASCII.
    @inline(never)
    static func classifyOther(_ text: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> (isWord: Bool, width: Int) {
        let b = text[i]
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        // A character cut by the scan limit is not a word character.
        guard i + width <= limit else { return (false, 1) }
        // U+2000–U+203E (spaces, dashes, quotes, bullets), the commonest characters of news text
        // that are not ASCII, none of them a word character: no property lookup.
        if b == 0xE2 && text[i + 1] == 0x80 && text[i + 2] < 0xBF { return (false, 3) }
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

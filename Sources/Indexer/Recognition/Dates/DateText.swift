/// One token of scanned text: a run of letters, a run of ASCII digits, or any other single scalar.
struct DateToken {
    enum Kind: UInt8 { case word, number, symbol }
    var kind: Kind
    /// Unicode-scalar offsets of the token in the scanned text, `end` exclusive.
    var start, end: Int
    /// 0-based line of the token.
    var line: Int
    /// Whitespace (or the start of the text) comes right before the token.
    var spaceBefore: Bool
    /// Lower-case letters of a short ASCII word packed five bits each (see `DateLexicon.key`), else 0.
    /// Lets the scan test every word against the lexicon with one integer lookup, allocating nothing.
    var key: UInt64
    /// A number's value (-1 past 9 digits), or a symbol's scalar value.
    var value: Int
    /// A word's case: first letter upper-case; every letter ASCII upper-case (false for numbers and symbols).
    var isCapitalized, isAllCaps: Bool
    var length: Int { end - start }
}

/// Text split into tokens once, so every date rule looks at tokens instead of re-reading characters.
/// A hand scanner over Unicode scalars: no regular expressions, linear in the text.
struct DateText {
    let scalars: [Unicode.Scalar]
    let tokens: [DateToken]

    /// Scans at most the first `limit` scalars (the publication date only needs the top of an article).
    /// The scalars are shared with the other recognisers' `ArticleText`, not copied.
    init(scalars: [Unicode.Scalar], limit: Int = .max) {
        self.scalars = scalars
        tokens = DateText.tokenize(scalars, count: min(scalars.count, limit))
    }

    init(_ text: String, limit: Int = .max) {
        self.init(scalars: Array(text.unicodeScalars), limit: limit)
    }

    var count: Int { tokens.count }

    /// The exact text of tokens `first..<end`, with its scalar offset.
    func mention(_ first: Int, _ end: Int) -> Mention {
        let a = tokens[first].start, b = tokens[end - 1].end
        return Mention(text: ScalarText.string(scalars[a..<b]), offset: a)
    }

    /// Lower-cased text of the word at `i` when it is short ASCII, else "".
    /// Built on demand: only the few words around a date candidate are ever read as text.
    func lower(_ i: Int) -> String {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].key != 0 else { return "" }
        let start = tokens[i].start, n = tokens[i].length
        // A keyed word is ASCII letters only, so one byte per scalar.
        return String(unsafeUninitializedCapacity: n) { buf in
            for k in 0..<n {
                let c = scalars[start + k].value
                buf[k] = UInt8(truncatingIfNeeded: c <= 90 ? c + 32 : c)
            }
            return n
        }
    }

    private static func tokenize(_ s: [Unicode.Scalar], count n: Int) -> [DateToken] {
        var out: [DateToken] = []
        out.reserveCapacity(n / 4)
        var i = 0, line = 0, space = true
        while i < n {
            let v = s[i].value
            if v == 10 { line += 1; space = true; i += 1; continue }
            if v == 32 || v == 9 || v == 13 || v == 0xA0 || (v > 127 && s[i].properties.isWhitespace) {
                if v == 0x2028 || v == 0x2029 { line += 1 }
                space = true; i += 1; continue
            }
            let start = i
            var tok = DateToken(kind: .symbol, start: start, end: start + 1, line: line, spaceBefore: space,
                                key: 0, value: Int(v), isCapitalized: false, isAllCaps: false)
            if v >= 48 && v <= 57 {
                var value = 0
                while i < n, s[i].value >= 48, s[i].value <= 57 {
                    if i - start < 9 { value = value * 10 + Int(s[i].value - 48) }
                    i += 1
                }
                tok.kind = .number
                tok.end = i
                tok.value = i - start > 9 ? -1 : value
            } else if Tokenizer.isLetter(s[i]) {
                var ascii = true, upper = 0
                var key: UInt64 = 0
                while i < n, Tokenizer.isLetter(s[i]) {
                    let c = s[i].value
                    if c >= 128 { ascii = false } else {
                        if c <= 90 { upper += 1 }
                        key = key &<< 5 | UInt64((c | 0x20) - 96)
                    }
                    i += 1
                }
                tok.kind = .word
                tok.end = i
                tok.value = 0
                tok.isCapitalized = Tokenizer.isUpper(s[start])
                tok.isAllCaps = ascii && upper == i - start
                tok.key = ascii && i - start <= DateLexicon.maxKeyLength ? key : 0
            } else {
                i += 1
            }
            out.append(tok)
            space = false
        }
        return out
    }
}

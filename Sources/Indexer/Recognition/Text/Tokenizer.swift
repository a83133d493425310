/// Splits text into `TextToken`s once, so recognisers can look names up by token n-grams
/// instead of running one pattern per name.
///
///     Tokenizer.tokenize("Japan's new Prime Minister").map(\.key) == ["japan", "new", "prime", "minister"]
enum Tokenizer {
    static func tokenize(_ text: String) -> [TextToken] {
        tokenize(Array(text.unicodeScalars))
    }

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [TextToken] {
        // Over a buffer: slices of it carry no reference count.
        scalars.withUnsafeBufferPointer(tokenize(buffer:))
    }

    /// The tokens of `scalars[..<count]`.
    static func tokenize(_ scalars: [Unicode.Scalar], count: Int) -> [TextToken] {
        scalars.withUnsafeBufferPointer { tokenize(buffer: UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    private static func tokenize(buffer s: UnsafeBufferPointer<Unicode.Scalar>) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        var sep: TextToken.Separator = .start
        let n = s.count
        while i < n {
            let c = s[i]
            if !isWordScalar(c) {
                sep = stronger(sep, separator(for: c, at: i, in: s))
                i += 1
                continue
            }
            let start = i
            var possessive = false
            var initial = false
            // A run of letters and digits, with inner apostrophes ("D'Alema", "Xi'an").
            while i < n {
                if isWordScalar(s[i]) { i += 1; continue }
                if isApostrophe(s[i]), i + 1 < n, isWordScalar(s[i + 1]) {
                    // Possessive 's: stop the word here and remember it.
                    if (s[i + 1] == "s" || s[i + 1] == "S"), i + 2 >= n || !isWordScalar(s[i + 2]) {
                        possessive = true
                        break
                    }
                    i += 1
                    continue
                }
                break
            }
            var end = i
            var abbreviation = false
            if end - start == 1, isUpper(s[start]), end < n, s[end] == "." {
                // Dotted initials: "W.", "U.S.", "H.W." (one letter, a dot, repeated).
                initial = true
                end += 1
                while end + 1 < n, isLetter(s[end]), s[end + 1] == ".",
                      end + 2 >= n || !isWordScalar(s[end + 2]) {
                    end += 2
                }
                i = end
            } else if !possessive, end < n, s[end] == ".", end - start <= 5,
                      abbreviations.contains(fold(s[start..<end]).key) {
                // "Mr.", "Gen.", "St.", "Nov.": the dot is not a sentence end.
                abbreviation = true
                end += 1
                i = end
            }
            if possessive { i += 2 }
            let scalars = s[start..<end]
            var letters = 0, uppers = 0
            for u in scalars where isLetter(u) {
                letters += 1
                if isUpper(u) { uppers += 1 }
            }
            let key: String, keyHash: PhraseHash
            if initial {
                key = scalars.filter { $0 != "." }.map { fold(CollectionOfOne($0)).key }.joined(separator: " ")
                keyHash = PhraseHash(key)
            } else {
                (key, keyHash) = fold(abbreviation ? scalars.dropLast() : scalars)
            }
            tokens.append(TextToken(key: key, keyHash: keyHash, start: start, end: end, separator: tokens.isEmpty ? .start : (sep == .start ? .space : sep),
                                isCapitalized: isUpper(s[start]),
                                isAllCaps: letters >= 2 && uppers == letters,
                                isInitial: initial, isPossessive: possessive))
            sep = .start  // the next separator scan decides
        }
        return tokens
    }

    /// Folds a word's scalars into its key, with the key's `PhraseHash`. Plain ASCII words (most
    /// of them) are lowercased straight into the string's bytes and hashed on the way: building
    /// keys scalar by scalar was the tokenizer's main cost, and the tokenizer was a third of
    /// indexing (bench/FINDINGS.md).
    @inline(__always) private static func fold<C: Collection>(_ scalars: C) -> (key: String, hash: PhraseHash)
    where C.Element == Unicode.Scalar {
        let n = scalars.count
        for u in scalars where !u.isASCII {
            let key = NameFolding.fold(String(String.UnicodeScalarView(scalars)))
            return (key, PhraseHash(key))
        }
        var h: UInt64 = 0, p: UInt64 = 1
        let key = String(unsafeUninitializedCapacity: n) { buffer in
            var i = 0
            for u in scalars {
                var v = UInt8(truncatingIfNeeded: u.value)
                if v >= 65 && v <= 90 { v += 32 }
                buffer[i] = v
                h = h &* PhraseHash.base &+ UInt64(v)
                p = p &* PhraseHash.base
                i += 1
            }
            return n
        }
        return (key, PhraseHash(value: h, power: p))
    }

    /// Words whose trailing dot is an abbreviation mark, not a sentence end.
    static let abbreviations: KeySet = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "maj", "sgt",
        "jr", "sr", "prof", "rev", "hon", "mt", "ft", "vs", "inc", "corp", "co", "ltd", "bros",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "calif", "mass", "conn", "fla", "ill", "mich", "minn", "wis", "penn", "tenn", "ariz", "colo",
        "okla", "ore", "wash", "ala", "ark", "del", "ga", "ind", "kan", "ky", "la", "md", "miss", "mo",
        "mont", "neb", "nev", "va", "vt", "wyo", "tex", "pa",
    ]

    // MARK: - Scalar classes

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ((c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)) : c.properties.isAlphabetic
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }

    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "’"
    }

    private static func separator(for c: Unicode.Scalar, at i: Int, in s: UnsafeBufferPointer<Unicode.Scalar>) -> TextToken.Separator {
        switch c {
        case " ", "\t", "\u{A0}": return .space
        case "\n", "\r":
            // A blank line ends a paragraph; a single newline is a wrapped line.
            if i + 1 < s.count, s[i + 1] == "\n" || s[i + 1] == "\r" { return .sentence }
            return .space
        case "-", "‐", "‑": return .hyphen
        case ",": return .comma
        case ".", "!", "?", ";", ":", "—", "–": return .sentence
        default: return .other
        }
    }

    /// Between two words several separators may occur ("., ", " - "); keep the strongest.
    private static func stronger(_ a: TextToken.Separator, _ b: TextToken.Separator) -> TextToken.Separator {
        func rank(_ x: TextToken.Separator) -> Int {
            switch x {
            case .start: return 0
            case .space: return 1
            case .hyphen: return 2
            case .comma: return 3
            case .other: return 4
            case .sentence: return 5
            }
        }
        if a == .start { return b }
        // " - " (spaced dash) is punctuation, not a hyphen.
        if a == .space && b == .hyphen { return .other }
        return rank(b) > rank(a) ? b : a
    }
}

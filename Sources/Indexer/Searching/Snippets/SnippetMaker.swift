/// A passage of an article's body around the query's words, with the words highlighted.
///
/// Replaces Xapian's `MSet::snippet`, which stems every word of the text it looks at: that was
/// over a third of a search's instructions (bench/FINDINGS.md). Here a body word is stemmed only
/// when it could stem to one of the query's stems. Snowball's English stemmer keeps a word's first
/// letter and its second, except that a second `y` may become `i` ("dying" → "die"), so words are
/// first filtered on their first two bytes.
///
///     let maker = try SnippetMaker(queryTerms: ["Ztrade", "truce"], wildcards: [], stemmer: s, length: 200)
///     maker.snippet(of: body)   // "…agreed a <b>trade truce</b> on Friday…", or nil without a match
struct SnippetMaker {
    /// Only this much of a body is searched for matches; the passage worth showing is almost
    /// always in an article's first pages.
    static let scanLimit = 16_384

    let length: Int
    private let stemmer: Stemmer
    /// Lowercase unstemmed terms (phrase words, capitalised words), by term id.
    private var exact: [String: Int] = [:]
    /// Stems the query asks for (its `Z` terms), by term id.
    private var stems: [String: Int] = [:]
    /// Wildcard prefixes (lowercase), by term id.
    private var prefixes: [([UInt8], Int)] = []
    /// First two bytes (see `key`) of the exact terms.
    private var exactKeys: [UInt16] = []
    /// The first two bytes a word must have to stem to a query stem, and the stem's length: a
    /// Snowball English stem is never longer than its word, so shorter words need no stemming.
    private var stemKeys: [(key: UInt16, length: Int)] = []
    /// Every key (see `key`) that some term could match, one bit each: most words of a body are
    /// turned away by one load instead of three searches of the lists above.
    private var keyBits = KeyBits()
    /// Finds the words worth a look without splitting the rest; nil when every word must be
    /// looked at (a stemmer other than English's).
    private var starts: WordStarts?
    /// The two filters below hold for Snowball's English stemmer; with another language every
    /// word that could be a term is stemmed.
    private let filtersStems: Bool
    /// Number of distinct term ids: a window holding them all is the best there is.
    private(set) var termCount = 0
    /// Ids of stopwords ("of", "the"): the query holds them only inside phrases, so they are
    /// highlighted only between other matched words, not wherever they occur.
    private var stopwordIDs = Set<Int>()

    /// `queryTerms` as Xapian lists them: `Z` + stem, plain lowercase words, and prefixed terms of
    /// other fields (`S…` title words, `XC…` filters), which never occur in a body and are left out.
    init(queryTerms: [String], wildcards: [String], stemmer: Stemmer, length: Int) throws(XapianError) {
        self.stemmer = stemmer
        self.length = length
        filtersStems = stemmer.language == "english"
        var plain: [String] = []
        for t in queryTerms {
            let u = Array(t.utf8)
            guard let first = u.first else { continue }
            if first == UInt8(ascii: "Z") {
                // `ZS…` is a stemmed title term: another field.
                guard u.count > 1, !Self.isUpper(u[1]) else { continue }
                let stem = String(t.dropFirst())
                if stems[stem] == nil { stems[stem] = termCount; termCount += 1 }
            } else if !Self.isUpper(first) {
                plain.append(t)
            }
        }
        // "trade" quoted and trade unquoted are one word of the query: one id, so a window needs it once.
        for word in plain where exact[word] == nil {
            if let id = stems[try stemmer.stem(word)] {
                exact[word] = id
            } else {
                exact[word] = termCount; termCount += 1
                if Self.stopwords.contains(word) { stopwordIDs.insert(termCount - 1) }
            }
        }
        // A query of stopwords only ("the who") keeps them, and so do its highlights.
        if stopwordIDs.count == termCount { stopwordIDs = [] }
        for w in wildcards where !w.isEmpty {
            prefixes.append((Array(w.utf8), termCount)); termCount += 1
        }
        exactKeys = exact.keys.map { Self.key(Array($0.utf8)) }
        for stem in stems.keys {
            let u = Array(stem.utf8)
            let k = Self.key(u)
            stemKeys.append((k, u.count))
            if u.count > 1 && u[1] == UInt8(ascii: "i") { stemKeys.append((k & 0xFF00 | UInt16(UInt8(ascii: "y")), u.count)) }
        }
        if !filtersStems && !stemKeys.isEmpty {
            keyBits.insertAll()
        } else {
            var keys = exactKeys + stemKeys.map(\.key)
            var firsts: [UInt8] = []
            for (p, _) in prefixes {
                guard let a = p.first else { continue }
                if p.count > 1 { keys.append(UInt16(a) << 8 | UInt16(p[1])) } else { firsts.append(a) }
            }
            for k in keys { keyBits.insert(k) }
            for a in firsts { keyBits.insert(first: a) }
            starts = WordStarts(keys: keys, firsts: firsts)
        }
    }

    /// The prefixes of the query's trailing-`*` wildcards (`tari*` → "tari"), lowercase; words of
    /// other fields (`title:tari*`) are left out. Xapian does not list a wildcard among a query's terms.
    static func wildcardPrefixes(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "(" || $0 == ")" }).compactMap { token in
            let word = token.drop(while: { $0 == "+" || $0 == "-" || $0 == "\"" })
            guard word.hasSuffix("*"), !word.contains(":") else { return nil }
            let prefix = word.dropLast().lowercased()
            return prefix.isEmpty ? nil : prefix
        }
    }

    /// The best passage of `body` with its matched words in `<b>`…`</b>`, HTML-escaped, "…" where
    /// cut; nil when no query word occurs in the body.
    func snippet(of body: String) throws -> String? {
        guard termCount > 0 else { return nil }
        var body = SnippetText.spacesFolded(body)
        // Untyped: String.withUTF8 does not type-check with a typed-throws closure (Swift 6.1).
        return try body.withUTF8 { text in try snippet(of: text) }
    }

    func snippet(of text: UnsafeBufferPointer<UInt8>) throws(XapianError) -> String? {
        let (matches, window) = try self.matches(in: text)
        guard let window else { return nil }
        let (begin, end) = bounds(of: window, matches: matches, in: text)
        let shown = stopwordIDs.isEmpty ? matches : Self.droppingLoneStopwords(matches, stopwordIDs, in: text)
        return Self.render(text, from: begin, to: end, matches: shown[...])
    }

    static let stopwords = Set(Stopwords.english)

    /// The matches without stopwords that are not inside a run of matched words: in "state of the
    /// union", "of" and "the" stay highlighted; a lone "the" elsewhere does not.
    static func droppingLoneStopwords(_ matches: [Match], _ stop: Set<Int>, in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        var out: [Match] = []
        var run: [Match] = []
        func flush() {
            if let first = run.firstIndex(where: { !stop.contains($0.id) }), let last = run.lastIndex(where: { !stop.contains($0.id) }) {
                out += run[first...last]
            }
            run = []
        }
        for m in matches {
            if let prev = run.last, !text[prev.end..<m.start].allSatisfy(isSpace) { flush() }
            run.append(m)
        }
        flush()
        return out
    }

    // MARK: - Finding the query's words

    struct Match {
        var start: Int
        var end: Int
        var id: Int
    }

    /// The matched words in text order, up to the first window that holds every term, and the best window.
    func matches(in text: UnsafeBufferPointer<UInt8>) throws(XapianError) -> ([Match], WindowPicker.Window?) {
        var out: [Match] = []
        var picker = WindowPicker(termCount: termCount, length: length)
        var words = WordTokenizer(text: text, limit: Self.scanLimit)
        let limit = min(Self.scanLimit, text.count)
        var next = 0
        var complete: Int?
        // Only the words that could match, or every word (then `mayMatch` and `termID` sort them).
        func nextWord() -> (start: Int, end: Int)? {
            guard let starts else { return words.next() }
            return starts.next(in: text, from: next, limit: limit)
        }
        while let (start, end) = nextWord() {
            next = end
            // Nothing beats a window holding every term, and earlier windows win ties: once one is
            // found, only the rest of its matches are wanted, for highlighting.
            if let c = complete, start > out[c].start + length { break }
            guard mayMatch(text, start, end), let id = try termID(text, start, end) else { continue }
            out.append(Match(start: start, end: end, id: id))
            if complete == nil && picker.add(out) { complete = picker.first }
        }
        return (out, picker.finish(out))
    }

    /// False for a word that starts with two ASCII bytes no term can start with: most words,
    /// turned away without a call.
    @inline(__always)
    private func mayMatch(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let first = text[start], second = end - start > 1 ? text[start + 1] : 0
        guard first < 0x80 && second < 0x80 else { return true }
        return keyBits.contains(UInt16(Self.lower(first)) << 8 | UInt16(Self.lower(second)))
    }

    /// The term a word matches, if any. Only words whose first two bytes fit a term are lowercased,
    /// and only those that fit a stem are stemmed.
    private func termID(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws(XapianError) -> Int? {
        let first = text[start], second = end - start > 1 ? text[start + 1] : 0
        var k: UInt16
        var word: String
        if first < 0x80 && second < 0x80 {
            k = UInt16(Self.lower(first)) << 8 | UInt16(Self.lower(second))
            guard exactKeys.contains(k) || mayStem(k, end - start) || prefixes.contains(where: { Self.fits($0.0, k) }) else { return nil }
            word = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self).lowercased()
        } else {
            word = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self).lowercased()
            k = Self.key(Array(word.utf8.prefix(2)))
        }
        // Xapian's term generator reads ’ as ' ("it’s" is indexed as it's).
        if word.utf8.contains(0xE2) { word = SnippetText.straightApostrophes(word) }
        // Accents are folded in the index and the query ("méxico" matches mexico).
        if word.utf8.contains(where: { $0 >= 0x80 }) {
            word = Schema.foldAccents(word)
            k = Self.key(Array(word.utf8.prefix(2)))
        }
        if exactKeys.contains(k), let id = exact[word] { return id }
        if mayStem(k, end - start), let id = stems[try stemmer.stem(word)] { return id }
        for (p, id) in prefixes where Self.fits(p, k) && word.utf8.starts(with: p) { return id }
        return nil
    }

    /// Whether a word of `length` bytes with key `k` could stem to a query stem.
    private func mayStem(_ k: UInt16, _ length: Int) -> Bool {
        filtersStems ? stemKeys.contains { $0.key == k && $0.length <= length } : !stemKeys.isEmpty
    }

    // MARK: - The passage

    /// The passage's byte range: from the start of the sentence holding the first match when that
    /// fits, else with a little text before the match; cut after a whole word, about `length` bytes.
    func bounds(of window: WindowPicker.Window, matches: [Match], in text: UnsafeBufferPointer<UInt8>) -> (begin: Int, end: Int) {
        let n = text.count
        let start = matches[window.first].start
        let slack = max(0, length - (window.lastEnd - start))
        var begin = start
        var k = start - 1
        let reach = max(0, start - slack)
        var sentence: Int?
        while k >= reach {
            let b = text[k]
            if b == 0x0A { sentence = k + 1; break }
            if Self.isSpace(b), k > 0, Self.endsSentence(text, before: k) { sentence = k + 1; break }
            k -= 1
        }
        if sentence == nil && reach == 0 { sentence = 0 }
        if let s = sentence {
            begin = s
        } else {
            // No sentence start in reach: keep a few words before the match.
            var j = start - 1
            while j >= max(0, start - slack / 3) {
                if Self.isSpace(text[j]) && !Self.isSpace(text[j + 1]) { begin = j + 1 }
                j -= 1
            }
        }
        while begin < start && Self.isSpace(text[begin]) { begin += 1 }
        var end = begin + length
        if end >= n { return (begin, n) }
        while end > window.lastEnd && !Self.isSpace(text[end]) { end -= 1 }
        return (begin, max(end, window.lastEnd))
    }

    /// True when the text before the space at `k` ends a sentence: `.`, `!` or `?`, maybe in quotes.
    static func endsSentence(_ text: UnsafeBufferPointer<UInt8>, before k: Int) -> Bool {
        var j = k - 1
        while j > 0, text[j] == UInt8(ascii: "\"") || text[j] == UInt8(ascii: "'") || text[j] == UInt8(ascii: ")") { j -= 1 }
        let b = text[j]
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
    }

    /// text[begin..<end] with runs of white space as one space, `&`, `<` and `>` escaped, matched words
    /// (and runs of them) in `<b>`…`</b>`, and "…" where text was left out.
    static func render(_ text: UnsafeBufferPointer<UInt8>, from begin: Int, to end: Int, matches: ArraySlice<Match>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - begin + 32)
        // Byte literals: three arrays made on every call were a visible share of a snippet.
        func ellipsis() { out.append(0xE2); out.append(0x80); out.append(0xA6) }
        func open() { out.append(0x3C); out.append(0x62); out.append(0x3E) }
        func close() { out.append(0x3C); out.append(0x2F); out.append(0x62); out.append(0x3E) }
        if text[..<begin].contains(where: { !isSpace($0) }) { ellipsis() }
        var m = matches.startIndex
        while m < matches.endIndex && matches[m].start < begin { m += 1 }
        var i = begin, space = false, bold = false
        while i < end {
            let b = text[i]
            if isSpace(b) { space = true; i += 1; continue }
            if m < matches.endIndex, matches[m].start == i, matches[m].end <= end {
                if space { out.append(0x20); space = false }
                if !bold { open(); bold = true }
                for j in i..<matches[m].end { escape(text[j], into: &out) }
                i = matches[m].end
                m += 1
                continue
            }
            if bold { close(); bold = false }
            if space { out.append(0x20); space = false }
            escape(b, into: &out)
            i += 1
        }
        if bold { close() }
        if text[end...].contains(where: { !isSpace($0) }) { ellipsis() }
        return String(decoding: out, as: UTF8.self)
    }

    static func escape(_ b: UInt8, into out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        default: out.append(b)
        }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    // MARK: - Bytes

    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// A word's first two bytes as one number (the second 0 for a one-byte word).
    static func key(_ u: [UInt8]) -> UInt16 {
        guard let a = u.first else { return 0 }
        return UInt16(a) << 8 | UInt16(u.count > 1 ? u[1] : 0)
    }

    /// Whether a word with key `k` can start with `prefix`.
    static func fits(_ prefix: [UInt8], _ k: UInt16) -> Bool {
        guard let a = prefix.first else { return false }
        if UInt16(a) != k >> 8 { return false }
        return prefix.count == 1 || UInt16(prefix[1]) == k & 0xFF
    }
}

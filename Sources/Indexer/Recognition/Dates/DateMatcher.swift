/// One date found in scanned text: tokens `first..<end`, and its value once normalised.
/// `value` is nil for spans that are consumed but not dated ("this week", "11/01/2025",
/// or "Nov 1" when there is no publication date to take the year from).
struct DateMatch {
    var value: PartialDate?
    var first: Int
    var end: Int
    /// The text gave the year itself (not inferred from the publication date).
    var explicitYear = false
    /// A weekday was written with the date ("Saturday, November 1, 2025").
    var hasWeekday = false
}

/// Which way a month or weekday without a year leans from the publication date.
enum DateLean {
    case nearest, onOrBefore, before, onOrAfter, after
}

/// Walks the tokens of one text and applies the date rules left to right.
/// The rules live in `DateMatcher+Absolute.swift` and `DateMatcher+Relative.swift`; filling in a
/// missing year or day from the publication date in `+Inference`, the clause's tense in `+Tense`.
struct DateMatcher {
    let text: DateText
    let tokens: [DateToken]
    let published: PartialDate?

    init(text: DateText, published: PartialDate?) {
        self.text = text
        self.tokens = text.tokens
        // A reader's absurd year must not overflow the calendar arithmetic.
        self.published = published.flatMap { (1...9999).contains($0.year) ? $0 : nil }
    }

    var count: Int { tokens.count }

    /// Every date in reading order; a token belongs to at most one match.
    func allMatches() -> [DateMatch] {
        var out: [DateMatch] = []
        var previous: DateMatch?
        var i = 0
        scan(from: &i, before: .max, previous: &previous) { out.append($0) }
        return out
    }

    /// The dates starting at tokens `i…` whose start is before scalar offset `end`, in reading
    /// order; leaves `i` after the last token looked at and `previous` on the last date.
    func scan(from i: inout Int, before end: Int, previous: inout DateMatch?, _ found: (DateMatch) -> Void) {
        while i < count, tokens[i].start < end {
            if let m = match(at: i, previous: previous) {
                if m.value != nil { found(m); previous = m }
                i = max(m.end, i + 1)
            } else {
                i += 1
            }
        }
    }

    func match(at i: Int, previous: DateMatch?) -> DateMatch? {
        switch tokens[i].kind {
        case .number:
            return numeric(at: i) ?? written(at: i) ?? agoPhrase(at: i) ?? bareYear(at: i, previous: previous)
        case .word:
            guard DateLexicon.triggers.contains(tokens[i].key) else { return nil }
            return written(at: i) ?? relative(at: i) ?? agoPhrase(at: i) ?? bareMonth(at: i, previous: previous) ?? weekdayAlone(at: i)
        case .symbol:
            return nil
        }
    }

    // MARK: Token tests

    /// Lower-cased word at `i`, or "" for anything else (and out of range).
    func word(_ i: Int) -> String {
        text.lower(i)
    }

    func isSymbol(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < count && tokens[i].kind == .symbol && tokens[i].value == Int(c.value)
    }

    func isApostrophe(_ i: Int) -> Bool { isSymbol(i, "'") || isSymbol(i, "\u{2019}") }

    func isDash(_ i: Int) -> Bool { isSymbol(i, "-") || isSymbol(i, "\u{2013}") || isSymbol(i, "\u{2014}") }

    /// Token `i` touches the one before it (no space between).
    func glued(_ i: Int) -> Bool { i > 0 && i < count && !tokens[i].spaceBefore }

    /// "'s" right after token `i - 1`.
    func possessive(at i: Int) -> Bool {
        isApostrophe(i) && glued(i) && word(i + 1) == "s" && glued(i + 1)
    }

    /// A capitalised month name or short form at `i`.
    func monthWord(_ i: Int) -> (month: Int, short: Bool)? {
        guard i >= 0, i < count, tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
        let k = tokens[i].key
        if let m = DateLexicon.monthKeys[k] { return (m, false) }
        if let m = DateLexicon.monthAbbreviationKeys[k] { return (m, true) }
        return nil
    }

    /// A capitalised full weekday name at `i`.
    func weekdayWord(_ i: Int) -> Int? {
        guard i >= 0, i < count, tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
        return DateLexicon.weekdayKeys[tokens[i].key]
    }

    /// Nothing glued in front of a number at `i` but an opening bracket or quote
    /// (rejects "$2025", "1.2025", "10:30", "2-1", "FY2025").
    func cleanBefore(_ i: Int) -> Bool {
        guard glued(i) else { return true }
        let p = tokens[i - 1]
        guard p.kind == .symbol else { return false }
        switch p.value {
        case 0x28, 0x22, 0x27, 0x5B, 0x201C, 0x2018: return true   // ( " ' [ “ ‘
        default: return false
        }
    }

    /// Nothing glued after a number ending before `e` that makes it a figure: a time ("10:30"), a
    /// percentage, a decimal or thousands part ("2,025"), a fraction, a unit, or a range ("2016-17")
    /// unless `range` allows it (a day range "March 3-5" still starts on March 3).
    func cleanAfter(_ e: Int, range: Bool) -> Bool {
        guard glued(e) else { return true }
        let nx = tokens[e]
        guard nx.kind == .symbol else { return false }
        let nextIsNumber = glued(e + 1) && tokens[e + 1].kind == .number
        switch nx.value {
        case 0x3A, 0x25: return false                          // : %
        case 0x2E, 0x2C, 0x2F: return !nextIsNumber             // . , /
        case 0x2D, 0x2013: return range || !nextIsNumber       // - –
        default: return true
        }
    }
}

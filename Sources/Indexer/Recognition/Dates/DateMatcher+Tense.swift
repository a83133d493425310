/// Which way the clause before a date points: "will meet on Tuesday" looks ahead, "was held on
/// Dec. 20" looks back. Used only where the text leaves the year or week open.
extension DateMatcher {
    /// The tense of the few words before `i` in the same clause, or nil when they show none.
    /// A future cue wins over a past form: "will be held", "was expected to meet".
    func clauseLean(before i: Int) -> DateLean? {
        var past = false
        var j = i - 1
        while j >= 0, j >= i - 8, tokens[j].line == tokens[i].line {
            let t = tokens[j]
            if t.kind == .symbol, [0x2E, 0x21, 0x3F, 0x3B, 0x2C].contains(t.value) { break }   // . ! ? ; ,
            if t.kind == .word, t.key != 0 {
                let w = word(j)
                if DateLexicon.futureHints.contains(w) { return .onOrAfter }
                if isPastVerb(w, capitalized: t.isCapitalized) { past = true }
            }
            j -= 1
        }
        return past ? .onOrBefore : nil
    }

    /// A past-tense verb, but not a reporting one: in "said the vote in January" the saying is past,
    /// not the vote.
    private func isPastVerb(_ w: String, capitalized: Bool) -> Bool {
        if DateLexicon.pastVerbs.contains(w) { return true }
        guard !capitalized, w.count >= 5, w.hasSuffix("ed"), !w.hasSuffix("eed") else { return false }
        return !DateLexicon.reportingVerbs.contains(w)
    }
}

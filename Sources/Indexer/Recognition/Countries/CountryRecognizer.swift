/// Finds the countries an article talks about: names and short forms, adjectives and
/// demonyms, capitals and seats of government, and the wire dateline.
///
///     CountryRecognizer().recognize(title: "", body: "Beijing said…", published: nil).map(\.code) == ["CN"]
public struct CountryRecognizer: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    public func recognize(title: String, body: String, published: PartialDate?) -> [CountryEntity] {
        recognize(ArticleText(title: title, body: body), published: published)
    }

    func recognize(_ text: ArticleText, published: PartialDate?) -> [CountryEntity] {
        var hits: [CountryHit] = []
        scan(text, published: published, into: &hits)
        return entities(from: hits)
    }

    /// One piece of an article's text (or all of it), its hits appended to `hits`.
    func scan(_ text: ArticleText, published: PartialDate?, into hits: inout [CountryHit]) {
        let tokens = text.tokens
        if text.isFirst, let d = Datelines.find(in: text, gazetteer: gazetteer) {
            hits.append(CountryHit(country: d.country, mention: text.mention(d.tokens), ambiguous: false))
        }
        var i = text.firstToken
        while i < tokens.count {
            guard let m = gazetteer.countryPhrases.longestMatch(in: tokens, at: i) else { i += 1; continue }
            let range = i..<(i + m.length)
            defer { i += m.length }
            // A blocker ("East China Sea") wins unless the same phrase also names a country
            // ("Papua New Guinea" blocks Guinea but is PG).
            let named = m.values.filter { $0.kind != .blocker }
            if named.isEmpty { continue }
            guard isProperNoun(range, in: tokens) else { continue }
            let caseOK = range.allSatisfy { tokens[$0].isAllCaps || tokens[$0].isInitial }
            let aliases = named.filter { !$0.caseSensitive || caseOK }
            guard !aliases.isEmpty else { continue }
            let mention = text.mention(range)
            let partOfName = isInsideLongerName(range, in: tokens)
            for a in pickByDate(aliases, published) {
                // "Michael Jordan", "Chad Smith": an ambiguous name inside a person's name.
                if a.ambiguous && partOfName { continue }
                var ambiguous = a.ambiguous
                if ambiguous {
                    // "Atlanta, Georgia" is never the country; "President of Chad" always is.
                    if CountryContext.namesUSState(range, in: tokens) { continue }
                    if CountryContext.namesState(range, in: tokens) { ambiguous = false }
                }
                hits.append(CountryHit(country: a.country, mention: mention, ambiguous: ambiguous))
            }
        }
    }

    /// The countries of a whole article's hits, ordered by first mention.
    func entities(from hits: [CountryHit]) -> [CountryEntity] {
        // A country named only ambiguously ("Georgia", "Korean") needs a clear mention too.
        let supported = Set(hits.filter { !$0.ambiguous }.map(\.country))
        var order: [Int] = []
        var mentions: [Int: MentionList] = [:]
        for h in hits where supported.contains(h.country) {
            if mentions[h.country] == nil { order.append(h.country) }
            mentions[h.country, default: MentionList()].insert(h.mention)
        }
        let entities = order.map { c -> CountryEntity in
            let ms = mentions[c]!.mentions.sorted { $0.offset < $1.offset }
            return CountryEntity(code: gazetteer.countries[c].code, name: gazetteer.countries[c].name, mentions: ms)
        }
        return entities.sorted { $0.mentions[0].offset < $1.mentions[0].offset }
    }

    /// Keeps the states that existed at the article's date ("Soviet" in 1987 → SUHH, "Russian"
    /// in 2025 → RU); with no date, current states win over historical ones.
    private func pickByDate(_ aliases: [CountryAlias], _ date: PartialDate?) -> [CountryAlias] {
        if aliases.count == 1 { return aliases }
        let countries = gazetteer.countries
        let existing = aliases.filter { countries[$0.country].exists(at: date) }
        if existing.isEmpty { return aliases }
        if date == nil {
            let current = existing.filter { countries[$0.country].kind != "historical" }
            if !current.isEmpty { return current }
        }
        return existing
    }

    /// Names are capitalised: "Turkey" the country, not "turkey" the bird; "china" is porcelain.
    private func isProperNoun(_ range: Range<Int>, in tokens: [TextToken]) -> Bool {
        for j in range where !CountryRecognizer.lowercaseWords.contains(tokens[j]) {
            return tokens[j].isCapitalized || tokens[j].isAllCaps
        }
        return false
    }

    /// Whether a capitalised word that is not a sentence opener sits right next to the phrase.
    private func isInsideLongerName(_ range: Range<Int>, in tokens: [TextToken]) -> Bool {
        func nameLike(_ t: TextToken) -> Bool {
            t.isCapitalized && !t.isAllCaps && !LeaderVocabulary.stopwords.contains(t)
        }
        if range.lowerBound > 0, tokens[range.lowerBound].separator == .space {
            let p = tokens[range.lowerBound - 1]
            if nameLike(p) && !p.isPossessive && gazetteer.countryPhrases.values(forKey: p.key) == nil { return true }
        }
        if range.upperBound < tokens.count, tokens[range.upperBound].separator == .space,
           !tokens[range.upperBound - 1].isPossessive {
            let n = tokens[range.upperBound]
            if nameLike(n) && gazetteer.countryPhrases.values(forKey: n.key) == nil { return true }
        }
        return false
    }

    static let lowercaseWords: KeySet = ["the", "of", "and", "de", "la", "du", "da", "al", "el"]
}

/// A country phrase found by `CountryRecognizer.scan`, before the article-wide checks.
struct CountryHit: Sendable {
    let country: Int
    let mention: Mention
    let ambiguous: Bool
}

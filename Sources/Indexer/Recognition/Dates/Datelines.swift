/// Wire datelines at the start of a body: "SEOUL, Nov 1 (Reuters) -", "TOKYO, April 8 -",
/// "NEW YORK -", "WILMINGTON, Del., March 3 -". The city gives the country.
enum Datelines {
    /// Finds the dateline city at the body start, returning its token range and country index.
    static func find(in text: ArticleText, gazetteer: Gazetteer) -> (tokens: Range<Int>, country: Int)? {
        let tokens = text.tokens
        guard let first = tokens.firstIndex(where: { $0.start >= text.bodyStart }),
              tokens[first].start - text.bodyStart < 16 else { return nil }
        // The city is a short run of capitalised words ("NEW YORK", "ST. LOUIS", "Toronto").
        var end = first
        while end < tokens.count, end - first < 4, tokens[end].isAllCaps || tokens[end].isCapitalized,
              end == first || tokens[end].separator.joinsName {
            end += 1
        }
        guard end > first, end < tokens.count else { return nil }
        let after = tokens[end]
        guard after.separator == .comma || after.separator == .other || after.separator == .sentence else { return nil }
        // Mixed case needs the dateline shape: "Toronto, April 8 -" (a month or a region follows).
        if !tokens[first].isAllCaps {
            guard (first..<end).allSatisfy({ !LeaderVocabulary.stopwords.contains(tokens[$0]) }), after.separator == .comma, months.contains(after.key) || region(at: end, in: tokens) != nil else { return nil }
        }
        let run = first..<end
        // "CITY, State," — a US state or Canadian province after the comma decides.
        if after.separator == .comma, let code = region(at: end, in: tokens),
           let i = gazetteer.countryIndexByCode[code] {
            return (run, i)
        }
        if let m = gazetteer.cityPhrases.longestMatch(in: tokens, at: first, crossComma: false), m.length == run.count {
            return (run, m.values[0])
        }
        if let m = gazetteer.countryPhrases.longestMatch(in: tokens, at: first, crossComma: false), m.length == run.count,
           let alias = m.values.first(where: { $0.kind == .name || $0.kind == .capital }) {
            return (run, alias.country)
        }
        return nil
    }

    /// "Del.", "Calif.", "N.Y.", "Texas", "Ont." at token `i` → country code.
    private static func region(at i: Int, in tokens: [TextToken]) -> String? {
        var key = ""
        for j in i..<min(i + 3, tokens.count) {
            if j > i {
                guard tokens[j].separator.joinsName else { break }
                key += " "
            }
            key += tokens[j].key
            if usStates.contains(key) { return "US" }
            if canadianProvinces.contains(key) { return "CA" }
        }
        return nil
    }

    static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]

    static let usStates: Set<String> = [
        "alabama", "ala", "alaska", "arizona", "ariz", "arkansas", "ark", "california", "calif", "colorado", "colo",
        "connecticut", "conn", "delaware", "del", "florida", "fla", "georgia", "ga", "hawaii", "idaho", "illinois",
        "ill", "indiana", "ind", "iowa", "kansas", "kan", "kansas", "kentucky", "ky", "louisiana", "la", "maine",
        "maryland", "md", "massachusetts", "mass", "michigan", "mich", "minnesota", "minn", "mississippi", "miss",
        "missouri", "mo", "montana", "mont", "nebraska", "neb", "nevada", "nev", "new hampshire", "n h", "new jersey",
        "n j", "new mexico", "n m", "new york", "n y", "north carolina", "n c", "north dakota", "n d", "ohio",
        "oklahoma", "okla", "oregon", "ore", "pennsylvania", "pa", "penn", "rhode island", "r i", "south carolina",
        "s c", "south dakota", "s d", "tennessee", "tenn", "texas", "tex", "utah", "vermont", "vt", "virginia", "va",
        "washington", "wash", "west virginia", "w va", "wisconsin", "wis", "wyoming", "wyo", "d c",
        // Postal codes, only ever looked at right after a dateline city.
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "hi", "id", "il", "in", "ia", "ks", "me", "mi",
        "mn", "ms", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "ri", "sc", "sd",
        "tn", "tx", "ut", "wa", "wv", "wi", "wy", "dc",
    ]
    static let canadianProvinces: Set<String> = [
        "ontario", "ont", "quebec", "que", "alberta", "alta", "british columbia", "b c", "manitoba", "man",
        "nova scotia", "n s", "saskatchewan", "sask", "new brunswick", "n b", "newfoundland",
    ]
}

/// The words around an ambiguous country name ("Georgia", "Chad", "Jordan") that settle
/// whether it names the state: "President of Chad", "the Georgian government" do; "Atlanta,
/// Georgia", "Georgia's Senate race", "Governor Kemp of Georgia" name the US state.
enum CountryContext {
    /// Whether the words around `range` say it is the sovereign state.
    static func namesState(_ range: Range<Int>, in tokens: [TextToken]) -> Bool {
        // "President … of Chad", "the Prime Minister of Georgia": a state's office within a few words before "of".
        if let of = wordBefore(range.lowerBound, in: tokens), tokens[of].key == "of",
           let office = officeBefore(of, in: tokens) {
            return office == .state
        }
        // "Georgian government", "Georgia's president", "Chad's army".
        if range.upperBound < tokens.count, tokens[range.upperBound].separator.joinsName {
            return stateFollowers.contains(tokens[range.upperBound])
        }
        return false
    }

    /// Whether `range` ("Georgia") reads as the US state: after "City,", with a governor or a
    /// senator, or before words only a state has.
    static func namesUSState(_ range: Range<Int>, in tokens: [TextToken]) -> Bool {
        guard usStateNames.contains(tokens[range.lowerBound]) else { return false }
        let i = range.lowerBound
        if i > 0, tokens[i].separator == .comma, tokens[i - 1].isCapitalized || tokens[i - 1].isAllCaps { return true }
        if let office = officeBefore(i, in: tokens) { return office == .usState }
        if range.upperBound < tokens.count, tokens[range.upperBound].separator.joinsName {
            return usStateFollowers.contains(tokens[range.upperBound])
        }
        return false
    }

    private enum Office { case state, usState }

    /// The nearest office among the (at most five) joined words before token `i`: "President …
    /// of" a state, "Governor …" of a US state; nil when neither comes first. The two office lists
    /// share no word, so which is tested first does not matter.
    private static func officeBefore(_ i: Int, in tokens: [TextToken]) -> Office? {
        var k = i - 1, steps = 0
        while k >= 0, steps < 5 {
            if stateOffices.contains(tokens[k]) { return .state }
            if usOffices.contains(tokens[k]) { return .usState }
            guard tokens[k + 1].separator.joinsName else { break }
            k -= 1
            steps += 1
        }
        return nil
    }

    private static func wordBefore(_ i: Int, in tokens: [TextToken]) -> Int? {
        guard i > 0, tokens[i].separator.joinsName else { return nil }
        return i - 1
    }

    /// Country names that are also US states.
    static let usStateNames: KeySet = ["georgia", "georgian", "georgians"]

    /// Offices and bodies only a sovereign state has.
    static let stateOffices: KeySet = [
        "president", "presidents", "minister", "ministers", "premier", "king", "queen", "emir", "sultan", "monarch",
        "government", "republic", "embassy", "ambassador", "ambassadors", "parliament", "junta", "ruler", "leader",
        "leaders", "army", "military", "sovereignty", "territory", "independence", "invasion", "capital",
        "chancellor", "envoy", "envoys",
    ]

    /// Words after the name that make it the state ("Georgian government", "Chad's army").
    static let stateFollowers: KeySet = [
        "government", "president", "prime", "parliament", "authorities", "officials", "troops", "army", "military",
        "forces", "foreign", "opposition", "border", "embassy", "ambassador", "leader", "leaders", "ministry",
        "minister", "premier", "soldiers", "lari", "sovereignty", "independence", "breakaway", "dream", "junta",
        "regime", "interior", "defence", "defense", "envoy", "capital", "constitution", "orthodox",
    ]

    /// US offices and bodies: "Governor … of Georgia", "Sen. X of Georgia".
    static let usOffices: KeySet = [
        "governor", "gov", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "mayor",
        "attorney", "sheriff", "lieutenant", "county", "university", "state",
    ]

    /// Words after "Georgia" that only the US state takes.
    static let usStateFollowers: KeySet = [
        "governor", "gov", "senate", "senator", "senators", "democrats", "democrat", "republicans", "republican",
        "voters", "legislature", "house", "state", "county", "counties", "runoff", "primary", "election",
        "elections", "bulldogs", "tech", "peach", "peaches", "power", "secretary", "supreme", "delegation",
        "general", "department", "residents", "coast", "athletics", "football",
    ]
}

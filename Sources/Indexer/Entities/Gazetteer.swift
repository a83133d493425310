import Foundation

/// Countries and world leaders, loaded once from the bundled `countries.tsv` and
/// `leaders.tsv`, with the phrase indexes the recognisers scan with.
///
///     Gazetteer.shared.resolveCountry("South Korean").map(\.code) == ["KR"]
public final class Gazetteer: Sendable {
    /// Loaded once from the bundled resource files.
    public static let shared: Gazetteer = Gazetteer.loadBundled()

    public let countries: [Country]
    public let leaders: [Leader]
    let countryIndexByCode: [String: Int]
    let leaderIndexById: [String: Int]
    /// Names, adjectives, capitals and blockers ("East China Sea") → countries.
    let countryPhrases: PhraseIndex<CountryAlias>
    /// Dateline cities ("NEW YORK", "FRANKFURT") → countries.
    let cityPhrases: PhraseIndex<Int>
    /// Full names, short names and title-only names → leaders.
    let leaderPhrases: PhraseIndex<LeaderName>
    /// Per leader, the folded short, family and title-name keys an introduction makes usable.
    let leaderShortKeys: [[String]]

    init(countries: [Country], leaders: [Leader]) {
        self.countries = countries
        self.leaders = leaders
        var byCode: [String: Int] = [:]
        for (i, c) in countries.enumerated() { byCode[c.code] = i }
        countryIndexByCode = byCode
        var byId: [String: Int] = [:]
        for (i, l) in leaders.enumerated() { byId[l.id] = i }
        leaderIndexById = byId
        countryPhrases = Gazetteer.buildCountryPhrases(countries)
        cityPhrases = Gazetteer.buildCityPhrases(countries)
        leaderPhrases = Gazetteer.buildLeaderPhrases(leaders)
        leaderShortKeys = leaders.map { l in
            (l.shortNames + [l.familyName] + l.titleNames).filter { !$0.isEmpty }
                .map { Tokenizer.tokenize($0).map(\.key).joined(separator: " ") }
        }
    }

    public func country(code: String) -> Country? {
        countryIndexByCode[code.uppercased()].map { countries[$0] }
    }

    public func leader(id: String) -> Leader? {
        leaderIndexById[id.lowercased()].map { leaders[$0] }
    }
}

/// What a country phrase is, which decides how much evidence it gives.
struct CountryAlias: Sendable {
    enum Kind: Sendable { case name, adjective, capital, blocker }
    /// Index into `Gazetteer.countries`; -1 for a blocker.
    let country: Int
    let kind: Kind
    /// All-caps abbreviations ("US", "EC") match only all-caps text.
    let caseSensitive: Bool
    /// Needs another mention of the same country to count ("Georgia", "Jordan", "Korean").
    let ambiguous: Bool
}

/// How a leader phrase names a person.
struct LeaderName: Sendable {
    enum Kind: Sendable {
        /// A full name or alias: introduces the person on its own.
        case full
        /// A short form distinctive enough to stand alone ("Reagan", "Lula").
        case short
        /// A family name that needs a title or an earlier introduction ("Lee", "May").
        case family
        /// A given or regnal name used only after a title ("King Charles", "Emir Tamim").
        case title
    }
    let leader: Int
    let kind: Kind
}

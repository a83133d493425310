import Foundation
#if os(Linux)
import Synchronization
#endif

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
    /// Built on first use: only `tag` and `index` scan with them, and building them is
    /// most of the load time a one-shot `search query` would otherwise pay.
    private let phraseCell = OnceCell<GazetteerPhrases>()

    init(countries: [Country], leaders: [Leader]) {
        self.countries = countries
        self.leaders = leaders
        var byCode: [String: Int] = [:]
        for (i, c) in countries.enumerated() { byCode[c.code] = i }
        countryIndexByCode = byCode
        var byId: [String: Int] = [:]
        for (i, l) in leaders.enumerated() { byId[l.id] = i }
        leaderIndexById = byId
    }

    var phrases: GazetteerPhrases {
        phraseCell.get { GazetteerPhrases(countries: countries, leaders: leaders) }
    }

    /// Names, adjectives, capitals and blockers ("East China Sea") → countries.
    var countryPhrases: PhraseIndex<CountryAlias> { phrases.country }
    /// Dateline cities ("NEW YORK", "FRANKFURT") → countries.
    var cityPhrases: PhraseIndex<Int> { phrases.city }
    /// Full names, short names and title-only names → leaders.
    var leaderPhrases: PhraseIndex<LeaderName> { phrases.leader }
    /// Per leader, the folded short, family and title-name keys an introduction makes usable.
    var leaderShortKeys: [[String]] { phrases.leaderShortKeys }

    public func country(code: String) -> Country? {
        countryIndexByCode[code.uppercased()].map { countries[$0] }
    }

    public func leader(id: String) -> Leader? {
        leaderIndexById[id.lowercased()].map { leaders[$0] }
    }
}

/// The phrase indexes the recognisers scan with, built together from one gazetteer.
final class GazetteerPhrases: Sendable {
    let country: PhraseIndex<CountryAlias>
    let city: PhraseIndex<Int>
    let leader: PhraseIndex<LeaderName>
    let leaderShortKeys: [[String]]

    init(countries: [Country], leaders: [Leader]) {
        country = Gazetteer.buildCountryPhrases(countries)
        city = Gazetteer.buildCityPhrases(countries)
        leader = Gazetteer.buildLeaderPhrases(leaders)
        leaderShortKeys = leaders.map { l in
            (l.shortNames + [l.familyName] + l.titleNames).filter { !$0.isEmpty }
                .map { Tokenizer.tokenize($0).map(\.key).joined(separator: " ") }
        }
    }
}

/// A value built once, on first use, and then shared by every thread. Reads after the
/// first are a single atomic load where Synchronization is available (Linux), because
/// the recognisers go through it for every token they scan.
final class OnceCell<Value: AnyObject & Sendable>: Sendable {
    /// Held only while building, so concurrent first users build once, not once each.
    private let building = NSLock()
    #if os(Linux)
    private let ref = AtomicLazyReference<Value>()

    func get(_ make: () -> Value) -> Value {
        if let value = ref.load() { return value }
        building.lock()
        defer { building.unlock() }
        return ref.load() ?? ref.storeIfNil(make())
    }
    #else
    // Synchronization's atomics need macOS 15; the package still supports 13.
    nonisolated(unsafe) private var value: Value?

    func get(_ make: () -> Value) -> Value {
        building.lock()
        defer { building.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
    #endif
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

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
    private let phraseCell: OnceCell<GazetteerPhrases>

    init(countries: [Country], leaders: [Leader]) {
        self.countries = countries
        self.leaders = leaders
        var byCode: [String: Int] = [:]
        for (i, c) in countries.enumerated() { byCode[c.code] = i }
        countryIndexByCode = byCode
        var byId: [String: Int] = [:]
        for (i, l) in leaders.enumerated() { byId[l.id] = i }
        leaderIndexById = byId
        phraseCell = OnceCell(placeholder: GazetteerPhrases()) {
            GazetteerPhrases(countries: countries, leaders: leaders)
        }
    }

    /// The recognisers read these for every token, so they borrow the built indexes in
    /// place (`_read`): no copy, no retain, and no lock once built.
    var phrases: GazetteerPhrases {
        _read { yield phraseCell.value }
    }

    /// Names, adjectives, capitals and blockers ("East China Sea") → countries.
    var countryPhrases: PhraseIndex<CountryAlias> { _read { yield phrases.country } }
    /// Dateline cities ("NEW YORK", "FRANKFURT") → countries.
    var cityPhrases: PhraseIndex<Int> { _read { yield phrases.city } }
    /// Full names, short names and title-only names → leaders.
    var leaderPhrases: PhraseIndex<LeaderName> { _read { yield phrases.leader } }
    /// Per leader, the folded short, family and title-name keys an introduction makes usable.
    var leaderShortKeys: [[String]] { _read { yield phrases.leaderShortKeys } }

    public func country(code: String) -> Country? {
        countryIndexByCode[code.uppercased()].map { countries[$0] }
    }

    public func leader(id: String) -> Leader? {
        leaderIndexById[id.lowercased()].map { leaders[$0] }
    }
}

/// The phrase indexes the recognisers scan with, built together from one gazetteer.
struct GazetteerPhrases: Sendable {
    let country: PhraseIndex<CountryAlias>
    let city: PhraseIndex<Int>
    let leader: PhraseIndex<LeaderName>
    let leaderShortKeys: [[String]]

    /// Empty indexes: the placeholder until the real ones are built (empty dictionaries don't allocate).
    init() {
        country = PhraseIndex()
        city = PhraseIndex()
        leader = PhraseIndex()
        leaderShortKeys = []
    }

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

/// A value built once, on first use, then read in place by every thread. Once built,
/// a read is one acquiring load of a flag (where Synchronization is available): the
/// recognisers read the phrase indexes for every token they scan.
struct OnceCell<Value: Sendable>: ~Copyable, Sendable {
    private let make: @Sendable () -> Value
    /// Held only while building, so concurrent first users build once, not once each.
    private let building = NSLock()
    /// Starts as a cheap placeholder, is written once under `building` before `ready` is
    /// published, and is read only after that. A pointer, so a read borrows the value
    /// without an exclusivity check or a retain.
    nonisolated(unsafe) private let storage = UnsafeMutablePointer<(built: Bool, value: Value)>.allocate(capacity: 1)
    #if os(Linux)
    private let ready = Atomic<Bool>(false)
    #endif

    init(placeholder: Value, _ make: @escaping @Sendable () -> Value) {
        self.make = make
        storage.initialize(to: (false, placeholder))
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    var value: Value {
        _read {
            #if os(Linux)
            if !ready.load(ordering: .acquiring) { build() }
            #else
            // Synchronization's atomics need macOS 15 and the package supports 13: lock each
            // read. Unlock before yielding, as the value never changes once built and a
            // caller may read another index while borrowing this one.
            building.lock()
            if !storage.pointee.built { storage.pointee = (true, make()) }
            building.unlock()
            #endif
            yield storage.pointee.value
        }
    }

    #if os(Linux)
    private func build() {
        building.lock()
        defer { building.unlock() }
        guard !storage.pointee.built else { return }
        storage.pointee = (true, make())
        ready.store(true, ordering: .releasing)
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

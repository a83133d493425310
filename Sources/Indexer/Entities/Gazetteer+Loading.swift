import Foundation

extension Gazetteer {
    /// Parses the two TSV files (comment lines start with `#`, then a header row).
    convenience init(countriesTSV: String, leadersTSV: String) {
        let countries = Gazetteer.rows(countriesTSV).compactMap(Gazetteer.country(from:))
        self.init(countries: countries, leaders: Gazetteer.leaders(from: Gazetteer.rows(leadersTSV)))
    }

    /// URL of a bundled resource file (`countries`, `leaders`).
    static func bundledURL(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
    }

    static func loadBundled() -> Gazetteer {
        func read(_ name: String) -> String {
            guard let url = bundledURL(name),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { return "" }
            return text
        }
        return Gazetteer(countriesTSV: read("countries"), leadersTSV: read("leaders"))
    }

    /// Rows as column-name → value dictionaries.
    static func rows(_ text: String) -> [[String: String]] {
        var header: [String]?
        var out: [[String: String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let h = header else { header = cells; continue }
            var row: [String: String] = [:]
            for (i, name) in h.enumerated() { row[name] = i < cells.count ? cells[i] : "" }
            out.append(row)
        }
        return out
    }

    static func list(_ cell: String?) -> [String] {
        (cell ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func country(from r: [String: String]) -> Country? {
        guard let code = r["code"], !code.isEmpty else { return nil }
        let nonEmpty = { (s: String?) -> String? in (s ?? "").isEmpty ? nil : s }
        return Country(code: code, alpha3: r["alpha3"] ?? "", name: r["name"] ?? code, kind: r["kind"] ?? "current",
                       names: list(r["names"]), adjectives: list(r["adjectives"]), capitals: list(r["capitals"]),
                       cities: list(r["cities"]), validFrom: nonEmpty(r["valid_from"]), validTo: nonEmpty(r["valid_to"]),
                       source: r["source"] ?? "", ambiguous: list(r["ambiguous"]), notNames: list(r["not_names"]))
    }

    /// Groups one-row-per-term into one `Leader` per id, terms in date order.
    static func leaders(from rows: [[String: String]]) -> [Leader] {
        var order: [String] = []
        var grouped: [String: [[String: String]]] = [:]
        for r in rows {
            guard let id = r["id"], !id.isEmpty, let start = r["start"], !start.isEmpty else { continue }
            if grouped[id] == nil { order.append(id) }
            grouped[id, default: []].append(r)
        }
        return order.map { id in
            let rs = grouped[id]!.sorted { ($0["start"] ?? "") < ($1["start"] ?? "") }
            let first = rs[0]
            let terms = rs.map { r in
                LeaderTerm(role: r["role"] ?? "", titles: list(r["titles"]), start: r["start"] ?? "",
                           end: (r["end"] ?? "").isEmpty ? nil : r["end"], source: r["source"] ?? "")
            }
            var aliases: [String] = []
            var shorts: [String] = []
            var titles: [String] = []
            for r in rs {
                aliases += list(r["aliases"]).filter { !aliases.contains($0) }
                shorts += list(r["short_names"]).filter { !shorts.contains($0) }
                titles += list(r["title_names"]).filter { !titles.contains($0) }
            }
            return Leader(id: id, name: first["name"] ?? id, country: first["country"] ?? "",
                          role: terms.last?.role ?? "", terms: terms, familyName: first["family_name"] ?? "",
                          shortNames: shorts, titleNames: titles, aliases: aliases)
        }
    }

    // MARK: - Indexes

    static func buildCountryPhrases(_ countries: [Country]) -> PhraseIndex<CountryAlias> {
        var index = PhraseIndex<CountryAlias>()
        for (i, c) in countries.enumerated() {
            let ambiguous = Set(c.ambiguous.map(NameFolding.fold))
            var seen = Set<String>()
            func add(_ phrase: String, _ kind: CountryAlias.Kind) {
                let folded = NameFolding.fold(phrase)
                guard seen.insert(folded).inserted else { return }
                let letters = phrase.unicodeScalars.filter { $0.properties.isAlphabetic }
                let caseSensitive = letters.count >= 2 && letters.count <= 4 && !phrase.contains(".")
                    && letters.allSatisfy { $0.properties.isUppercase }
                index.add(phrase, CountryAlias(country: i, kind: kind, caseSensitive: caseSensitive,
                                               ambiguous: ambiguous.contains(folded)))
            }
            for n in c.names { add(n, .name) }
            for a in c.adjectives {
                add(a, .adjective)
                // Plural demonyms: "Canadian" → "Canadians".
                if a.hasSuffix("n") { add(a + "s", .adjective) }
            }
            for cap in c.capitals { add(cap, .capital) }
            for a in c.ambiguous { add(a, .name) }
            for b in c.notNames { index.add(b, CountryAlias(country: -1, kind: .blocker, caseSensitive: false, ambiguous: false)) }
        }
        return index
    }

    static func buildCityPhrases(_ countries: [Country]) -> PhraseIndex<Int> {
        var index = PhraseIndex<Int>()
        for (i, c) in countries.enumerated() {
            // "BIRMINGHAM, Ala." style entries name the city before the comma.
            for city in c.cities { index.add(String(city.split(separator: ",")[0]), i) }
            for cap in c.capitals { index.add(cap, i) }
        }
        return index
    }

    static func buildLeaderPhrases(_ leaders: [Leader]) -> PhraseIndex<LeaderName> {
        var index = PhraseIndex<LeaderName>()
        for (i, l) in leaders.enumerated() {
            var seen = Set<String>()
            func add(_ phrase: String, _ kind: LeaderName.Kind) {
                let keys = Tokenizer.tokenize(phrase).map(\.key)
                let key = keys.joined(separator: " ")
                guard !keys.isEmpty, seen.insert(key).inserted else { return }
                index.add(keys: keys, LeaderName(leader: i, kind: kind))
            }
            add(l.name, .full)
            for a in l.aliases { add(a, .full) }
            for s in l.shortNames { add(s, .short) }
            if !l.familyName.isEmpty { add(l.familyName, .family) }
            for t in l.titleNames { add(t, .title) }
        }
        return index
    }
}

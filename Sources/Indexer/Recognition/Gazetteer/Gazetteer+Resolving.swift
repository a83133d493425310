import Foundation

extension Gazetteer {
    /// Resolves a user's country filter ("South Korea", "KR", "korean", "kr") to countries;
    /// several when ambiguous ("Korea" → KR, KP). Dateline cities are not used.
    public func resolveCountry(_ text: String) -> [Country] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        if let c = country(code: trimmed) { return [c] }
        let key = Tokenizer.tokenize(trimmed).map(\.key).joined(separator: " ")
        if let alpha3 = countries.first(where: { $0.alpha3.caseInsensitiveCompare(trimmed) == .orderedSame }) {
            return [alpha3]
        }
        var found: [Int] = []
        for a in countryPhrases.values(forKey: key) ?? [] where a.country >= 0 && !found.contains(a.country) {
            found.append(a.country)
        }
        // Unambiguous readings first ("Korean" → KR and KP stay together; "Brussels" → BE, EU).
        return found.map { countries[$0] }
    }

    /// Resolves a user's leader filter ("xi", "Lee Jae Myung", "kr-lee-jae-myung") to
    /// candidates, best first: current holders, then the most recent terms.
    public func resolveLeader(_ text: String) -> [Leader] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        if let l = leader(id: trimmed) { return [l] }
        let key = Tokenizer.tokenize(trimmed).map(\.key).joined(separator: " ")
        let names = leaderPhrases.values(forKey: key) ?? []
        // A full name first, then a name that stands alone ("Merz" is Friedrich Merz; the
        // Swiss Hans-Rudolf Merz needs his full name; "obama" is Barack Obama), then any family or title name.
        let full = names.filter { $0.kind == .full }, short = names.filter { $0.kind == .short }
        let chosen = !full.isEmpty ? full : (!short.isEmpty ? short : names)
        var seen = Set<Int>()
        let people = chosen.map(\.leader).filter { seen.insert($0).inserted }.map { leaders[$0] }
        return people.sorted { a, b in
            let ac = a.terms.last?.end == nil, bc = b.terms.last?.end == nil
            if ac != bc { return ac }
            return (a.terms.last?.start ?? "") > (b.terms.last?.start ?? "")
        }
    }

    /// Closest country names to `text`, for "did you mean" messages.
    public func suggestCountries(_ text: String, limit: Int) -> [Country] {
        Self.nearest(text, in: countries, limit: limit) { [$0.name, $0.code] + $0.names + $0.adjectives }
    }

    /// Closest leader names to `text`, for "did you mean" messages.
    public func suggestLeaders(_ text: String, limit: Int) -> [Leader] {
        Self.nearest(text, in: leaders, limit: limit) { [$0.name, $0.familyName] + $0.aliases + $0.shortNames }
    }

    /// The `limit` items with a name closest to `text` by edit distance (folded), closest first.
    private static func nearest<Item>(_ text: String, in items: [Item], limit: Int, names: (Item) -> [String]) -> [Item] {
        let key = NameFolding.fold(text)
        let scored = items.map { item -> (Int, Item) in
            (names(item).map { EditDistance.between(key, NameFolding.fold($0)) }.min() ?? Int.max, item)
        }
        return Array(scored.sorted { $0.0 < $1.0 }.prefix(max(0, limit)).map(\.1))
    }
}

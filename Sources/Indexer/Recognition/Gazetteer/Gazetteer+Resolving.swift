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
        let full = names.filter { $0.kind == .full }
        let chosen = full.isEmpty ? names : full
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
        let key = NameFolding.fold(text)
        let scored = countries.map { c -> (Int, Country) in
            let names = [c.name, c.code] + c.names + c.adjectives
            return (names.map { EditDistance.between(key, NameFolding.fold($0)) }.min() ?? Int.max, c)
        }
        return Array(scored.sorted { $0.0 < $1.0 }.prefix(max(0, limit)).map(\.1))
    }

    /// Closest leader names to `text`, for "did you mean" messages.
    public func suggestLeaders(_ text: String, limit: Int) -> [Leader] {
        let key = NameFolding.fold(text)
        let scored = leaders.map { l -> (Int, Leader) in
            let names = [l.name, l.familyName] + l.aliases + l.shortNames
            return (names.map { EditDistance.between(key, NameFolding.fold($0)) }.min() ?? Int.max, l)
        }
        return Array(scored.sorted { $0.0 < $1.0 }.prefix(max(0, limit)).map(\.1))
    }
}

/// Levenshtein distance over characters, for suggestions.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = prev
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}

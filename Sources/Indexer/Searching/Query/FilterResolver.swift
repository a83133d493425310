/// Resolves filter values written by users to the codes and ids the index holds,
/// through the same gazetteer the tagger uses. Unknown or ambiguous values are errors
/// that list the closest matches.
struct FilterResolver {
    let gazetteer: Gazetteer

    func countryCodes(_ value: String) throws(SearchError) -> [String] {
        let found = gazetteer.resolveCountry(value)
        if found.count == 1 { return [found[0].code] }
        if found.isEmpty {
            throw .unknownCountry(value, suggestions: gazetteer.suggestCountries(value, limit: 5).map { "\($0.name) (\($0.code))" })
        }
        throw .ambiguousCountry(value, candidates: found.map { "\($0.name) (\($0.code))" })
    }

    func leaderIDs(_ value: String) throws(SearchError) -> [String] {
        let found = gazetteer.resolveLeader(value)
        if found.count == 1 { return [found[0].id] }
        if found.isEmpty {
            throw .unknownLeader(value, suggestions: gazetteer.suggestLeaders(value, limit: 5).map { "\($0.name) (\($0.id))" })
        }
        throw .ambiguousLeader(value, candidates: found.prefix(8).map { "\($0.name) (\($0.id))" })
    }
}

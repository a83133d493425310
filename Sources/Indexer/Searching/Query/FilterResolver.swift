/// Resolves filter values written by users to the codes and ids the index holds,
/// through the same gazetteer the tagger uses. Unknown or ambiguous values are errors
/// that list the closest matches.
struct FilterResolver {
    let gazetteer: Gazetteer

    func countryCodes(_ value: String) throws(SearchError) -> [String] {
        let found = gazetteer.resolveCountry(value)
        if found.count == 1 { return [found[0].code] }
        if found.isEmpty {
            let near = gazetteer.suggestCountries(value, limit: 5).map { "\($0.name) (\($0.code))" }
            throw .badValue("unknown country '\(value)'" + (near.isEmpty ? "; use an ISO code such as KR" : "; did you mean: " + near.joined(separator: ", ")))
        }
        let options = found.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
        throw .badValue("ambiguous country '\(value)': could be \(options); give the code")
    }

    func leaderIDs(_ value: String) throws(SearchError) -> [String] {
        let found = gazetteer.resolveLeader(value)
        if found.count == 1 { return [found[0].id] }
        if found.isEmpty {
            let near = gazetteer.suggestLeaders(value, limit: 5).map { "\($0.name) (\($0.id))" }
            throw .badValue("unknown leader '\(value)'" + (near.isEmpty ? "" : "; did you mean: " + near.joined(separator: ", ")))
        }
        let options = found.prefix(8).map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
        throw .badValue("ambiguous leader '\(value)': could be \(options); give the full name or id")
    }
}

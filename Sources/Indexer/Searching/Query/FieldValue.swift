import Foundation

/// Reads a field value that holds spaces. A shell strips the quotes from `country:"South Korea"`,
/// and a query typed as one argument (`'country:CN tariffs'`) runs the value into the words after
/// it; so the longest leading run of words that names a known value is the value, and the rest
/// are query words. Only when no leading run names anything is it an error, which says to quote.
///
///     FieldValue.split("country", "South Korea trade", …) == ("South Korea", "trade")
enum FieldValue {
    static func split(_ name: String, _ value: String, gazetteer: () -> Gazetteer, today: Date) throws(SearchError) -> (value: String, rest: String) {
        let words = value.split(separator: " ")
        guard words.count > 1 else { return (value, "") }
        for n in stride(from: words.count, to: 0, by: -1) {
            let head = words[..<n].joined(separator: " ")
            if names(name, head, gazetteer: gazetteer, today: today) {
                return (head, words[n...].joined(separator: " "))
            }
        }
        let resolver = FilterResolver(gazetteer: gazetteer())
        let problem: SearchError
        do {
            switch name {
            case "country": _ = try resolver.countryCodes(value)
            case "leader": _ = try resolver.leaderIDs(value)
            default: _ = try DateExpression.parseRange(value, today: today)
            }
            return (value, "")
        } catch {
            problem = error
        }
        throw .unknownFieldValue(field: name, problem: problem)
    }

    private static func names(_ name: String, _ text: String, gazetteer: () -> Gazetteer, today: Date) -> Bool {
        switch name {
        case "country": return !gazetteer().resolveCountry(text).isEmpty
        case "leader": return !gazetteer().resolveLeader(text).isEmpty
        default: return (try? DateExpression.parseRange(text, today: today)) != nil
        }
    }
}

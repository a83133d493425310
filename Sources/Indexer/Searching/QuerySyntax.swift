/// Splits the entity fields out of a query string, so their values can be resolved
/// through the gazetteer (`country:korean`, `leader:"Lee Jae Myung"`) before Xapian sees the rest.
///
///     QuerySyntax.split("trade country:KR date:2025-10..2025-11").text == "trade"
enum QuerySyntax {
    static let fields: Set<String> = ["country", "leader", "date", "mentioned"]

    struct Parts {
        var text: String
        var fields: [(name: String, value: String)]
    }

    static func split(_ query: String) -> Parts {
        var rest = ""
        var found: [(String, String)] = []
        let scalars = Array(query.unicodeScalars)
        var i = 0
        var atWordStart = true
        while i < scalars.count {
            if atWordStart, let (name, value, next) = field(at: i, in: scalars) {
                found.append((name, value))
                i = next
                continue
            }
            let c = scalars[i]
            rest.unicodeScalars.append(c)
            atWordStart = c == " " || c == "(" || c == "\t" || c == "+" || c == "-"
            i += 1
        }
        let text = rest.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return Parts(text: text, fields: found)
    }

    /// `name:value` or `name:"quoted value"` starting at `i`.
    private static func field(at i: Int, in s: [Unicode.Scalar]) -> (String, String, Int)? {
        var j = i
        var name = ""
        while j < s.count, s[j].properties.isAlphabetic { name.unicodeScalars.append(s[j]); j += 1 }
        guard j < s.count, s[j] == ":", fields.contains(name.lowercased()) else { return nil }
        j += 1
        var value = ""
        if j < s.count, s[j] == "\"" {
            j += 1
            while j < s.count, s[j] != "\"" { value.unicodeScalars.append(s[j]); j += 1 }
            if j < s.count { j += 1 }
        } else {
            while j < s.count, s[j] != " ", s[j] != ")" { value.unicodeScalars.append(s[j]); j += 1 }
        }
        guard !value.isEmpty else { return nil }
        return (name.lowercased(), value, j)
    }
}

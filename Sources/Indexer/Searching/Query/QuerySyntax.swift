/// Splits the entity fields out of a query string, so their values can be resolved
/// through the gazetteer (`country:korean`, `leader:"Lee Jae Myung"`) before Xapian sees the rest.
///
///     QuerySyntax.split("trade country:KR date:2025-10..2025-11").text == "trade"
enum QuerySyntax {
    static let fields: Set<String> = ["country", "leader", "date", "mentioned"]

    struct Parts {
        var text: String
        /// Fields that must match: OR-ed within a name unless an explicit AND joins them to an
        /// earlier value of the same name (`and`), AND-ed across names and with the text.
        var fields: [(name: String, value: String, and: Bool)]
        /// Fields written `-name:value` or `NOT name:value`: matching articles are left out.
        var excluded: [(name: String, value: String)] = []
    }

    /// A word of the query: free text for Xapian, or a field taken out of it.
    private enum Word {
        case text(String)
        case field(name: String, value: String, negated: Bool, and: Bool = false)

        var isField: Bool { if case .field = self { return true } else { return false } }
        var fieldName: String? { if case .field(let n, _, false, _) = self { return n } else { return nil } }
        var text: String? { if case .text(let t) = self { return t } else { return nil } }
    }

    /// Fields are filters, so they combine with the words by AND. Operators around a field are
    /// read that way: `AND country:KR` is kept as a filter, `NOT country:KR` and `-country:KR`
    /// exclude, `country:KR OR country:JP` ORs two values of one field, and `country:KR AND
    /// country:JP` asks for both. An OR between a field and words cannot be a filter, and is an
    /// error rather than a silently different query.
    static func split(_ query: String) throws(SearchError) -> Parts {
        let words = scan(query)
        var out: [Word] = []
        /// An AND read right after a field, dropped, and owed to the next field.
        var pendingAnd = false
        for (i, word) in words.enumerated() {
            switch word {
            case .field(let name, let value, var negated, _):
                var and = pendingAnd
                pendingAnd = false
                if out.last?.text == "NOT" { out.removeLast(); negated = true }
                if out.last?.text == "AND" { out.removeLast(); and = true }
                // An explicit AND joins this value to an earlier value of the same field.
                and = and && !negated && out.contains { $0.fieldName == name }
                if out.last?.text == "OR" {
                    guard !negated, out.count >= 2, out[out.count - 2].fieldName == name else {
                        throw orError(name, value)
                    }
                    out.removeLast()
                }
                out.append(.field(name: name, value: value, negated: negated, and: and))
            case .text(let t):
                if let last = out.last, last.isField, isOperator(t) {
                    if t == "AND" { pendingAnd = true; continue }
                    let next = i + 1 < words.count ? words[i + 1] : nil
                    // `country:KR OR country:JP`: the OR is dropped when the next field is read.
                    if t == "OR", case .field(let n, _, false, _)? = next, n == last.fieldName { out.append(word); continue }
                    if t != "NOT", case .field(let name, let value, _, _) = last { throw orError(name, value) }
                }
                pendingAnd = false
                out.append(word)
            }
        }
        var parts = Parts(text: "", fields: [])
        var text: [String] = []
        for w in out {
            switch w {
            case .text(let t):
                // A group left empty by taking its fields out: `(country:KR OR country:JP)`.
                if t == ")", text.last == "(" { text.removeLast() } else { text.append(t) }
            case .field(let name, let value, let negated, let and):
                if negated { parts.excluded.append((name, value)) } else { parts.fields.append((name, value, and)) }
            }
        }
        parts.text = text.joined(separator: " ")
        return parts
    }

    /// Joins words given one by one (shell arguments, URL parameters) into one query. A shell
    /// strips the quotes from `country:"South Korea"`, so a field word holding a space gets them
    /// back, unless the rest reads as query syntax (`'country:US OR trade'`: an operator or a
    /// parenthesis), which names no country.
    static func joining(_ words: [String]) -> String {
        words.map { w in
            if w.contains(" "), !w.contains("\""), w.filter({ $0 == ":" }).count == 1,
               let colon = w.firstIndex(of: ":"), fields.contains(w[..<colon].lowercased()),
               !looksLikeSyntax(w[w.index(after: colon)...]) {
                return "\(w[...colon])\"\(w[w.index(after: colon)...])\""
            }
            return w
        }.joined(separator: " ")
    }

    private static func looksLikeSyntax(_ value: Substring) -> Bool {
        value.contains("(") || value.contains(")") || value.split(separator: " ").contains { isOperator(String($0)) }
    }

    private static func isOperator(_ t: String) -> Bool {
        ["AND", "OR", "XOR", "NOT"].contains(t) || t.hasPrefix("NEAR") || t.hasPrefix("ADJ")
    }

    private static func orError(_ name: String, _ value: String) -> SearchError {
        .fieldInDisjunction(field: name, value: value)
    }

    /// Words separated by spaces, with each field taken out as a word of its own. A `-` or `+`
    /// written against a field (`-country:KR`) is read with it.
    private static func scan(_ query: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(.text(current)) }
            current = ""
        }
        let scalars = Array(query.unicodeScalars)
        var i = 0
        var atWordStart = true
        while i < scalars.count {
            if atWordStart, let (name, value, next) = field(at: i, in: scalars) {
                var negated = false
                if current.hasSuffix("-") { negated = true; current.removeLast() }
                else if current.hasSuffix("+") { current.removeLast() }
                flush()
                words.append(.field(name: name, value: value, negated: negated))
                i = next
                continue
            }
            let c = scalars[i]
            if c == " " || c == "\t" {
                flush()
            } else if c == ")" && (words.last?.isField ?? false) && current.isEmpty {
                words.append(.text(")"))
            } else {
                current.unicodeScalars.append(c)
            }
            atWordStart = c == " " || c == "(" || c == "\t" || c == "+" || c == "-"
            i += 1
        }
        flush()
        return words
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

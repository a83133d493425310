/// A dictionary from folded token n-grams ("south korean") to values, with every key
/// prefix stored so a scan can stop as soon as no longer phrase is possible.
struct PhraseIndex<Value: Sendable>: Sendable {
    private(set) var entries: [String: [Value]] = [:]
    private var prefixes: Set<String> = []
    private(set) var maxTokens = 0

    /// Adds `value` under the key of `phrase` as the tokenizer splits it.
    mutating func add(_ phrase: String, _ value: Value) {
        let keys = Tokenizer.tokenize(phrase).map(\.key)
        guard !keys.isEmpty else { return }
        add(keys: keys, value)
    }

    mutating func add(keys: [String], _ value: Value) {
        var key = ""
        for (i, k) in keys.enumerated() {
            key = i == 0 ? k : key + " " + k
            prefixes.insert(key)
        }
        entries[key, default: []].append(value)
        maxTokens = max(maxTokens, keys.count)
    }

    func values(forKey key: String) -> [Value]? { entries[key] }

    /// Longest phrase starting at token `i`; the match may cross spaces, hyphens and commas.
    /// Returns the number of tokens matched and the values.
    func longestMatch(in tokens: [TextToken], at i: Int, crossComma: Bool = true) -> (length: Int, values: [Value])? {
        var key = ""
        var best: (Int, [Value])?
        var j = i
        while j < tokens.count, j - i < maxTokens {
            let t = tokens[j]
            if j > i {
                let sep = t.separator
                guard sep.joinsName || (crossComma && sep == .comma) else { break }
                key += " "
            }
            key += t.key
            guard prefixes.contains(key) else { break }
            if let v = entries[key] { best = (j - i + 1, v) }
            j += 1
        }
        return best
    }

    /// Phrases that end exactly at token `end - 1`, longest first.
    func matches(in tokens: [TextToken], endingAt end: Int) -> (length: Int, values: [Value])? {
        var n = min(maxTokens, end)
        while n >= 1 {
            let start = end - n
            var ok = true
            var key = ""
            for j in start..<end {
                if j > start {
                    if !tokens[j].separator.joinsName { ok = false; break }
                    key += " "
                }
                key += tokens[j].key
            }
            if ok, let v = entries[key] { return (n, v) }
            n -= 1
        }
        return nil
    }
}

/// What kind of query the free text is, read from its words before Xapian parses it: plain
/// words (which may fall back to any-word matching), or words that are all negated (`-china`),
/// which mean every article without them.
///
///     QueryShape("-china -tariffs").negatedOnly == "china tariffs"
struct QueryShape {
    let words: [Substring]

    init(_ text: String) {
        words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    /// Only words: no operator, phrase, field, wildcard, group, or `+`/`-` on a word.
    var isPlainWords: Bool {
        !words.isEmpty && words.allSatisfy { w in
            !Self.operators.contains(String(w)) && !w.hasPrefix("NEAR") && !w.hasPrefix("ADJ")
                && !w.contains(where: { "\"():*+-".contains($0) })
        }
    }

    /// The words without their `-` when every word is written `-word`; nil otherwise.
    var negatedOnly: String? {
        guard !words.isEmpty, words.allSatisfy({ $0.count > 1 && $0.hasPrefix("-") && !$0.dropFirst().hasPrefix("-") }) else {
            return nil
        }
        let positive = words.map { $0.dropFirst() }
        // `-"trade truce"` splits into `-"trade` and `truce"`: not for this reading.
        guard positive.allSatisfy({ !$0.contains(where: { "\"()".contains($0) }) }) else { return nil }
        return positive.joined(separator: " ")
    }

    static let operators: Set<String> = ["AND", "OR", "NOT", "XOR"]
}

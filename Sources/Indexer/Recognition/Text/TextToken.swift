/// One word of an article's text, with what the recognisers need to know about it.
struct TextToken: Sendable {
    /// What separated this token from the previous one.
    enum Separator: Sendable {
        case start, space, hyphen, comma, sentence, other
        /// Whether a multi-word name may continue across this separator.
        var joinsName: Bool { self == .space || self == .hyphen }
    }

    /// Folded key: lowercase, no diacritics; initials become letters separated by spaces ("u s").
    let key: String
    /// `key`'s `PhraseHash`, so phrase lookups extend hashes instead of joining strings.
    let keyHash: PhraseHash
    /// Offset in Unicode scalars from the start of the text.
    let start: Int
    let end: Int
    let separator: Separator
    /// First letter uppercase.
    let isCapitalized: Bool
    /// Two or more letters, all uppercase (headlines, datelines, "DPRK").
    let isAllCaps: Bool
    /// A dotted initial or abbreviation ("W.", "U.S.").
    let isInitial: Bool
    /// Followed by 's or ’s, which the tokenizer dropped.
    let isPossessive: Bool
}

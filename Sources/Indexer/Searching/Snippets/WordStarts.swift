/// Finds the words a snippet maker must look at without splitting the text between them.
///
/// `SnippetMaker` looks at a word only if its first two bytes, lowercased, are a term's key, or
/// one of them is not ASCII. Every pair of bytes in the text is checked against the raw forms of
/// those keys (each case of their letters) in one bitmap; only where a pair fits is the word
/// boundary worked out (`WordTokenizer.word(at:in:limit:)`). Most of a body is passed over at a
/// bit test per byte, where the tokenizer paid a mispredicted branch at every word's edges
/// (issue 18). The words found, in order, are the tokenizer's words that could match.
struct WordStarts {
    private var pairs = KeyBits()

    /// `keys`: lowercase two-byte keys (`SnippetMaker.key`; a second byte 0 for a one-byte
    /// word); `firsts`: first bytes any of whose keys fit (a one-letter wildcard).
    init(keys: [UInt16], firsts: [UInt8]) {
        func cases(_ c: UInt8) -> [UInt8] { c >= 0x61 && c <= 0x7A ? [c, c - 0x20] : [c] }
        for k in keys {
            let a = UInt8(k >> 8), b = UInt8(k & 0xFF)
            for a1 in cases(a) {
                // A one-byte word: whatever follows it.
                if b == 0 { pairs.insert(first: a1); continue }
                for b1 in cases(b) { pairs.insert(UInt16(a1) << 8 | UInt16(b1)) }
            }
        }
        for a in firsts { for a1 in cases(a) { pairs.insert(first: a1) } }
        // Words with a byte that is not ASCII in their first two are always looked at. A
        // continuation byte never starts a character, so never a word.
        for a in UInt8(0)...0xFF where a < 0x80 || a >= 0xC0 { pairs.insertNonASCIISeconds(first: a) }
        for a in UInt8(0xC0)...0xFF { pairs.insert(first: a) }
    }

    /// The next word from `i` on that could match, as the tokenizer would split it, or nil at the limit.
    func next(in text: UnsafeBufferPointer<UInt8>, from i: Int, limit: Int) -> (start: Int, end: Int)? {
        guard let base = text.baseAddress else { return nil }
        // After a character the limit cuts, the tokenizer reads its remaining bytes as characters
        // of their own: it is asked itself there, so both find the same words.
        let cut = WordTokenizer.cutCharacter(text, limit: limit)
        if i > cut {
            var rest = WordTokenizer(text: text, limit: limit, start: i)
            return rest.next()
        }
        let found: (start: Int, end: Int)? = pairs.withWords { bits in
            var i = i
            while i < cut {
                // The byte after the limit still counts in the pair: the bits of a one-byte word's
                // key cover every byte after it.
                let k = Int(base[i]) << 8 | Int(i + 1 < text.count ? base[i + 1] : 0)
                if bits[k >> 6] & (1 << UInt64(k & 63)) != 0, let word = WordTokenizer.word(at: i, in: text, limit: limit) {
                    return word
                }
                i += 1
            }
            return nil
        }
        guard found == nil, cut < limit else { return found }
        var rest = WordTokenizer(text: text, limit: limit, start: cut + 1)
        return rest.next()
    }
}

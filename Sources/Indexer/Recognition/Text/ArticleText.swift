/// An article's text as the recognisers see it: `title + "\n\n" + body`, its scalars
/// (mention offsets count them) and its tokens, computed once, whole or one piece at a time
/// (`TextPieces`).
struct ArticleText: Sendable {
    /// This piece's scalars: context before its own text, its own text, then a margin after it.
    let scalars: [Unicode.Scalar]
    /// Tokens of the context and own text (not the margin): `tokens[firstToken...]` are this piece's.
    let tokens: [TextToken]
    /// Scalar offset where the body starts, relative to `scalars` (negative in later pieces).
    let bodyStart: Int
    /// Scalar offset of `scalars[0]` in the whole text: added to every mention.
    let base: Int
    /// The piece's own text: `scalars[ownStart..<ownEnd]`. Matches start there; the context and
    /// margin only answer the looks back and ahead that a whole-text scan would make.
    let ownStart: Int
    let ownEnd: Int
    let firstToken: Int
    /// Whether this piece holds the title and the start of the body.
    var isFirst: Bool { base == 0 && ownStart == 0 }

    init(title: String, body: String) {
        let scalars = ScalarText.scalars(of: [title, "\n\n", body])
        self.init(scalars: scalars, base: 0, bodyStart: ScalarText.count(title) + 2,
                  own: 0..<scalars.count)
    }

    /// A piece: `scalars` start at `base` in the whole text; `own` is the part this piece answers for.
    init(scalars: [Unicode.Scalar], base: Int, bodyStart: Int, own: Range<Int>) {
        self.scalars = scalars
        self.base = base
        self.bodyStart = bodyStart
        ownStart = own.lowerBound
        ownEnd = own.upperBound
        let tokens = Tokenizer.tokenize(scalars, count: own.upperBound)
        self.tokens = tokens
        var first = 0
        while first < tokens.count, tokens[first].start < own.lowerBound { first += 1 }
        firstToken = first
    }

    /// The mention covering tokens `range`, with its original text.
    func mention(_ range: Range<Int>) -> Mention {
        let from = tokens[range.lowerBound].start, to = tokens[range.upperBound - 1].end
        return Mention(text: ScalarText.string(scalars[from..<to]), offset: base + from)
    }
}

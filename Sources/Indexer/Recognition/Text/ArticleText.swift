/// An article's text as the recognisers see it: `title + "\n\n" + body`, its scalars
/// (mention offsets count them) and its tokens, computed once.
struct ArticleText: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [TextToken]
    /// Scalar offset where the body starts.
    let bodyStart: Int

    init(title: String, body: String) {
        let scalars = ScalarText.scalars(of: [title, "\n\n", body])
        self.scalars = scalars
        self.tokens = Tokenizer.tokenize(scalars)
        self.bodyStart = ScalarText.count(title) + 2
    }

    /// The mention covering tokens `range`, with its original text.
    func mention(_ range: Range<Int>) -> Mention {
        let from = tokens[range.lowerBound].start, to = tokens[range.upperBound - 1].end
        return Mention(text: ScalarText.string(scalars[from..<to]), offset: from)
    }
}

/// An article's text as the recognisers see it: `title + "\n\n" + body`, its scalars
/// (mention offsets count them) and its tokens, computed once.
struct ArticleText: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [TextToken]
    /// Scalar offset where the body starts.
    let bodyStart: Int

    init(title: String, body: String) {
        let scalars = Array((title + "\n\n" + body).unicodeScalars)
        self.scalars = scalars
        self.tokens = Tokenizer.tokenize(scalars)
        self.bodyStart = title.unicodeScalars.count + 2
    }

    /// The mention covering tokens `range`, with its original text.
    func mention(_ range: Range<Int>) -> Mention {
        let from = tokens[range.lowerBound].start, to = tokens[range.upperBound - 1].end
        return Mention(text: String(String.UnicodeScalarView(scalars[from..<to])), offset: from)
    }
}

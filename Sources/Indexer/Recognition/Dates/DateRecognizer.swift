/// Finds the dates a news article mentions and normalises them to day, month or year precision.
///
///     let dates = DateRecognizer().recognize(title: t, body: b, published: PartialDate("2025-11-01"))
///
/// Absolute dates ("November 1, 2025", "Nov. 1", "2025-11-01", "in 2016") and dates relative to
/// the publication date ("on Saturday", "last Thursday", "next year") are recognised; relative ones
/// only when the publication date is known precisely enough. One hand-written scan per article.
public struct DateRecognizer: Sendable {
    public init() {}

    /// Every date the text mentions, merged by value and ordered by first mention.
    /// Offsets count Unicode scalars from the start of `title + "\n\n" + body`.
    public func recognize(title: String, body: String, published: PartialDate?) -> [DateEntity] {
        recognize(scalars: Array((title + "\n\n" + body).unicodeScalars), published: published)
    }

    /// `scalars` are those of `title + "\n\n" + body`, as `ArticleText` holds them.
    func recognize(scalars: [Unicode.Scalar], published: PartialDate?) -> [DateEntity] {
        let text = DateText(scalars: scalars)
        let matches = DateMatcher(text: text, published: published).allMatches()
        var result: [DateEntity] = []
        var index: [PartialDate: Int] = [:]
        for m in matches {
            guard let value = m.value else { continue }
            let mention = text.mention(m.first, m.end)
            if let k = index[value] {
                result[k].mentions.append(mention)
            } else {
                index[value] = result.count
                result.append(DateEntity(value: value, mentions: [mention]))
            }
        }
        return result
    }
}

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
        var scan = DateScan(published: published)
        scan.scan(scalars: scalars, base: 0, own: 0..<scalars.count)
        return scan.result
    }
}

/// The dates of an article, found whole or piece after piece (`TextPieces`).
struct DateScan {
    let published: PartialDate?
    private(set) var result: [DateEntity] = []
    private var index: [PartialDate: Int] = [:]
    /// Whole-text scalar offset where the next piece's scan resumes (a date may end past a piece).
    private var resume = 0
    /// The last date, and the whole-text offset of the token after it (the rules ask whether a
    /// year follows it: "in May and June", "2016-2017").
    private var previous: DateMatch?
    private var previousEnd = Int.min

    init(published: PartialDate?) {
        self.published = published
    }

    /// Scans the piece's own text `scalars[own]`; `scalars[0]` is at `base` in the whole text,
    /// and the scalars around `own` are context for the rules' looks back and ahead.
    mutating func scan(scalars: [Unicode.Scalar], base: Int, own: Range<Int>) {
        let text = DateText(scalars: scalars)
        let matcher = DateMatcher(text: text, published: published)
        let tokens = text.tokens
        var i = 0
        while i < tokens.count, tokens[i].start + base < max(resume, base + own.lowerBound) { i += 1 }
        // The previous date's end as a token index of this piece (none when outside it).
        var previous = self.previous
        if previous != nil {
            var k = i
            while k > 0, tokens[k - 1].start + base >= previousEnd { k -= 1 }
            previous!.end = k < tokens.count && tokens[k].start + base == previousEnd ? k : Int.min / 2
        }
        matcher.scan(from: &i, before: own.upperBound, previous: &previous) { m in
            guard let value = m.value else { return }
            var mention = text.mention(m.first, m.end)
            mention.offset += base
            if let k = index[value] {
                result[k].mentions.append(mention)
            } else {
                index[value] = result.count
                result.append(DateEntity(value: value, mentions: [mention]))
            }
        }
        resume = i < tokens.count ? tokens[i].start + base : base + scalars.count
        self.previous = previous
        if let p = previous {
            previousEnd = p.end >= 0 && p.end < tokens.count ? tokens[p.end].start + base : Int.max
        }
    }
}

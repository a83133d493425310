/// Runs every recogniser over one article: publication date first (leaders and
/// relative dates are resolved against it), then countries, leaders and dates.
///
///     let entities = EntityRecognizer().recognize(article)
public struct EntityRecognizer: Sendable {
    let countries: CountryRecognizer
    let leaders: LeaderRecognizer
    let dates: DateRecognizer

    public init(gazetteer: Gazetteer = .shared) {
        countries = CountryRecognizer(gazetteer: gazetteer)
        leaders = LeaderRecognizer(gazetteer: gazetteer)
        dates = DateRecognizer()
    }

    /// `fallbackDate` (the file's modification day) is used only when neither metadata, text nor a
    /// capture date gives one.
    public func recognize(_ article: Article, fallbackDate: PartialDate? = nil) -> Entities {
        // Scalars and tokens once, for every recogniser.
        let text = ArticleText(title: article.title, body: article.body)
        var published = article.published
        var source = article.publishedSource
        if published == nil || published?.precision == .year {
            if let found = dates.publicationDate(scalars: text.scalars, bodyStart: text.bodyStart,
                                                 fallbackYear: published?.year ?? fallbackDate?.year) {
                published = found.date
                source = found.source
            }
        }
        if published == nil, let captured = article.captured {
            published = captured
            source = .warcDate
        }
        if published == nil, let fallbackDate {
            published = fallbackDate
            source = .fileModified
        }
        return Entities(
            countries: countries.recognize(text, published: published),
            // A modification time says when the file was copied, not when the news happened:
            // resolving "President Lee" against it would pick whoever holds office today.
            leaders: leaders.recognize(text, published: source == .fileModified ? nil : published),
            dates: dates.recognize(scalars: text.scalars, published: published),
            published: published,
            publishedSource: source)
    }
}

/// Runs every recogniser over one article: publication date first (leaders and
/// relative dates are resolved against it), then countries, leaders and dates.
///
///     let entities = EntityRecognizer().recognize(article)
public struct EntityRecognizer: Sendable {
    let countries: CountryRecognizer
    let leaders: LeaderRecognizer
    let dates: DateRecognizer
    /// A longer text is scanned piece by piece (`TextPieces`), so memory follows the piece.
    let pieceBytes: Int

    public init(gazetteer: Gazetteer = .shared) {
        self.init(gazetteer: gazetteer, pieceBytes: TextPieces.defaultPieceBytes)
    }

    init(gazetteer: Gazetteer = .shared, pieceBytes: Int) {
        countries = CountryRecognizer(gazetteer: gazetteer)
        leaders = LeaderRecognizer(gazetteer: gazetteer)
        dates = DateRecognizer()
        self.pieceBytes = pieceBytes
    }

    /// `fallbackDate` (the file's modification day) is used only when neither metadata, text nor a
    /// capture date gives one.
    public func recognize(_ article: Article, fallbackDate: PartialDate? = nil) -> Entities {
        // Scalars and tokens once per piece, for every recogniser.
        let pieces = TextPieces(title: article.title, body: article.body, pieceBytes: pieceBytes)
        let head = pieces.first
        var published = article.published
        var source = article.publishedSource
        if published == nil || published?.precision == .year {
            if let found = dates.publicationDate(scalars: head.scalars, bodyStart: head.bodyStart,
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
        // A modification time says when the file was copied, not when the news happened:
        // resolving "President Lee" against it would pick whoever holds office today; likewise
        // "on Tuesday" or "next week" against a copy time would invent days.
        let newsDate = source == .fileModified ? nil : published
        var countryHits: [CountryHit] = []
        var leaderScan = LeaderScan(gazetteer: leaders.gazetteer, first: head, date: newsDate)
        var dateScan = DateScan(published: newsDate)
        if leaderScan.needsLaterJoins, !pieces.isWhole {
            pieces.forEach(first: head) { piece in if !piece.isFirst { leaderScan.noteLaterJoins(in: piece) } }
        }
        pieces.forEach(first: head) { piece in
            countries.scan(piece, published: published, into: &countryHits)
            leaderScan.scan(piece)
            dateScan.scan(scalars: piece.scalars, base: piece.base, own: piece.ownStart..<piece.ownEnd)
        }
        return Entities(
            countries: countries.entities(from: countryHits),
            leaders: leaderScan.entities(),
            dates: dateScan.result,
            published: published,
            publishedSource: source)
    }
}

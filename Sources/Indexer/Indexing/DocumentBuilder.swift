import Foundation

/// Turns an article and its entities into a Xapian document, as `Schema` prescribes.
/// Owns a TermGenerator, so one builder serves one thread. It touches no database, so
/// documents are built on worker threads and only handed to the single writer.
final class DocumentBuilder {
    private let terms: TermGenerator

    init() throws(XapianError) {
        terms = try TermGenerator(language: Schema.language, strategy: Schema.stemStrategy)
    }

    /// Records a built document's words in the spelling table ("did you mean"), on the writer.
    /// Unprefixed terms are the words as written; prefixed ones (uppercase) are fields and ids.
    static func recordSpelling(of doc: Document, in db: WritableDatabase) throws(XapianError) {
        for t in try doc.terms() {
            guard let first = t.term.unicodeScalars.first, !("A"..."Z").contains(first),
                  !first.properties.isWhitespace else { continue }
            try db.addSpelling(t.term, frequency: UInt32(clamping: t.frequency))
        }
    }

    /// `format` is the file's; a reader that found the content to be something else (an `.xml`
    /// feed, a `.warc.gz`) names it on the article.
    func build(article: Article, entities: Entities, format fileFormat: String, root: IndexedRoot, file: ArticleFile) throws(XapianError) -> Document {
        let format = article.format ?? fileFormat
        let doc = Document()
        try terms.setDocument(doc)

        // Title: prefixed for `title:` and unprefixed with extra weight, so a title match
        // outranks a passing mention; a position gap stops phrases spanning title and body.
        // Accents folded (Schema+Folding), so "México" and "Mexico" are one word.
        let title = Schema.foldAccents(article.title)
        try terms.indexText(title, wdfIncrement: 1, prefix: Schema.Prefix.title)
        try terms.increaseTermPosition()
        try terms.indexText(title, wdfIncrement: Schema.titleWeight)
        try terms.increaseTermPosition()
        try terms.indexText(Schema.foldAccents(article.body))

        try doc.addBooleanTerm(Schema.uniqueTerm(rootKey: root.key, articleID: article.id))
        try doc.addBooleanTerm(Schema.articleIDTerm(article.id))
        try doc.addBooleanTerm(Schema.fileTerm(rootKey: root.key, relativePath: file.relativePath))
        try doc.addBooleanTerm(Schema.rootTerm(rootKey: root.key))
        try doc.addBooleanTerm(Schema.Prefix.kind + format)
        if article.decodedAsWindows1252 { try doc.addBooleanTerm(Schema.Prefix.kind + "cp1252") }

        for c in entities.countries { try doc.addBooleanTerm(Schema.countryTerm(c.code)) }
        if entities.leaders.contains(where: { $0.inOffice == true }) { try doc.addBooleanTerm(Schema.anyLeaderInOfficeTerm) }
        for l in entities.leaders {
            try doc.addBooleanTerm(Schema.leaderTerm(l.id))
            if l.inOffice == true { try doc.addBooleanTerm(Schema.leaderInOfficeTerm(l.id)) }
        }
        if let p = entities.published {
            for t in Schema.publishedTerms(p) { try doc.addBooleanTerm(t) }
            try doc.addValue(Schema.Slot.published, p.compactStart)
        }
        var mentionedTerms = Set<String>()
        for d in entities.dates { mentionedTerms.formUnion(Schema.mentionedTerms(d.value)) }
        for t in mentionedTerms.sorted() { try doc.addBooleanTerm(t) }

        if let signature = NearDuplicateSignature(body: article.body) {
            try doc.addValue(Schema.Slot.signature, signature.encoded)
            for key in signature.bandKeys { try doc.addBooleanTerm(Schema.bandTerm(key)) }
        }
        try doc.addValue(Schema.Slot.entities, Schema.entitiesValue(
            countries: entities.countries.map(\.code), leaders: entities.leaders.map(\.id)))
        let sitting = entities.leaders.filter { $0.inOffice == true }.map(\.id)
        if !sitting.isEmpty { try doc.addValue(Schema.Slot.leadersInOffice, Schema.leadersInOfficeValue(sitting)) }
        if !entities.dates.isEmpty {
            try doc.addValue(Schema.Slot.mentioned, Schema.mentionedValue(entities.dates.map(\.value)))
        }

        let stored = Schema.StoredArticle(
            id: article.id, path: article.path, root: root.path, title: article.title, body: article.body,
            published: entities.published?.description, publishedSource: entities.publishedSource?.rawValue,
            url: article.url, source: article.source, format: format,
            decodedAsWindows1252: article.decodedAsWindows1252,
            countries: entities.countries.map { .init(code: $0.code, name: $0.name, mentions: $0.mentions.count) },
            leaders: entities.leaders.map { .init(id: $0.id, name: $0.name, country: $0.country, role: $0.role, mentions: $0.mentions.count, inOffice: $0.inOffice) },
            dates: entities.dates.map { .init(value: $0.value.description, mentions: $0.mentions.count) },
            offset: article.recordOffset,
            charset: article.charset)
        try stored.store(in: doc)
        return doc
    }
}

import Indexer

/// Entities in a piece of text or a stored article, with mention offsets (`tag` without a file).
public enum TextTagger {
    static let recognizer = EntityRecognizer()

    /// Offsets count Unicode scalars from the start of `text`.
    public static func tag(_ text: String) -> Entities {
        var e = recognizer.recognize(Article(id: "text", path: "", title: "", body: text))
        // The recognisers see title + "\n\n" + body; the title is empty here.
        func shift(_ ms: inout [Mention]) { for i in ms.indices { ms[i].offset -= 2 } }
        for i in e.countries.indices { shift(&e.countries[i].mentions) }
        for i in e.leaders.indices { shift(&e.leaders[i].mentions) }
        for i in e.dates.indices { shift(&e.dates[i].mentions) }
        return e
    }

    /// A stored article tagged again, as indexing saw it: offsets into title + "\n\n" + body.
    public static func tag(_ a: Schema.StoredArticle) -> Entities {
        let published = a.published.flatMap(PartialDate.init)
        return recognizer.recognize(Article(id: a.id, path: a.path, title: a.title, body: a.body,
                                            published: published, url: a.url, source: a.source))
    }
}

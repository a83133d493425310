import Indexer

/// What the recognisers found, with every mention and its offset (`search tag --json`).
public enum TagJSON {
    public static func mentions(_ ms: [Mention]) -> JSON {
        .array(ms.map { .object([("text", .string($0.text)), ("offset", .int($0.offset))]) })
    }

    /// The entity lists of `tag --json`, without the article's own fields.
    public static func entityPairs(_ e: Entities) -> [(String, JSON)] {
        [
            ("countries", .array(e.countries.map { .object([("code", .string($0.code)), ("name", .string($0.name)), ("mentions", mentions($0.mentions))]) })),
            ("leaders", .array(e.leaders.map {
                .object([("id", .string($0.id)), ("name", .string($0.name)), ("country", .string($0.country)),
                         ("role", .string($0.role)), ("in_office", $0.inOffice.map { .bool($0) } ?? .null),
                         ("mentions", mentions($0.mentions))])
            })),
            ("dates", .array(e.dates.map { .object([("value", .string($0.value.description)), ("mentions", mentions($0.mentions))]) })),
        ]
    }

    public static func object(_ t: TaggedArticle) -> JSON {
        let e = t.entities
        return .object([
            ("path", .string(t.article.path)),
            ("id", .string(t.article.id)),
            ("title", .string(t.article.title)),
            ("published", .optional(e.published?.description)),
            ("published_source", .optional(e.publishedSource?.rawValue)),
        ] + entityPairs(e))
    }
}

import Indexer

/// A stored article as JSON (`search show --json`), and its entity lists as results show them.
public enum ArticleJSON {
    public static func countries(_ a: Schema.StoredArticle) -> JSON {
        .array(a.countries.map { .object([("code", .string($0.code)), ("name", .string($0.name)), ("mentions", .int($0.mentions))]) })
    }

    public static func leaders(_ a: Schema.StoredArticle) -> JSON {
        .array(a.leaders.map {
            .object([("id", .string($0.id)), ("name", .string($0.name)), ("country", .string($0.country)),
                     ("role", .string($0.role)), ("in_office", $0.inOffice.map { .bool($0) } ?? .null),
                     ("mentions", .int($0.mentions))])
        })
    }

    public static func dates(_ a: Schema.StoredArticle) -> JSON {
        .array(a.dates.map { .object([("value", .string($0.value)), ("mentions", .int($0.mentions))]) })
    }

    public static func object(_ a: Schema.StoredArticle) -> JSON {
        .object([
            ("id", .string(a.id)),
            ("path", .string(a.path)),
            ("root", .string(a.root)),
            ("title", .string(a.title)),
            ("published", .optional(a.published)),
            ("published_source", .optional(a.publishedSource)),
            ("url", .optional(a.url)),
            ("source", .optional(a.source)),
            ("format", .string(a.format)),
            ("offset", a.offset.map { .int($0) } ?? .null),
            ("charset", .optional(a.charset)),
            ("cp1252_fallback", .bool(a.decodedAsWindows1252)),
            ("countries", countries(a)),
            ("leaders", leaders(a)),
            ("dates", dates(a)),
            ("text", .string(a.body)),
        ])
    }
}

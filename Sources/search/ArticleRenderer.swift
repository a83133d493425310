import Foundation
import Indexer

/// Renders a stored article: entity lists, and the whole article for `show`.
enum ArticleRenderer {
    static func countriesJSON(_ a: Schema.StoredArticle) -> JSON {
        .array(a.countries.map { .object([("code", .string($0.code)), ("name", .string($0.name)), ("mentions", .int($0.mentions))]) })
    }

    static func leadersJSON(_ a: Schema.StoredArticle) -> JSON {
        .array(a.leaders.map {
            .object([("id", .string($0.id)), ("name", .string($0.name)), ("country", .string($0.country)),
                     ("role", .string($0.role)), ("mentions", .int($0.mentions))])
        })
    }

    static func datesJSON(_ a: Schema.StoredArticle) -> JSON {
        .array(a.dates.map { .object([("value", .string($0.value)), ("mentions", .int($0.mentions))]) })
    }

    static func entityLine(_ a: Schema.StoredArticle) -> String {
        var parts: [String] = []
        if !a.countries.isEmpty { parts.append("countries: " + a.countries.map(\.name).joined(separator: ", ")) }
        if !a.leaders.isEmpty { parts.append("leaders: " + a.leaders.map(\.name).joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    static func json(_ a: Schema.StoredArticle) -> JSON {
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
            ("cp1252_fallback", .bool(a.decodedAsWindows1252)),
            ("countries", countriesJSON(a)),
            ("leaders", leadersJSON(a)),
            ("dates", datesJSON(a)),
            ("text", .string(a.body)),
        ])
    }

    static func text(_ a: Schema.StoredArticle) -> String {
        var out = Terminal.bold(a.title) + "\n"
        out += "id:        \(a.id)\n"
        out += "path:      \(a.path)\n"
        out += "published: \(a.published ?? "unknown")\(a.publishedSource.map { " (from \($0))" } ?? "")\n"
        if let u = a.url { out += "url:       \(u)\n" }
        if let o = a.offset { out += "record:    byte \(o) of the \(a.format) file\n" }
        if let s = a.source { out += "source:    \(s)\n" }
        if a.decodedAsWindows1252 { out += "encoding:  not UTF-8; read as Windows-1252\n" }
        if !a.countries.isEmpty { out += "countries: " + a.countries.map { "\($0.name) (\($0.code))" }.joined(separator: ", ") + "\n" }
        if !a.leaders.isEmpty { out += "leaders:   " + a.leaders.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + "\n" }
        if !a.dates.isEmpty { out += "dates:     " + a.dates.map(\.value).joined(separator: ", ") + "\n" }
        out += "\n" + a.body + "\n"
        return out
    }
}

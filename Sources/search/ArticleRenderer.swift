import Foundation
import Indexer

/// Renders a stored article as text: entity lists, and the whole article for `show` (JSON: `ArticleJSON`).
enum ArticleRenderer {
    static func entityLine(_ a: Schema.StoredArticle) -> String {
        var parts: [String] = []
        if !a.countries.isEmpty { parts.append("countries: " + a.countries.map(\.name).joined(separator: ", ")) }
        if !a.leaders.isEmpty { parts.append("leaders: " + a.leaders.map(\.name).joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    static func text(_ a: Schema.StoredArticle) -> String {
        var out = Terminal.bold(a.title) + "\n"
        out += "id:        \(a.id)\n"
        out += "path:      \(a.path)\n"
        out += "published: \(a.published ?? "unknown")\(a.publishedSource.map { " (from \($0))" } ?? "")\n"
        if let u = a.url { out += "url:       \(u)\n" }
        if let o = a.offset { out += "record:    byte \(o) of the \(a.format) file\n" }
        if let s = a.source { out += "source:    \(s)\n" }
        if a.decodedAsWindows1252 {
            out += "encoding:  not UTF-8; read as Windows-1252\n"
        } else if let charset = a.charset, charset != "utf-8" {
            out += "encoding:  \(charset)\n"
        }
        if !a.countries.isEmpty { out += "countries: " + a.countries.map { "\($0.name) (\($0.code))" }.joined(separator: ", ") + "\n" }
        if !a.leaders.isEmpty { out += "leaders:   " + a.leaders.map { "\($0.name) (\($0.id)\($0.inOffice == true ? ", in office" : ""))" }.joined(separator: ", ") + "\n" }
        if !a.dates.isEmpty { out += "dates:     " + a.dates.map(\.value).joined(separator: ", ") + "\n" }
        out += "\n" + a.body + "\n"
        return out
    }
}

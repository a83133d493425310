import Foundation

extension Schema {
    /// What each document's data holds: everything a result page, `show` and snippets
    /// need, so a search never re-reads the article files. Stored as one line of JSON
    /// (everything but the body), a newline, then the body as plain UTF-8: decoding a hit
    /// then parses a few hundred bytes of JSON instead of the whole article.
    public struct StoredArticle: Codable, Sendable, Hashable {
        public struct Country: Codable, Sendable, Hashable {
            public var code: String
            public var name: String
            public var mentions: Int
        }
        public struct Leader: Codable, Sendable, Hashable {
            public var id: String
            public var name: String
            public var country: String
            public var role: String
            public var mentions: Int
        }
        public struct MentionedDate: Codable, Sendable, Hashable {
            public var value: String
            public var mentions: Int
        }

        public var id: String
        public var path: String
        public var root: String
        public var title: String
        /// Kept out of the JSON (see above), hence absent from CodingKeys.
        public var body: String = ""
        public var published: String?
        public var publishedSource: String?
        public var url: String?
        public var source: String?
        public var format: String
        public var decodedAsWindows1252: Bool
        public var countries: [Country]
        public var leaders: [Leader]
        public var dates: [MentionedDate]

        enum CodingKeys: String, CodingKey {
            case id, path, root, title, published, url, source, format, countries, leaders, dates
            case publishedSource = "published_source"
            case decodedAsWindows1252 = "cp1252"
        }

        /// The header as `JSONEncoder` writes it with sorted keys (`encodedHeader`), a newline, the body.
        public func encoded() -> [UInt8] {
            var w = encodedHeader(capacity: 512 + body.utf8.count)
            // JSON escapes newlines inside strings, so the first newline ends the header.
            w.raw("\n")
            var bytes = w.bytes
            bytes.append(contentsOf: body.utf8)
            return bytes
        }

        /// The Codable form (without the body), keys in sorted order, written by hand:
        /// `StoredArticleEncodingTests` checks it against `JSONEncoder`.
        func encodedHeader(capacity: Int = 512) -> JSONWriter {
            var w = JSONWriter(capacity: capacity)
            w.raw("{\"countries\":[")
            for (i, c) in countries.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("{\"code\":"); w.string(c.code)
                w.raw(",\"mentions\":"); w.int(c.mentions)
                w.raw(",\"name\":"); w.string(c.name)
                w.raw("}")
            }
            w.raw("],\"cp1252\":"); w.bool(decodedAsWindows1252)
            w.raw(",\"dates\":[")
            for (i, d) in dates.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("{\"mentions\":"); w.int(d.mentions)
                w.raw(",\"value\":"); w.string(d.value)
                w.raw("}")
            }
            w.raw("],\"format\":"); w.string(format)
            w.raw(",\"id\":"); w.string(id)
            w.raw(",\"leaders\":[")
            for (i, l) in leaders.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("{\"country\":"); w.string(l.country)
                w.raw(",\"id\":"); w.string(l.id)
                w.raw(",\"mentions\":"); w.int(l.mentions)
                w.raw(",\"name\":"); w.string(l.name)
                w.raw(",\"role\":"); w.string(l.role)
                w.raw("}")
            }
            w.raw("],\"path\":"); w.string(path)
            if let published { w.raw(",\"published\":"); w.string(published) }
            if let publishedSource { w.raw(",\"published_source\":"); w.string(publishedSource) }
            w.raw(",\"root\":"); w.string(root)
            if let source { w.raw(",\"source\":"); w.string(source) }
            w.raw(",\"title\":"); w.string(title)
            if let url { w.raw(",\"url\":"); w.string(url) }
            w.raw("}")
            return w
        }

        public static func decode(_ bytes: [UInt8]) -> StoredArticle? {
            let cut = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
            guard var article = try? JSONDecoder().decode(StoredArticle.self, from: Data(bytes[..<cut])) else { return nil }
            if cut < bytes.endIndex {
                article.body = String(decoding: bytes[(cut + 1)...], as: UTF8.self)
            }
            return article
        }
    }
}

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

        public func encoded() -> [UInt8] {
            let enc = JSONEncoder()
            enc.outputFormatting = [.withoutEscapingSlashes]
            // JSON escapes newlines inside strings, so the first newline ends the header.
            guard let header = try? enc.encode(self) else { return [] }
            return Array(header) + [0x0A] + Array(body.utf8)
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

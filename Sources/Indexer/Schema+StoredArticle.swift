import Foundation

extension Schema {
    /// What each document's data holds (JSON): everything a result page, `show` and
    /// snippets need, so a search never re-reads the article files.
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
        public var body: String
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
            case id, path, root, title, body, published, url, source, format, countries, leaders, dates
            case publishedSource = "published_source"
            case decodedAsWindows1252 = "cp1252"
        }

        public func encoded() -> [UInt8] {
            let enc = JSONEncoder()
            enc.outputFormatting = [.withoutEscapingSlashes]
            return (try? Array(enc.encode(self))) ?? []
        }

        public static func decode(_ bytes: [UInt8]) -> StoredArticle? {
            try? JSONDecoder().decode(StoredArticle.self, from: Data(bytes))
        }
    }
}

import Foundation

extension Schema {
    /// What each document stores: everything a result page, `show` and snippets need, so a
    /// search never re-reads the article files. Stored in two parts (`store(in:)`, `read(from:)`):
    /// the header, JSON of everything but the body, in `Slot.header`; the body, plain UTF-8, as
    /// the document data. Glass zlib-compresses document data but not values, so a hit without a
    /// snippet reads its few hundred bytes of header without inflating the whole article.
    public struct StoredArticle: Codable, Sendable, Hashable {
        /// A country the article mentions (not the gazetteer's `Country`).
        public struct CountryEntry: Codable, Sendable, Hashable {
            public var code: String
            public var name: String
            public var mentions: Int
        }
        /// A leader the article mentions (not the gazetteer's `Leader`).
        public struct LeaderEntry: Codable, Sendable, Hashable {
            public var id: String
            public var name: String
            public var country: String
            public var role: String
            public var mentions: Int
            /// Held an office on the publication date; absent when that date is unknown or the file's mtime.
            public var inOffice: Bool?

            public init(id: String, name: String, country: String, role: String, mentions: Int, inOffice: Bool? = nil) {
                self.id = id; self.name = name; self.country = country; self.role = role; self.mentions = mentions
                self.inOffice = inOffice
            }

            enum CodingKeys: String, CodingKey {
                case id, name, country, role, mentions
                case inOffice = "in_office"
            }
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
        public var countries: [CountryEntry]
        public var leaders: [LeaderEntry]
        public var dates: [MentionedDate]
        /// Where the article's record starts in its file (WARC), for tools that seek to it.
        public var offset: Int?
        /// The encoding the file was read as (`utf-8`, `windows-1250`…); nil in indexes written before it was kept.
        public var charset: String? = nil

        enum CodingKeys: String, CodingKey {
            case id, path, root, title, published, url, source, format, countries, leaders, dates, offset, charset
            case publishedSource = "published_source"
            case decodedAsWindows1252 = "cp1252"
        }

        /// Writes the article into `doc`: the header into its slot, the body as the data.
        public func store(in doc: Document) throws(XapianError) {
            try doc.addValue(Slot.header, bytes: encodedHeader().bytes)
            try doc.setData(Array(body.utf8))
        }

        /// The Codable form (without the body), keys in sorted order, written by hand:
        /// `StoredArticleEncodingTests` checks it against `JSONEncoder`.
        func encodedHeader(capacity: Int = 512) -> JSONWriter {
            var w = JSONWriter(capacity: capacity)
            w.raw("{")
            if let charset { w.raw("\"charset\":"); w.string(charset); w.raw(",") }
            w.raw("\"countries\":")
            w.array(countries) { w, c in
                w.raw("{\"code\":"); w.string(c.code)
                w.raw(",\"mentions\":"); w.int(c.mentions)
                w.raw(",\"name\":"); w.string(c.name)
                w.raw("}")
            }
            w.raw(",\"cp1252\":"); w.bool(decodedAsWindows1252)
            w.raw(",\"dates\":")
            w.array(dates) { w, d in
                w.raw("{\"mentions\":"); w.int(d.mentions)
                w.raw(",\"value\":"); w.string(d.value)
                w.raw("}")
            }
            w.raw(",\"format\":"); w.string(format)
            w.raw(",\"id\":"); w.string(id)
            w.raw(",\"leaders\":")
            w.array(leaders) { w, l in
                w.raw("{\"country\":"); w.string(l.country)
                w.raw(",\"id\":"); w.string(l.id)
                if let inOffice = l.inOffice { w.raw(",\"in_office\":"); w.bool(inOffice) }
                w.raw(",\"mentions\":"); w.int(l.mentions)
                w.raw(",\"name\":"); w.string(l.name)
                w.raw(",\"role\":"); w.string(l.role)
                w.raw("}")
            }
            if let offset { w.raw(",\"offset\":"); w.int(offset) }
            w.raw(",\"path\":"); w.string(path)
            if let published { w.raw(",\"published\":"); w.string(published) }
            if let publishedSource { w.raw(",\"published_source\":"); w.string(publishedSource) }
            w.raw(",\"root\":"); w.string(root)
            if let source { w.raw(",\"source\":"); w.string(source) }
            w.raw(",\"title\":"); w.string(title)
            if let url { w.raw(",\"url\":"); w.string(url) }
            w.raw("}")
            return w
        }

        /// The article `store(in:)` wrote; nil when the header is not one. `body: false` leaves
        /// `body` empty and never reads the document data: a hit without a snippet has no use for it.
        public static func read(from doc: Document, body: Bool = true) throws(XapianError) -> StoredArticle? {
            guard var article = try doc.withValue(Slot.header, decode(header:)) else { return nil }
            if body { article.body = try doc.withData { String(decoding: $0, as: UTF8.self) } }
            return article
        }

        /// A header read back: by hand, or by JSONDecoder when the hand reader declines.
        static func decode(header: UnsafeBufferPointer<UInt8>) -> StoredArticle? {
            readHeader(header) ?? (try? JSONDecoder().decode(StoredArticle.self, from: Data(buffer: header)))
        }

        /// The header read by hand: JSONDecoder cost more than the rest of decoding a hit
        /// (bench/FINDINGS.md). Keys may come in any order (JSONEncoder's is unspecified), and
        /// absent or null optionals are nil; nil for anything else unexpected, and `decode(header:)`
        /// then falls back to JSONDecoder, so both always agree.
        static func readHeader(_ bytes: UnsafeBufferPointer<UInt8>) -> StoredArticle? {
            var a = StoredArticle(id: "", path: "", root: "", title: "", format: "", decodedAsWindows1252: false,
                                  countries: [], leaders: [], dates: [])
            var seen: UInt16 = 0
            func optional(_ s: inout JSONScanner) -> String?? {
                if s.null() { return .some(nil) }
                return s.string().map { .some($0) }
            }
            var json = JSONScanner(bytes)
            let ok = json.object { s, key in
                typealias K = JSONScanner
                switch key.first {
                case UInt8(ascii: "i") where K.isKey(key, "id"):
                    guard let v = s.string() else { return false }; a.id = v; seen |= 1
                case UInt8(ascii: "p") where K.isKey(key, "path"):
                    guard let v = s.string() else { return false }; a.path = v; seen |= 2
                case UInt8(ascii: "r") where K.isKey(key, "root"):
                    guard let v = s.string() else { return false }; a.root = v; seen |= 4
                case UInt8(ascii: "t") where K.isKey(key, "title"):
                    guard let v = s.string() else { return false }; a.title = v; seen |= 8
                case UInt8(ascii: "f") where K.isKey(key, "format"):
                    guard let v = s.string() else { return false }; a.format = v; seen |= 16
                case UInt8(ascii: "c") where K.isKey(key, "charset"):
                    guard let v = optional(&s) else { return false }; a.charset = v
                case UInt8(ascii: "c") where K.isKey(key, "cp1252"):
                    guard let v = s.bool() else { return false }; a.decodedAsWindows1252 = v; seen |= 32
                case UInt8(ascii: "p") where K.isKey(key, "published"):
                    guard let v = optional(&s) else { return false }; a.published = v
                case UInt8(ascii: "p") where K.isKey(key, "published_source"):
                    guard let v = optional(&s) else { return false }; a.publishedSource = v
                case UInt8(ascii: "u") where K.isKey(key, "url"):
                    guard let v = optional(&s) else { return false }; a.url = v
                case UInt8(ascii: "o") where K.isKey(key, "offset"):
                    if s.null() { a.offset = nil } else { guard let v = s.int() else { return false }; a.offset = v }
                case UInt8(ascii: "s") where K.isKey(key, "source"):
                    guard let v = optional(&s) else { return false }; a.source = v
                case UInt8(ascii: "c") where K.isKey(key, "countries"):
                    seen |= 64
                    return s.objects(CountryEntry(code: "", name: "", mentions: 0), required: 7, into: &a.countries) { s, k, c in
                        if K.isKey(k, "code"), let v = s.string() { c.code = v; return 1 }
                        if K.isKey(k, "name"), let v = s.string() { c.name = v; return 2 }
                        if K.isKey(k, "mentions"), let v = s.int() { c.mentions = v; return 4 }
                        return nil
                    }
                case UInt8(ascii: "l") where K.isKey(key, "leaders"):
                    seen |= 128
                    let empty = LeaderEntry(id: "", name: "", country: "", role: "", mentions: 0)
                    return s.objects(empty, required: 31, into: &a.leaders) { s, k, l in
                        if K.isKey(k, "id"), let v = s.string() { l.id = v; return 1 }
                        if K.isKey(k, "name"), let v = s.string() { l.name = v; return 2 }
                        if K.isKey(k, "country"), let v = s.string() { l.country = v; return 4 }
                        if K.isKey(k, "role"), let v = s.string() { l.role = v; return 8 }
                        if K.isKey(k, "mentions"), let v = s.int() { l.mentions = v; return 16 }
                        if K.isKey(k, "in_office") {
                            if s.null() { return 0 }
                            guard let v = s.bool() else { return nil }
                            l.inOffice = v
                            return 0
                        }
                        return nil
                    }
                case UInt8(ascii: "d") where K.isKey(key, "dates"):
                    seen |= 256
                    return s.objects(MentionedDate(value: "", mentions: 0), required: 3, into: &a.dates) { s, k, d in
                        if K.isKey(k, "value"), let v = s.string() { d.value = v; return 1 }
                        if K.isKey(k, "mentions"), let v = s.int() { d.mentions = v; return 2 }
                        return nil
                    }
                default:
                    // Codable ignores keys it does not know; so does this.
                    return s.skipValue()
                }
                return true
            }
            guard ok, json.atEnd, seen == 511 else { return nil }
            return a
        }
    }
}

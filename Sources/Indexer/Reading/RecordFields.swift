import Foundation

/// Turns one record (a JSON object or a CSV row, as lowercased field → text) into an article.
enum RecordFields {
    /// One record of a many-article file (`.json` array, `.jsonl`, `.csv`): its fields, or why it has none.
    struct Record {
        /// 1-based; the article id is `path#number`.
        var number: Int
        /// How a reason names the record: `line 7`, `item 3`, `record 2 (line 5)`.
        var position: String
        /// The fields, or the reason the record has none.
        var fields: Result<[String: String], ReadError>
    }

    /// The one loop over a file's records: an article for each good record, and a skip naming
    /// the record's position for each bad one.
    static func articles(_ records: some Sequence<Record>, file: ArticleFile) -> (articles: [Article], skipped: [Skip]) {
        var articles: [Article] = []
        var skipped: [Skip] = []
        for record in records {
            do {
                let fields = try record.fields.get()
                articles.append(try article(from: fields, id: "\(file.relativePath)#\(record.number)", file: file))
            } catch {
                skipped.append(Skip(path: file.relativePath, reason: "\(record.position): \(error.reason)"))
            }
        }
        return (articles, skipped)
    }

    /// Throws with the reason alone; callers add the file and record position.
    static func article(from fields: [String: String], id: String, file: ArticleFile) throws(ReadError) -> Article {
        let mainBody = ArticleFields.first(ArticleFields.body, in: fields).map(plainText).map(TextCleanup.body) ?? ""
        let lead = ArticleFields.first(ArticleFields.lead, in: fields).map(plainText).map(TextCleanup.body) ?? ""
        var body = mainBody
        if !lead.isEmpty, !mainBody.hasPrefix(lead) {
            body = mainBody.isEmpty ? lead : lead + "\n\n" + mainBody
        }
        guard !body.isEmpty else { throw ReadError(path: file.relativePath, reason: "no body text") }

        var title = ArticleFields.first(ArticleFields.title, in: fields).map(plainText).map(TextCleanup.title) ?? ""
        if title.isEmpty { title = TextCleanup.fallbackTitle(from: body) }

        var article = Article(id: id, path: file.path, title: title, body: body)
        if let raw = ArticleFields.first(ArticleFields.date, in: fields), let date = parseDate(raw) {
            article.published = date
            article.publishedSource = .metadata
        }
        article.url = ArticleFields.first(ArticleFields.url, in: fields).map(TextCleanup.title)
        article.source = ArticleFields.first(ArticleFields.source, in: fields).map(TextCleanup.title)
        return article
    }

    /// Exports (WordPress, feeds) often carry HTML in their text fields: render it as the HTML reader does.
    static func plainText(_ value: String) -> String {
        let hasTag = value.utf8.contains(UInt8(ascii: "<")), hasAmpersand = value.utf8.contains(UInt8(ascii: "&"))
        guard hasTag || hasAmpersand else { return value }
        let looksLikeHTML = hasTag && value.range(of: #"</?(p|div|br|a|span|em|strong|b|i|h[1-6]|ul|ol|li|blockquote|figure|img)\b"#,
                                        options: [.regularExpression, .caseInsensitive]) != nil
        if looksLikeHTML { return HTMLText.render(HTMLDocument.parse(value)) }
        return hasAmpersand && value.range(of: #"&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"#, options: .regularExpression) != nil
            ? HTMLEntities.decode(value) : value
    }

    /// A date string, or a Unix time in seconds or milliseconds (9 to 13 digits).
    static func parseDate(_ raw: String) -> PartialDate? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if (9...13).contains(s.count), s.allSatisfy(\.isASCII), let n = Double(s), s.allSatisfy({ $0.isNumber || $0 == "." }) {
            return DateParsing.fromEpoch(n)
        }
        return DateParsing.parse(s)
    }

    /// True when an object has any field a reader would take an article from.
    static func looksLikeArticle(_ keys: some Sequence<String>) -> Bool {
        let wanted = Set(ArticleFields.title + ArticleFields.body + ArticleFields.lead)
        return keys.contains { wanted.contains($0.lowercased()) }
    }
}

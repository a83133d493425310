import Foundation

/// IPTC NewsML-G2: a `newsItem` is one article (id `path`); a `newsMessage` holds several in its
/// `itemSet` (ids `path#N`). Title from `contentMeta/headline`, dateline as the body's first
/// line, date from `itemMeta/versionCreated` (else `firstCreated`, `contentCreated`), body from
/// the `contentSet`: inline NITF, inline XHTML or plain `inlineData`.
enum NewsMLReader {
    static func read(_ root: XMLElementNode, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        if root.localName == "newsItem" {
            var article = try self.article(root, id: file.relativePath, file: file)
            article.format = "newsml"
            return ([article], [])
        }
        let items = root.child("itemSet")?.children("newsItem") ?? []
        guard !items.isEmpty else { throw ReadError(path: file.relativePath, reason: "NewsML-G2 message has no newsItem") }
        var articles: [Article] = []
        var skipped: [Skip] = []
        for (index, item) in items.enumerated() where item.closed {
            do {
                var article = try self.article(item, id: "\(file.relativePath)#\(index + 1)", file: file)
                article.format = "newsml"
                articles.append(article)
            } catch {
                skipped.append(Skip(path: file.relativePath, reason: "newsItem \(index + 1): \(error.reason)"))
            }
        }
        return (articles, skipped)
    }

    private static func article(_ item: XMLElementNode, id: String, file: ArticleFile) throws(ReadError) -> Article {
        let itemMeta = item.child("itemMeta")
        let contentMeta = item.child("contentMeta")
        let contentSet = item.child("contentSet")
        var article: Article
        if let nitf = contentSet?.descendant("nitf") {
            article = try NITFReader.article(nitf, id: id, file: file)
        } else {
            let inline = contentSet?.child("inlineXML").map(\.blockText) ?? contentSet?.child("inlineData")?.text ?? ""
            let body = TextCleanup.body(inline)
            guard !body.isEmpty else {
                throw ReadError(path: file.relativePath, reason: "NewsML-G2 item has no inline text (inlineXML or inlineData)")
            }
            article = Article(id: id, path: file.path, title: TextCleanup.fallbackTitle(from: body), body: body)
        }
        if let headline = contentMeta?.child("headline")?.trimmedText { article.title = TextCleanup.title(headline) }
        if let dateline = contentMeta?.child("dateline")?.trimmedText, !article.body.hasPrefix(dateline) {
            article.body = dateline + "\n\n" + article.body
        }
        let dates = [itemMeta?.child("versionCreated"), itemMeta?.child("firstCreated"), contentMeta?.child("contentCreated")]
        if let date = dates.lazy.compactMap({ $0?.trimmedText.flatMap(DateParsing.parse) }).first {
            article.published = date
            article.publishedSource = .metadata
        }
        if let provider = itemMeta?.child("provider") ?? item.child("rightsInfo")?.child("copyrightHolder") {
            article.source = provider.attributes["literal"] ?? provider.child("name")?.trimmedText ?? article.source
        }
        return article
    }
}

import Foundation

/// NITF (News Industry Text Format) documents: one article, its title from `hl1` (else the
/// head's `title`), the dateline as the body's first line, the date from `date.issue`'s `norm`
/// (else `pubdata`'s `date.publication`), and the body from `body.content`.
enum NITFReader {
    static func read(_ root: XMLElementNode, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        var article = try self.article(root, id: file.relativePath, file: file)
        article.format = "nitf"
        return ([article], [])
    }

    /// Also used for NITF carried inside a NewsML-G2 item.
    static func article(_ nitf: XMLElementNode, id: String, file: ArticleFile) throws(ReadError) -> Article {
        let head = nitf.child("head")
        let bodyHead = nitf.child("body")?.child("body.head")
        let content = nitf.child("body")?.child("body.content")
        var paragraphs: [String] = []
        if let dateline = bodyHead?.child("dateline")?.trimmedText { paragraphs.append(dateline) }
        if let abstract = bodyHead?.child("abstract")?.blockText, !abstract.isEmpty { paragraphs.append(abstract) }
        if let text = content?.blockText, !text.isEmpty { paragraphs.append(text) }
        let body = TextCleanup.body(paragraphs.joined(separator: "\n\n"))
        guard content?.blockText.isEmpty == false, !body.isEmpty else {
            throw ReadError(path: file.relativePath, reason: "NITF document has no body text (body.content)")
        }
        let headline = bodyHead?.child("hedline")?.child("hl1")?.trimmedText ?? head?.child("title")?.trimmedText
        var article = Article(id: id, path: file.path, title: headline.map(TextCleanup.title) ?? TextCleanup.fallbackTitle(from: body),
                              body: body)
        let docdata = head?.child("docdata")
        let pubdata = head?.child("pubdata")
        if let raw = docdata?.child("date.issue")?.attributes["norm"] ?? pubdata?.attributes["date.publication"],
           let date = DateParsing.parse(raw) {
            article.published = date
            article.publishedSource = .metadata
        }
        article.source = pubdata?.attributes["name"] ?? docdata?.child("doc.copyright")?.attributes["holder"]
        return article
    }
}

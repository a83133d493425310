import Foundation

/// `.html`/`.htm`: one article per page, read by `HTMLPage` (main text, title, date, charset).
enum HTMLReader {
    static func read(_ data: Data, file: ArticleFile) throws(ReadError) -> Article {
        try article(HTMLPage(data: data), file: file)
    }

    static func read(_ html: String, file: ArticleFile) throws(ReadError) -> Article {
        try article(HTMLPage(html: html), file: file)
    }

    private static func article(_ page: HTMLPage, file: ArticleFile) throws(ReadError) -> Article {
        guard !page.text.isEmpty else { throw ReadError(path: file.relativePath, reason: "HTML page has no text") }
        var article = Article(id: file.relativePath, path: file.path, title: page.title, body: page.text,
                              published: page.published, publishedSource: page.publishedSource,
                              url: page.url, source: page.siteName, decodedAsWindows1252: page.usedWindows1252Fallback)
        article.charset = page.charset
        return article
    }
}

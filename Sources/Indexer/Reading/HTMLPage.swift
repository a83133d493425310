import Foundation

/// A saved web page read for its story: the one entry point every format that carries HTML
/// (`.html` files, web archive records, feed items) goes through.
///
///     let page = HTMLPage(data: bytes, url: "https://news.example/2025/11/01/xi-lee")
///     page.title; page.text; page.published; page.charset
public struct HTMLPage: Sendable, Hashable {
    /// The story's headline: `og:title`, JSON-LD `headline`, `<h1>`, then `<title>` without the site's name.
    public var title: String
    /// The main text, without menus, share bars, related links, cookie notes or comments.
    public var text: String
    public var published: PartialDate?
    /// `json_ld`, `html_meta` (`<meta>`, `<time datetime>`) or `url`.
    public var publishedSource: PublishedSource?
    /// The page's canonical URL, else the one given.
    public var url: String?
    public var siteName: String?
    /// The encoding the bytes were read as (`utf-8`, `windows-1250`, …); nil when given text.
    public var charset: String?
    /// True when the bytes declared nothing usable and were not UTF-8, so Windows-1252 was assumed.
    public var usedWindows1252Fallback: Bool

    /// Reads raw bytes, finding the charset from the BOM, the page's own declaration, then the bytes.
    public init(data: Data, url: String? = nil) {
        let decoded = HTMLCharset.decode(data)
        self.init(html: decoded.text, url: url)
        charset = decoded.charset
        usedWindows1252Fallback = decoded.fallback
    }

    /// Reads text already decoded.
    public init(html: String, url: String? = nil) {
        self.init(html: html, url: url, parser: HTMLDocument.defaultParser)
    }

    init(html: String, url: String? = nil, parser: HTMLDocument.Parser) {
        // A stray NUL would end the text early for libxml2; it is never part of a story.
        let html = html.contains("\0") ? html.replacingOccurrences(of: "\0", with: "") : html
        var root = HTMLDocument.parse(html, with: parser)
        var meta = HTMLMetadata(root, pageURL: url)
        var title = meta.title.map(TextCleanup.title) ?? ""
        func extract() -> String {
            MainTextExtractor.text(of: root, titles: [title, meta.firstHeading.map(TextCleanup.title) ?? ""].filter { !$0.isEmpty },
                                   articleBody: meta.articleBody.map(TextCleanup.body))
        }
        var text = extract()
        if text.isEmpty, parser == .libxml2 {
            // libxml2 gives up on nesting deeper than 256 elements; the tokenizer flattens it.
            root = HTMLDocument.parse(html, with: .tokenizer)
            meta = HTMLMetadata(root, pageURL: url)
            title = meta.title.map(TextCleanup.title) ?? ""
            text = extract()
        }
        self.text = text
        self.title = title.isEmpty ? TextCleanup.fallbackTitle(from: text) : title
        published = meta.published
        publishedSource = meta.publishedSource
        self.url = meta.url
        siteName = meta.siteName
        charset = nil
        usedWindows1252Fallback = false
    }
}

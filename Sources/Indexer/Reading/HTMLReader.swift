import Foundation

/// `.html`/`.htm`: one article per page. The body is the visible text of `<article>` (the one
/// with most text), else `<main>`, else `<body>`; metadata comes from `<meta>`, JSON-LD and `<time>`.
enum HTMLReader {
    static func read(_ html: String, file: ArticleFile) throws(ReadError) -> Article {
        let root = HTMLDocument.parse(html)
        let meta = HTMLMetadata(root)
        let story = content(of: root)
        var body = TextCleanup.body(HTMLText.render(story))
        if body.isEmpty {
            // A page wrapped whole in <form> (as ASP.NET does) has its text there.
            body = TextCleanup.body(HTMLText.render(story, dropping: HTMLText.dropped.subtracting(["form"])))
        }
        guard !body.isEmpty else { throw ReadError(path: file.relativePath, reason: "HTML page has no text") }

        var title = meta.title.map(TextCleanup.title) ?? ""
        if title.isEmpty { title = TextCleanup.fallbackTitle(from: body) }
        var article = Article(id: file.relativePath, path: file.path, title: title, body: body)
        if let date = meta.published {
            article.published = date
            article.publishedSource = .htmlMeta
        }
        article.url = meta.url
        article.source = meta.siteName
        return article
    }

    /// The element that holds the story.
    private static func content(of root: HTMLNode) -> HTMLNode {
        let visible = visibleElements(root)
        let articles = visible.filter { $0.name == "article" }
        if let best = articles.max(by: { $0.rawText.count < $1.rawText.count }) { return best }
        if let main = visible.first(where: { $0.name == "main" }) ?? visible.first(where: { $0.attributes["role"] == "main" }) {
            return main
        }
        return visible.first { $0.name == "body" } ?? root
    }

    /// Page furniture whose `<article>` teasers are not the story.
    private static let furniture: Set<String> = ["nav", "header", "footer", "aside", "script", "style", "noscript", "template"]

    /// Elements not inside furniture (an `<article>` teaser inside `<aside>` does not count).
    private static func visibleElements(_ root: HTMLNode) -> [HTMLNode] {
        var found: [HTMLNode] = []
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            for case .element(let child) in node.children.reversed() where !furniture.contains(child.name) {
                found.append(child)
                stack.append(child)
            }
        }
        return found
    }
}

import Foundation

/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry an article with id `path#N`, its
/// title, link and date from the feed, its text from `content:encoded`/`content`, else the
/// description or summary, read as HTML through the HTML reader. An item whose date cannot be
/// read is indexed without it (dated from its text) and reported.
enum FeedReader {
    static func read(_ root: XMLElementNode, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        let atom = root.localName == "feed"
        let channel = atom ? root : (root.child("channel") ?? root)
        // RSS 1.0 puts items beside the channel, RSS 2.0 inside it.
        let items = atom ? root.children("entry") : (channel.children("item") + (channel === root ? [] : root.children("item")))
        let feedTitle = channel.child("title")?.trimmedText
        guard !items.isEmpty else {
            throw ReadError(path: file.relativePath, reason: "feed has no \(atom ? "entries" : "items")")
        }
        var articles: [Article] = []
        var skipped: [Skip] = []
        for (index, item) in items.enumerated() where item.closed {
            let number = index + 1
            let position = "\(atom ? "entry" : "item") \(number)"
            do {
                var article = try self.article(item, atom: atom, file: file)
                article.id = "\(file.relativePath)#\(number)"
                article.format = atom ? "atom" : "rss"
                if article.source == nil { article.source = feedTitle }
                if let raw = dateText(item, atom: atom) {
                    if let date = DateParsing.parse(raw) {
                        article.published = date
                        article.publishedSource = .feed
                    } else {
                        article.published = nil
                        article.publishedSource = nil
                        skipped.append(Skip(path: file.relativePath, reason:
                            "\(position): date \"\(raw.prefix(60))\" not understood; indexed without it"))
                    }
                }
                articles.append(article)
            } catch {
                skipped.append(Skip(path: file.relativePath, reason: "\(position): \(error.reason)"))
            }
        }
        return (articles, skipped)
    }

    private static func article(_ item: XMLElementNode, atom: Bool, file: ArticleFile) throws(ReadError) -> Article {
        let title = item.child("title").map { titleText($0) } ?? ""
        // The full text first; an empty one (Atom `content src="…"`) falls back to the summary.
        let candidates = [item.child("content:encoded", "content"), item.child("description", "summary")]
        guard let html = candidates.lazy.compactMap({ $0.flatMap(bodyHTML) }).first else {
            throw ReadError(path: file.relativePath, reason: "no text (no content or description)")
        }
        var article = try EmbeddedHTML.article(html: html, file: file)
        if !title.isEmpty { article.title = title }
        if let link = self.link(item, atom: atom) { article.url = link }
        return article
    }

    /// The body as HTML for the HTML reader: escaped HTML and CDATA arrive as text; Atom's
    /// `type="xhtml"` content is markup, written back out.
    private static func bodyHTML(_ node: XMLElementNode) -> String? {
        let html: String
        switch node.attributes["type"]?.lowercased() {
        case "xhtml":
            html = node.children.map(\.markup).joined()
        case "text":
            html = "<p>" + escaped(node.text).replacingOccurrences(of: "\n\n", with: "</p><p>") + "</p>"
        default:
            html = node.text
        }
        return html.allSatisfy(\.isWhitespace) ? nil : html
    }

    private static func titleText(_ node: XMLElementNode) -> String {
        let raw = node.text
        let text = node.attributes["type"]?.lowercased() == "html" || raw.contains("&") ? RecordFields.plainText(raw) : raw
        return TextCleanup.title(text)
    }

    private static func link(_ item: XMLElementNode, atom: Bool) -> String? {
        if atom {
            let links = item.children("link")
            let page = links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" } ?? links.first
            return page?.attributes["href"]
        }
        if let link = item.child("link")?.trimmedText { return link }
        if let guid = item.child("guid"), guid.attributes["isPermaLink"]?.lowercased() != "false" { return guid.trimmedText }
        return item.attributes["rdf:about"]
    }

    private static func dateText(_ item: XMLElementNode, atom: Bool) -> String? {
        let names = atom ? ["published", "updated", "dc:date"] : ["pubDate", "dc:date", "published", "updated"]
        for name in names { if let t = item.child(name)?.trimmedText { return t } }
        return nil
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

extension XMLElementNode {
    /// The element written back as markup (for Atom XHTML content handed to the HTML reader).
    var markup: String {
        var out = "<" + String(localName)
        for (k, v) in attributes.sorted(by: { $0.key < $1.key }) where !k.hasPrefix("xmlns") {
            out += " \(k)=\"" + FeedReader.escaped(v).replacingOccurrences(of: "\"", with: "&quot;") + "\""
        }
        out += ">"
        for part in content {
            switch part {
            case .text(let t): out += FeedReader.escaped(t)
            case .element(let e): out += e.markup
            }
        }
        return out + "</" + String(localName) + ">"
    }
}

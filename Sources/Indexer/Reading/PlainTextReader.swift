import Foundation

/// `.txt` and `.md`: one article per file. Title from front matter or header lines when they
/// give one, else the first non-empty line (Markdown `#`s removed), the body being what follows.
enum PlainTextReader {
    static func read(_ text: String, markdown: Bool, file: ArticleFile) throws(ReadError) -> Article {
        let header = TextHeader.parse(text)
        let fields = header?.fields ?? [:]
        let rest = header?.rest ?? text[...]

        var title: String
        var body: Substring
        if let metaTitle = ArticleFields.first(ArticleFields.title, in: fields) {
            title = metaTitle
            body = rest
        } else {
            (title, body) = firstLine(of: rest, markdown: markdown)
            if markdown { title = MarkdownText.plain(title) }
            // A first line this long is the lead paragraph of an untitled article: keep it in the
            // body (it is the text most worth searching) and shorten it for the title.
            if title.count > maxTitleLength {
                title = ""
                body = rest
            }
        }
        title = TextCleanup.title(title)
        var bodyText = TextCleanup.body(markdown ? MarkdownText.plain(String(body)) : String(body))
        // A file of one line: that line is the whole article, title and text.
        if bodyText.isEmpty, fields.isEmpty, !title.isEmpty { bodyText = title }
        guard !bodyText.isEmpty else {
            if let problem = header?.brokenYAML { throw ReadError(path: file.relativePath, reason: "broken YAML front matter: \(problem)") }
            throw ReadError(path: file.relativePath, reason: "no body text")
        }
        if title.isEmpty { title = TextCleanup.fallbackTitle(from: bodyText) }

        var article = Article(id: file.relativePath, path: file.path, title: title, body: bodyText)
        if let raw = ArticleFields.first(ArticleFields.date, in: fields), let date = DateParsing.parse(raw) {
            article.published = date
            article.publishedSource = .frontMatter
        }
        article.url = ArticleFields.first(ArticleFields.url, in: fields).map(TextCleanup.title)
        article.source = ArticleFields.first(ArticleFields.source, in: fields).map(TextCleanup.title)
        return article
    }

    static let maxTitleLength = 200

    /// The first line with words as a title, and the text after it. A rule line (`---`, `***`,
    /// an unclosed front-matter fence) has no words, so it is never the title. A Setext underline
    /// (`=====` or `-----` under the title) is dropped with it.
    private static func firstLine(of text: Substring, markdown: Bool) -> (String, Substring) {
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[start..<end]
            if !line.allSatisfy({ $0.isWhitespace || Self.ruleMarks.contains($0) }) {
                var rest = text[end...]
                guard markdown else { return (String(line), rest) }
                // A Setext underline is the very next line.
                let next = rest.dropFirst()
                let underline = next.prefix { $0 != "\n" }
                let mark = underline.trimmingCharacters(in: .whitespaces)
                if mark.count >= 2, Set(mark).count == 1, mark.first == "=" || mark.first == "-" {
                    rest = next[underline.endIndex...]
                }
                return (stripATXHashes(String(line)), rest)
            }
            start = end < text.endIndex ? text.index(after: end) : end
        }
        return ("", text[text.endIndex...])
    }

    /// Characters a rule line is drawn with.
    private static let ruleMarks: Set<Character> = ["-", "=", "*", "_", "~", "#"]

    /// `## Title ##` → `Title`.
    private static func stripATXHashes(_ line: String) -> String {
        var s = line.trimmingCharacters(in: .whitespaces)
        guard s.hasPrefix("#") else { return s }
        s = String(s.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        if s.hasSuffix("#") { s = String(s.reversed().drop { $0 == "#" }.reversed()).trimmingCharacters(in: .whitespaces) }
        return s
    }
}

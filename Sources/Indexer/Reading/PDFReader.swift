import Foundation

/// `.pdf` through Poppler's `pdftotext` and `pdfinfo` (poppler-utils), run as processes: one
/// article, its title from the document information, else the largest line near the top of the
/// first page; its date from the information's CreationDate. A PDF without a text layer is
/// skipped as "no text layer (scanned?)"; encrypted, damaged and truncated files are reported.
enum PDFReader {
    static let pdftotext = ExternalTool("pdftotext")
    static let pdfinfo = ExternalTool("pdfinfo")

    static func read(_ data: Data, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        func fail(_ reason: String) -> ReadError { ReadError(path: file.relativePath, reason: reason) }
        guard data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else { throw fail("not a PDF (no %PDF- header)") }
        // Poppler reads the file itself (by path, not through a pipe that could raise SIGPIPE here).
        guard let info = pdfinfo.run(["-isodates", file.path]), let text = pdftotext.run(["-q", "-enc", "UTF-8", file.path, "-"]) else {
            throw fail("PDF needs Poppler's pdftotext and pdfinfo (Debian: apt-get install poppler-utils; scripts/install-deps.sh does it)")
        }
        let truncated = data.suffix(2048).range(of: Data("%%EOF".utf8)) == nil
        if info.timedOut || text.timedOut { throw fail("Poppler took too long to read this PDF (damaged?)") }
        let fields = Self.fields(info.stdout)
        if info.status != 0 || text.status != 0 {
            let message = info.stderrText.split(separator: "\n").last.map(String.init) ?? ""
            if message.localizedCaseInsensitiveContains("password") || text.status == 3 {
                throw fail("encrypted PDF (needs a password)")
            }
            if truncated { throw fail("truncated PDF (no %%EOF at the end; Poppler: \(message.isEmpty ? "could not open it" : message))") }
            throw fail("damaged PDF (Poppler: \(message.isEmpty ? "could not open it, status \(text.status)" : message))")
        }
        let body = TextCleanup.body(String(decoding: text.stdout, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n\n"))
        guard body.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
            if fields["encrypted"]?.hasPrefix("yes") == true { throw fail("encrypted PDF: Poppler may not extract its text") }
            if truncated { throw fail("truncated PDF (no %%EOF at the end) and no text could be recovered") }
            throw fail("no text layer (scanned?)")
        }
        var title = fields["title"].flatMap(meaningfulTitle) ?? largestLine(file: file) ?? ""
        title = TextCleanup.title(title)
        if title.isEmpty { title = TextCleanup.fallbackTitle(from: body) }
        var article = Article(id: file.relativePath, path: file.path, title: title, body: Self.withoutLeadingTitle(body, title))
        if let raw = fields["creationdate"], let date = DateParsing.parse(raw) {
            article.published = date
            article.publishedSource = .pdfInfo
        }
        article.format = "pdf"
        let skipped = truncated
            ? [Skip(path: file.relativePath, reason: "truncated PDF (no %%EOF at the end); indexed the text Poppler recovered")] : []
        return ([article], skipped)
    }

    /// The body without a first line that only repeats the title (the headline on the page).
    static func withoutLeadingTitle(_ body: String, _ title: String) -> String {
        guard !title.isEmpty, body.hasPrefix(title) else { return body }
        let rest = body.dropFirst(title.count)
        guard rest.first?.isNewline == true else { return body }
        let trimmed = rest.drop { $0.isWhitespace }
        return trimmed.isEmpty ? body : String(trimmed)
    }

    /// `pdfinfo` lines ("Title:           Xi meets Lee") by lowercased key.
    static func fields(_ output: Data) -> [String: String] {
        var out: [String: String] = [:]
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if out[key] == nil, !value.isEmpty { out[key] = value }
        }
        return out
    }

    /// A document-information title worth showing: not a file name or a word-processor default.
    static func meaningfulTitle(_ raw: String) -> String? {
        let t = raw.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        guard t.count >= 3, !["untitled", "title", "document", "untitled document"].contains(lower),
              !lower.hasPrefix("microsoft word - "),
              ![".pdf", ".doc", ".docx", ".odt", ".rtf", ".indd", ".txt", ".html", ".qxd"].contains(where: lower.hasSuffix)
        else { return nil }
        return t
    }

    /// The tallest line among the first lines of page 1 (`pdftotext -bbox-layout`): the headline.
    static func largestLine(file: ArticleFile) -> String? {
        guard let out = pdftotext.run(["-q", "-f", "1", "-l", "1", "-bbox-layout", file.path, "-"]), out.status == 0,
              let root = XMLTree.parse(out.stdout).root else { return nil }
        var lines: [(height: Double, text: String)] = []
        func walk(_ node: XMLElementNode) {
            guard lines.count < 20 else { return }
            if node.localName == "line" {
                let words = node.children("word").compactMap(\.trimmedText)
                if let top = Double(node.attributes["yMin"] ?? ""), let bottom = Double(node.attributes["yMax"] ?? ""), !words.isEmpty {
                    lines.append((bottom - top, words.joined(separator: " ")))
                }
                return
            }
            node.children.forEach(walk)
        }
        walk(root)
        guard let tallest = lines.max(by: { $0.height < $1.height }) else { return nil }
        // Larger than the body text, or the first line when every line is one size.
        let typical = lines.map(\.height).sorted()[lines.count / 2]
        return tallest.height > typical * 1.15 ? tallest.text : lines.first?.text
    }
}

import Foundation

/// `.csv` with a header row: each later row is one article, id `path#N` for the Nth data row.
/// Rows with the wrong number of fields are skipped with the reason; the rest are read.
enum CSVReader {
    static func read(_ text: String, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        var rows = CSVParser.records(text)[...]
        guard let header = rows.popFirst() else { throw ReadError(path: file.relativePath, reason: "CSV has no header row") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard RecordFields.looksLikeArticle(names), names.contains(where: { (ArticleFields.body + ArticleFields.lead).contains($0) }) else {
            throw ReadError(path: file.relativePath,
                            reason: "CSV header has no text column (looked for text, body, content…; found \(shownColumns(header.fields)))")
        }
        guard !rows.isEmpty else { throw ReadError(path: file.relativePath, reason: "CSV has a header but no rows") }

        var articles: [Article] = []
        var skipped: [Skip] = []
        for (index, row) in rows.enumerated() {
            let number = index + 1
            let position = "record \(number) (line \(row.line))"
            if row.unterminated {
                skipped.append(Skip(path: file.relativePath, reason: "\(position): quoted field never closed"))
                continue
            }
            guard row.fields.count == names.count else {
                skipped.append(Skip(path: file.relativePath,
                                    reason: "\(position): \(row.fields.count) fields, expected \(names.count)"))
                continue
            }
            var fields: [String: String] = [:]
            for (name, value) in zip(names, row.fields) where fields[name] == nil { fields[name] = value }
            do {
                articles.append(try RecordFields.article(from: fields, id: "\(file.relativePath)#\(number)", file: file))
            } catch {
                skipped.append(Skip(path: file.relativePath, reason: "\(position): \(error.reason)"))
            }
        }
        return (articles, skipped)
    }

    /// The header's names for a message: the first eight, each cut to 40 characters, and a count
    /// of the rest, so a malformed header (a whole data line, 100 000 columns) keeps the reason short.
    static func shownColumns(_ fields: [String]) -> String {
        let shown = fields.prefix(8).map { $0.count > 40 ? String($0.prefix(40)) + "…" : $0 }
        let more = fields.count > 8 ? " and \(fields.count - 8) more" : ""
        return shown.joined(separator: ", ") + more
    }
}

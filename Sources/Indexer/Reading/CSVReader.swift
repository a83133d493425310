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

        let records = rows.enumerated().lazy.map { index, row in
            RecordFields.Record(number: index + 1, position: "record \(index + 1) (line \(row.line))",
                                fields: fields(of: row, names: names, file: file))
        }
        return RecordFields.articles(records, file: file)
    }

    /// A row's fields by header name (the first column of a repeated name wins), or why it has none.
    private static func fields(of row: CSVParser.Record, names: [String], file: ArticleFile) -> Result<[String: String], ReadError> {
        if row.unterminated { return .failure(ReadError(path: file.relativePath, reason: "quoted field never closed")) }
        guard row.fields.count == names.count else {
            return .failure(ReadError(path: file.relativePath, reason: "\(row.fields.count) fields, expected \(names.count)"))
        }
        var fields: [String: String] = [:]
        for (name, value) in zip(names, row.fields) where fields[name] == nil { fields[name] = value }
        return .success(fields)
    }

    /// The header's names for a message: the first eight, each cut to 40 characters, and a count
    /// of the rest, so a malformed header (a whole data line, 100 000 columns) keeps the reason short.
    static func shownColumns(_ fields: [String]) -> String {
        let shown = fields.prefix(8).map { $0.count > 40 ? String($0.prefix(40)) + "…" : $0 }
        let more = fields.count > 8 ? " and \(fields.count - 8) more" : ""
        return shown.joined(separator: ", ") + more
    }
}

import Foundation

/// Reads a scanned file into articles, choosing the reader by extension.
///
///     let (articles, skipped) = try ArticleReader.read(file)
///
/// Single-article files (txt, md, html, a JSON object, NITF, PDF) give one article whose id is
/// the relative path. Multi-record files (jsonl, csv, JSON arrays, WARC, feeds, NewsML-G2
/// messages) give `path#N` ids, return their good records, and report the bad ones in
/// `skipped` instead of failing the whole file.
public enum ArticleReader {
    public static let supportedExtensions: Set<String> = [
        "txt", "md", "markdown", "html", "htm", "json", "jsonl", "ndjson", "csv",
        "warc", "warc.gz", "rss", "atom", "xml", "pdf",
    ]

    public static func read(_ file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file.path))
        } catch {
            throw ReadError(path: file.relativePath, reason: "could not be read (\(describe(error)))")
        }
        return try read(data: data, file: file)
    }

    public static func read(data: Data, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        let ext = file.format
        guard supportedExtensions.contains(ext) else {
            throw ReadError(path: file.relativePath, reason: "unsupported file type \(ext.isEmpty ? "(no extension)" : "." + ext)")
        }
        guard !data.isEmpty else { throw ReadError(path: file.relativePath, reason: "empty file") }
        // Binary containers first: they decode their own bytes.
        switch ext {
        case "warc", "warc.gz": return try WARCReader.read(data, file: file)
        case "pdf": return try PDFReader.read(data, file: file)
        case "rss", "atom", "xml": return try XMLArticleReader.read(data, file: file)
        default: break
        }
        guard !TextDecoding.looksBinary(data) else {
            throw ReadError(path: file.relativePath, reason: "binary content, not text")
        }
        let decoded = TextDecoding.decode(data)
        var result: (articles: [Article], skipped: [Skip])
        switch ext {
        case "txt":
            result = ([try PlainTextReader.read(decoded.text, markdown: false, file: file)], [])
        case "md", "markdown":
            result = ([try PlainTextReader.read(decoded.text, markdown: true, file: file)], [])
        case "html", "htm":
            result = ([try HTMLReader.read(decoded.text, file: file)], [])
        case "json":
            result = try JSONReader.readDocument(decoded.text, file: file)
        case "jsonl", "ndjson":
            result = try JSONReader.readLines(decoded.text, file: file)
        default:
            result = try CSVReader.read(decoded.text, file: file)
        }
        if decoded.usedWindows1252 {
            for i in result.articles.indices { result.articles[i].decodedAsWindows1252 = true }
        }
        return result
    }

    /// The system's words for an I/O failure, without Foundation's long domain text.
    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code))).lowercased()
        }
        switch ns.code {
        case NSFileReadNoPermissionError: return "permission denied"
        case NSFileReadNoSuchFileError: return "no such file"
        default: return ns.localizedDescription
        }
    }
}

import Foundation

/// `.rss`, `.atom` and `.xml`: the root element decides the reader. Feeds (`rss`, `rdf:RDF`,
/// `feed`), NITF (`nitf`) and IPTC NewsML-G2 (`newsItem`, `newsMessage`).
enum XMLArticleReader {
    static func read(_ data: Data, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        let tree = XMLTree.parse(data)
        guard let root = tree.root else {
            throw ReadError(path: file.relativePath, reason: "invalid XML (\(tree.error ?? "no root element"))")
        }
        // A single-article document cut short by an error is not indexed half-read.
        if let error = tree.error, ["nitf", "newsItem"].contains(root.localName) {
            throw ReadError(path: file.relativePath, reason: "invalid XML at \(error)")
        }
        var result: (articles: [Article], skipped: [Skip])
        do throws(ReadError) {
            switch root.localName {
            case "rss", "RDF", "feed":
                result = try FeedReader.read(root, file: file)
            case "nitf":
                result = try NITFReader.read(root, file: file)
            case "newsItem", "newsMessage":
                result = try NewsMLReader.read(root, file: file)
            default:
                throw ReadError(path: file.relativePath, reason:
                    "XML root <\(root.name)> is not a feed (rss, rdf:RDF, feed), NITF (nitf) or NewsML-G2 (newsItem, newsMessage)")
            }
        } catch {
            // "no items" in a document cut short is the XML error's doing: name that instead.
            if let xmlError = tree.error { throw ReadError(path: file.relativePath, reason: "invalid XML at \(xmlError)") }
            throw error
        }
        if let error = tree.error {
            // Items that ended before the error were read; say where the rest was lost.
            let kept = result.articles.count
            let reason = "invalid XML at \(error); \(kept) \(kept == 1 ? "article" : "articles") before it read"
            guard kept > 0 else { throw ReadError(path: file.relativePath, reason: "invalid XML at \(error)") }
            result.skipped.append(Skip(path: file.relativePath, reason: reason))
        }
        return result
    }
}

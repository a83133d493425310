import Foundation

/// `.json` (an article object, an array of them, a wrapper with an `articles`/`items`/`data`
/// array, or an object of article objects such as fundus' `{"V1": {…}, "V2": {…}}`) and
/// `.jsonl`/`.ndjson` (one object per line).
enum JSONReader {
    private static let wrapperKeys = ["articles", "items", "data", "results", "records", "entries", "posts", "documents"]

    static func readDocument(_ text: String, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw ReadError(path: file.relativePath, reason: "malformed JSON" + detail(error))
        }
        if let list = root as? [Any] {
            return try records(list, file: file)
        }
        guard let object = root as? [String: Any] else {
            throw ReadError(path: file.relativePath, reason: "JSON is neither an object nor an array of objects")
        }
        for key in wrapperKeys {
            if let list = value(key, in: object) as? [Any], list.contains(where: { $0 is [String: Any] }) {
                return try records(list, file: file)
            }
        }
        if RecordFields.looksLikeArticle(object.keys) {
            return ([try RecordFields.article(from: fields(of: object), id: file.relativePath, file: file)], [])
        }
        // An object whose values are articles, keyed by name: read in natural key order for stable ids.
        let keyed = object.keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        let values = keyed.map { object[$0] as Any }
        if values.contains(where: { ($0 as? [String: Any]).map { RecordFields.looksLikeArticle($0.keys) } ?? false }) {
            return try records(values, file: file)
        }
        throw ReadError(path: file.relativePath, reason: "JSON has no article fields (title, text, body, content…)")
    }

    /// Ids use the 1-based line number (`feed.jsonl#7`), so fixing or removing one bad line
    /// does not renumber the articles after it.
    static func readLines(_ text: String, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().lazy
            .filter { !$0.element.allSatisfy(\.isWhitespace) }
            .map { index, line in
                RecordFields.Record(number: index + 1, position: "line \(index + 1)", fields: record(
                    try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]), file: file, unparsed: "malformed JSON"))
            }
        let (articles, skipped) = RecordFields.articles(lines, file: file)
        guard !articles.isEmpty || !skipped.isEmpty else {
            throw ReadError(path: file.relativePath, reason: "no records")
        }
        return (articles, skipped)
    }

    /// Items of an array, numbered from 1 for ids and skip reasons.
    private static func records(_ list: [Any], file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        guard !list.isEmpty else { throw ReadError(path: file.relativePath, reason: "no records") }
        let items = list.enumerated().lazy.map { index, item in
            RecordFields.Record(number: index + 1, position: "item \(index + 1)", fields: record(item, file: file, unparsed: ""))
        }
        return RecordFields.articles(items, file: file)
    }

    /// A parsed JSON value as a record's fields: an object, or the reason it is none.
    private static func record(_ parsed: Any?, file: ArticleFile, unparsed: String) -> Result<[String: String], ReadError> {
        guard let parsed else { return .failure(ReadError(path: file.relativePath, reason: unparsed)) }
        guard let object = parsed as? [String: Any] else { return .failure(ReadError(path: file.relativePath, reason: "not a JSON object")) }
        return .success(fields(of: object))
    }

    /// Lowercased key → text. Nested values are flattened to their text, so a structured
    /// body (fundus: `{summary: […], sections: [{headline: […], paragraphs: […]}]}`) reads in order.
    static func fields(of object: [String: Any]) -> [String: String] {
        var out: [String: String] = [:]
        for (key, value) in object {
            let name = key.lowercased()
            guard out[name] == nil else { continue }
            if let nested = value as? [String: Any], let label = nested.first(where: { $0.key.lowercased() == "name" })?.value as? String {
                out[name] = label   // e.g. "source": {"id": …, "name": "Reuters"}
            } else {
                out[name] = flatten(value)
            }
        }
        return out
    }

    private static let orderedTextKeys = ["summary", "lead", "headline", "title", "sections", "paragraphs", "text", "body",
                                          "content", "rendered", "value"]

    static func flatten(_ value: Any) -> String {
        switch value {
        case let s as String:
            return s
        case let list as [Any]:
            return list.map(flatten).filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n\n")
        case let object as [String: Any]:
            let lowered = Dictionary(object.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
            let known = orderedTextKeys.compactMap { lowered[$0] }
            let parts = known.isEmpty ? lowered.keys.sorted().compactMap { lowered[$0] } : known
            return parts.map(flatten).filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n\n")
        case is NSNull:
            return ""
        case let n as NSNumber:
            return n.stringValue
        default:
            return ""
        }
    }

    private static func value(_ key: String, in object: [String: Any]) -> Any? {
        object.first { $0.key.lowercased() == key }?.value
    }

    private static func detail(_ error: Error) -> String {
        let ns = error as NSError
        guard let text = ns.userInfo[NSDebugDescriptionErrorKey] as? String, !text.isEmpty else { return "" }
        return ": " + text
    }
}

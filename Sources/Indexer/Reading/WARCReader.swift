import Foundation

/// `.warc` and `.warc.gz` web archives (ISO 28500): every `response` record with an HTML body
/// is an article with id `path#N` (the Nth response record), its URL from `WARC-Target-URI`,
/// its date from the page, else `WARC-Date`. Revisits, non-HTML and non-2xx responses are
/// counted in one line; damaged gzip members and records are reported and the rest read.
enum WARCReader {
    static let format = "warc"

    static func read(_ data: Data, file: ArticleFile) throws(ReadError) -> (articles: [Article], skipped: [Skip]) {
        var skipped: [Skip] = []
        let stream: [UInt8]
        let gzip = data.starts(with: [0x1F, 0x8B])
        var members: GzipMembers?
        if gzip {
            let inflated = data.withUnsafeBytes { GzipMembers($0) }
            skipped += inflated.problems.map { Skip(path: file.relativePath, reason: $0) }
            members = inflated
            stream = inflated.output
        } else {
            stream = [UInt8](data)
        }
        // A record's offset in the file: for .warc.gz, where its gzip member starts (as CDX indexes say).
        func offset(_ position: Int) -> Int { members?.compressedOffset(ofOutput: position) ?? position }

        let parsed = WARCRecords.parse(stream)
        guard !parsed.records.isEmpty else {
            let why = (skipped.map(\.reason) + parsed.problems.map(\.reason)).first ?? "no WARC records"
            throw ReadError(path: file.relativePath, reason: "not a WARC file (\(why))")
        }
        for problem in parsed.problems {
            skipped.append(Skip(path: file.relativePath, reason: "record at byte \(offset(problem.start)): \(problem.reason)"))
        }

        var articles: [Article] = []
        var passedOver: [String: Int] = [:]
        var responseNumber = 0
        for record in parsed.records {
            switch record.type {
            case "response":
                responseNumber += 1
            case _ where record.damage != nil:
                skipped.append(Skip(path: file.relativePath, reason: "record at byte \(offset(record.start)): \(record.damage!)"))
                continue
            case "revisit":
                passedOver["revisit", default: 0] += 1   // a capture of a page already archived
                continue
            default:
                continue   // warcinfo, request, metadata, resource, conversion: not pages
            }
            let number = responseNumber
            let at = offset(record.start)
            let uri = record.fields["warc-target-uri"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }
            let position = "record \(number) at byte \(at)\(uri.map { " (\($0))" } ?? "")"
            if let damage = record.damage {
                skipped.append(Skip(path: file.relativePath, reason: "\(position): \(damage)"))
                continue
            }
            let page: (body: [UInt8], charset: String?)
            switch htmlBody(record, stream) {
            case .html(let body, let charset): page = (body, charset)
            case .passedOver(let why): passedOver[why, default: 0] += 1; continue
            case .unreadable(let why): skipped.append(Skip(path: file.relativePath, reason: "\(position): \(why)")); continue
            }
            do {
                var article = try EmbeddedHTML.article(bytes: page.body, declaredCharset: page.charset, file: file)
                article.id = "\(file.relativePath)#\(number)"
                article.format = format
                article.recordOffset = at
                if let uri, !uri.isEmpty { article.url = uri }
                article.captured = record.fields["warc-date"].flatMap(DateParsing.parse)
                articles.append(article)
            } catch {
                skipped.append(Skip(path: file.relativePath, reason: "\(position): \(error.reason)"))
            }
        }
        if !passedOver.isEmpty {
            let total = passedOver.values.reduce(0, +)
            let parts = passedOver.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .map { "\($0.value) \($0.key)" }
            skipped.append(Skip(path: file.relativePath, reason:
                "\(total) \(total == 1 ? "record" : "records") not indexed (not HTML pages): " + parts.joined(separator: ", ")))
        }
        return (articles, skipped)
    }

    private enum Body {
        case html([UInt8], charset: String?)
        case passedOver(String)   // counted, not reported one by one
        case unreadable(String)
    }

    /// The HTML a response record carries, or why it carries none.
    private static func htmlBody(_ record: WARCRecords.Record, _ stream: [UInt8]) -> Body {
        let block = stream[record.block]
        let recordType = record.fields["content-type"]?.lowercased() ?? ""
        // Some writers label an HTTP block with the page's type: the block decides.
        guard recordType.hasPrefix("application/http") || block.starts(with: Array("HTTP/".utf8)) else {
            return looksLikeHTML(recordType, block) ? .html(Array(block), charset: nil) : .passedOver("non-HTML response")
        }
        let response: HTTPResponse
        do {
            response = try HTTPResponse(block)
        } catch {
            return .unreadable(error.reason)
        }
        guard (200..<300).contains(response.status) else { return .passedOver("error or redirect status") }
        guard looksLikeHTML(response.mediaType ?? "", response.body[...]) else { return .passedOver("non-HTML response") }
        return .html(response.body, charset: response.charset)
    }

    /// `text/html` or XHTML by type; with no type, a body that opens like a page.
    private static func looksLikeHTML(_ mediaType: String, _ body: ArraySlice<UInt8>) -> Bool {
        if mediaType.hasPrefix("text/html") || mediaType.hasPrefix("application/xhtml") { return true }
        guard mediaType.isEmpty else { return false }
        let head = String(decoding: body.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html")
    }
}

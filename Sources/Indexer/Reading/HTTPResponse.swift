import Foundation

/// An HTTP response as a WARC `response` record stores it: status, header fields, and the body
/// with its transfer coding (chunked) and content coding (gzip, deflate) undone.
///
///     let r = try HTTPResponse(bytes[block])   // r.status, r.mediaType, r.charset, r.body
struct HTTPResponse {
    var status: Int
    /// Header fields by lowercased name (the first of repeated fields).
    var fields: [String: String]
    var body: [UInt8]

    /// Why a block could not be read as an HTTP response.
    struct Failure: Error { var reason: String }

    /// `text/html` from `Content-Type: text/html; charset=utf-8`, lowercased.
    var mediaType: String? {
        fields["content-type"].map { String($0.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// The `charset` parameter of Content-Type, lowercased, without quotes.
    var charset: String? {
        guard let type = fields["content-type"] else { return nil }
        for part in type.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
            }
        }
        return nil
    }

    init(_ block: ArraySlice<UInt8>) throws(Failure) {
        var lines = LineCursor(block)
        guard let statusLine = lines.next(), statusLine.starts(with: Array("HTTP/".utf8)) else {
            throw Failure(reason: "block is not an HTTP response")
        }
        let parts = String(decoding: statusLine, as: UTF8.self).split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let code = Int(parts[1]) else { throw Failure(reason: "HTTP status line has no status code") }
        status = code
        fields = [:]
        while let line = lines.next(), !line.isEmpty {
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            if fields[name] == nil {
                fields[name] = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            }
        }
        var raw = Array(block[lines.position...])
        if fields["transfer-encoding"]?.lowercased().contains("chunked") == true {
            raw = Self.dechunked(raw[...])
        }
        switch fields["content-encoding"]?.lowercased().trimmingCharacters(in: .whitespaces) ?? "" {
        case "", "identity":
            body = raw
        case "gzip", "x-gzip":
            body = try Self.inflated(raw, formats: [.gzip])
        case "deflate":
            body = try Self.inflated(raw, formats: [.zlib, .raw])
        case let other:
            throw Failure(reason: "body is \(other)-compressed, which is not supported")
        }
    }

    /// `Transfer-Encoding: chunked` undone; a cut-off last chunk keeps what arrived.
    static func dechunked(_ data: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var lines = LineCursor(data)
        while let sizeLine = lines.next() {
            let hex = String(decoding: sizeLine.prefix { $0 != 0x3B }, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard let size = Int(hex, radix: 16), size > 0 else { break }
            let start = lines.position, end = size < data.endIndex - start ? start + size : data.endIndex
            out.append(contentsOf: data[start..<end])
            lines.position = end
            _ = lines.next()   // the CRLF after the chunk
        }
        return out
    }

    private static func inflated(_ data: [UInt8], formats: [Inflater.Format]) throws(Failure) -> [UInt8] {
        for format in formats {
            var out: [UInt8] = []
            let outcome = data.withUnsafeBytes { Inflater.inflate($0, format: format, into: &out) }
            if outcome.error == nil, !out.isEmpty { return out }   // a cut-off body keeps what inflated
        }
        throw Failure(reason: "compressed body could not be inflated")
    }
}

/// Lines of a byte slice ending in LF or CRLF, without the line end.
struct LineCursor {
    let bytes: ArraySlice<UInt8>
    var position: Int

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes; position = bytes.startIndex }

    mutating func next() -> ArraySlice<UInt8>? {
        guard position < bytes.endIndex else { return nil }
        let nl = bytes[position...].firstIndex(of: 0x0A) ?? bytes.endIndex
        var line = bytes[position..<nl]
        if line.last == 0x0D { line = line.dropLast() }
        position = min(nl + 1, bytes.endIndex)
        return line
    }
}

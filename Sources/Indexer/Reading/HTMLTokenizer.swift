/// A tolerant HTML tag scanner: start and end tags with attributes, and text between them.
/// Comments, doctypes and processing instructions are dropped. The contents of raw-text
/// elements (script, style, title, textarea, noscript) come out as one text token, never parsed
/// as tags. A `<` that cannot start a tag is text. It never fails: any bytes give some tokens.
enum HTMLTokenizer {
    enum Token: Equatable {
        case text(String)
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
    }

    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "noscript", "xmp", "plaintext"]

    static func tokens(_ html: String) -> [Token] {
        let b = Array(html.utf8)
        var tokens: [Token] = []
        var textStart = 0
        var i = 0

        func flushText(upTo end: Int) {
            if end > textStart { tokens.append(.text(String(decoding: b[textStart..<end], as: UTF8.self))) }
        }

        while i < b.count {
            guard b[i] == UInt8(ascii: "<"), i + 1 < b.count else { i += 1; continue }
            let next = b[i + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                flushText(upTo: i)
                i = skipMarkup(b, from: i)
                textStart = i
            } else if next == UInt8(ascii: "/"), i + 2 < b.count, isLetter(b[i + 2]) {
                flushText(upTo: i)
                var j = i + 2
                let name = readName(b, &j)
                while j < b.count, b[j] != UInt8(ascii: ">") { j += 1 }
                tokens.append(.end(name: name))
                i = min(j + 1, b.count)
                textStart = i
            } else if isLetter(next) {
                flushText(upTo: i)
                var j = i + 1
                let name = readName(b, &j)
                let (attributes, selfClosing) = readAttributes(b, &j)
                // `<script/>` does not close in a browser: raw text runs to the end tag regardless.
                let raw = rawTextElements.contains(name)
                tokens.append(.start(name: name, attributes: attributes, selfClosing: selfClosing && !raw))
                i = j
                if raw {
                    let close = findClosingTag(b, name: name, from: i)
                    if close > i { tokens.append(.text(String(decoding: b[i..<close], as: UTF8.self))) }
                    tokens.append(.end(name: name))
                    i = close
                    while i < b.count, b[i] != UInt8(ascii: ">") { i += 1 }
                    i = min(i + 1, b.count)
                }
                textStart = i
            } else {
                i += 1
            }
        }
        flushText(upTo: b.count)
        return tokens
    }

    private static func isLetter(_ c: UInt8) -> Bool {
        (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
    }

    /// A tag or attribute name, lowercased; stops at space, `/`, `>` or `=`.
    private static func readName(_ b: [UInt8], _ j: inout Int) -> String {
        let start = j
        while j < b.count, !isSpace(b[j]), b[j] != UInt8(ascii: "/"), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "=") {
            j += 1
        }
        return String(decoding: b[start..<j], as: UTF8.self).lowercased()
    }

    /// Attributes up to and including the closing `>`; values are entity-decoded.
    private static func readAttributes(_ b: [UInt8], _ j: inout Int) -> ([String: String], Bool) {
        var attributes: [String: String] = [:]
        var selfClosing = false
        while j < b.count {
            while j < b.count, isSpace(b[j]) { j += 1 }
            guard j < b.count else { break }
            if b[j] == UInt8(ascii: ">") { j += 1; return (attributes, selfClosing) }
            if b[j] == UInt8(ascii: "/") { selfClosing = true; j += 1; continue }
            selfClosing = false
            let nameStart = j
            let name = readName(b, &j)
            if j == nameStart { j += 1; continue }   // a stray "=": step over it
            while j < b.count, isSpace(b[j]) { j += 1 }
            var value = ""
            if j < b.count, b[j] == UInt8(ascii: "=") {
                j += 1
                while j < b.count, isSpace(b[j]) { j += 1 }
                if j < b.count, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                    let quote = b[j]
                    let start = j + 1
                    j = start
                    while j < b.count, b[j] != quote { j += 1 }
                    value = String(decoding: b[start..<j], as: UTF8.self)
                    j = min(j + 1, b.count)
                } else {
                    let start = j
                    while j < b.count, !isSpace(b[j]), b[j] != UInt8(ascii: ">") { j += 1 }
                    value = String(decoding: b[start..<j], as: UTF8.self)
                }
            }
            if attributes[name] == nil { attributes[name] = HTMLEntities.decode(value) }
        }
        return (attributes, selfClosing)
    }

    /// Past a comment (`<!-- … -->`), CDATA, doctype or `<? … >`.
    private static func skipMarkup(_ b: [UInt8], from i: Int) -> Int {
        if b[i...].starts(with: Array("<!--".utf8)) {
            return index(of: Array("-->".utf8), in: b, from: i + 4).map { $0 + 3 } ?? b.count
        }
        if b[i...].starts(with: Array("<![CDATA[".utf8)) {
            return index(of: Array("]]>".utf8), in: b, from: i + 9).map { $0 + 3 } ?? b.count
        }
        var j = i + 2
        while j < b.count, b[j] != UInt8(ascii: ">") { j += 1 }
        return min(j + 1, b.count)
    }

    /// Start of `</name` (any case) at or after `from`, or the end of input.
    private static func findClosingTag(_ b: [UInt8], name: String, from: Int) -> Int {
        let target = Array(("</" + name).utf8)
        var j = from
        while j + target.count <= b.count {
            if b[j] == UInt8(ascii: "<") {
                var match = true
                for k in 0..<target.count where lower(b[j + k]) != target[k] { match = false; break }
                if match { return j }
            }
            j += 1
        }
        return b.count
    }

    private static func lower(_ c: UInt8) -> UInt8 { (0x41...0x5A).contains(c) ? c + 32 : c }

    private static func index(of needle: [UInt8], in b: [UInt8], from: Int) -> Int? {
        guard needle.count <= b.count else { return nil }
        var j = from
        while j + needle.count <= b.count {
            if b[j] == needle[0], b[j..<(j + needle.count)].elementsEqual(needle) { return j }
            j += 1
        }
        return nil
    }
}

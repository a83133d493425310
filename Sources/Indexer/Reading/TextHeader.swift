import Foundation
import Yams

/// Metadata at the top of a text file: YAML front matter between `---` lines, or
/// `Key: value` lines ended by a blank line. `fields` has lowercased keys; `rest` is what follows.
///
///     TextHeader.parse("---\ntitle: Xi meets Lee\n---\nBody")?.fields["title"] == "Xi meets Lee"
struct TextHeader {
    var fields: [String: String]
    var rest: Substring
    /// Why front matter between `---` lines could be read neither as YAML nor as `Key: value`
    /// lines (the YAML parser's first line), or nil.
    var brokenYAML: String? = nil

    static func parse(_ text: String) -> TextHeader? {
        frontMatter(text) ?? headerLines(text)
    }

    // MARK: YAML front matter

    private static func frontMatter(_ text: String) -> TextHeader? {
        // The opening line is "---" (three single-scalar characters) plus trailing spaces.
        guard text.utf8.starts(with: "---".utf8) else { return nil }
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard lines.count == 2, lines[0].trimmingTrailingSpaces() == "---" else { return nil }
        let afterOpen = lines[1]
        // The block ends at the first line that is exactly `---` or `...`.
        var lineStart = afterOpen.startIndex
        while lineStart < afterOpen.endIndex {
            let lineEnd = afterOpen[lineStart...].firstIndex(of: "\n") ?? afterOpen.endIndex
            let line = afterOpen[lineStart..<lineEnd].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let block = String(afterOpen[afterOpen.startIndex..<lineStart])
                let rest = lineEnd < afterOpen.endIndex ? afterOpen[afterOpen.index(after: lineEnd)...] : afterOpen[lineEnd...]
                // Unparseable YAML still counts as front matter; its simple lines are read as headers.
                // Real front matter is small; a huge block is not worth a YAML parse.
                var problem: String?
                let parsed = block.utf8.count <= 65_536 ? yamlFields(block, problem: &problem) : nil
                let simple = parsed == nil ? keyValueFields(block.split(separator: "\n")) : nil
                let broken = parsed == nil && simple == nil && !block.allSatisfy(\.isWhitespace)
                return TextHeader(fields: parsed ?? simple ?? [:], rest: rest,
                                  brokenYAML: broken ? (problem ?? "not a mapping of keys to values") : nil)
            }
            lineStart = lineEnd < afterOpen.endIndex ? afterOpen.index(after: lineEnd) : afterOpen.endIndex
        }
        return nil
    }

    /// Top-level scalar values as the YAML parser resolved them (quotes, escapes, folding);
    /// lists of scalars joined with ", ", a nested mapping by its `name`.
    /// Values are read as strings, so `date: 2025-11-01` stays text rather than a timestamp.
    private static func yamlFields(_ block: String, problem: inout String?) -> [String: String]? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: block)
        } catch {
            problem = "\(error)".split(separator: "\n").first.map(String.init)
            return nil
        }
        guard let node, let mapping = node.mapping else { return nil }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.lowercased(), fields[name] == nil else { continue }
            if let s = value.string {
                fields[name] = s
            } else if let list = value.sequence {
                let items = list.compactMap(\.string)
                if !items.isEmpty { fields[name] = items.joined(separator: ", ") }
            } else if let nested = value.mapping, let s = nested.first(where: { $0.key.string == "name" })?.value.string {
                fields[name] = s
            }
        }
        return fields
    }

    // MARK: Key: value header lines

    private static func headerLines(_ text: String) -> TextHeader? {
        let end = blankLine(in: text)
        let block = text[..<(end?.lowerBound ?? text.endIndex)]
        let lines = block.split(separator: "\n")
        guard !lines.isEmpty, lines.count <= 30, let fields = keyValueFields(lines) else { return nil }
        // Only a block naming at least one field we use is a header, not prose such as "Note: …".
        let known = ArticleFields.title + ArticleFields.date + ArticleFields.url + ArticleFields.source
        guard fields.keys.contains(where: known.contains) else { return nil }
        let rest = end.map { text[$0.upperBound...] } ?? text[text.endIndex...]
        return TextHeader(fields: fields, rest: rest)
    }

    /// The first "\n\n", as Foundation's `range(of:)` finds it. Foundation is asked only when a
    /// non-ASCII scalar follows (a combining mark could make its match end elsewhere).
    private static func blankLine(in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        var previous: UInt8 = 0
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            let next = utf8.index(after: i)
            if b == 0x0A, previous == 0x0A {
                if next < utf8.endIndex, utf8[next] >= 0x80 { return text.range(of: "\n\n") }
                return utf8.index(before: i)..<next
            }
            previous = b
            i = next
        }
        return nil
    }

    /// Parses lines that are all `Key: value`; nil as soon as one is not.
    private static func keyValueFields(_ lines: [Substring]) -> [String: String]? {
        var fields: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon]
            guard let first = key.first, first.isLetter, key.count <= 40,
                  key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "_" || $0 == "-" }) else { return nil }
            let name = fieldName(key)
            let value = TextCleanup.trimmingFoundationSpaces(line[line.index(after: colon)...])
            if fields[name] == nil { fields[name] = value.trimmingQuotes() }
        }
        return fields
    }
}

/// `key.lowercased().replacingOccurrences(of: " ", with: "_")`; natively for ASCII keys (all real ones).
private func fieldName(_ key: Substring) -> String {
    let lower = key.lowercased()
    guard lower.utf8.allSatisfy({ $0 < 0x80 }) else { return lower.replacingOccurrences(of: " ", with: "_") }
    return String(decoding: lower.utf8.map { $0 == 0x20 ? 0x5F : $0 }, as: UTF8.self)
}

private extension StringProtocol {
    func trimmingTrailingSpaces() -> SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[startIndex..<end]
    }

    func trimmingQuotes() -> String {
        let s = String(self)
        if s.count >= 2, let f = s.first, f == s.last, f == "\"" || f == "'" { return String(s.dropFirst().dropLast()) }
        return s
    }
}

/// Markdown as readable plain text: emphasis, code and link markup removed (link text kept),
/// heading `#`s, rules and end-of-release marks (`###`, `# # #`) dropped, backslash escapes
/// resolved. Lists and paragraphs stay as they are. Not a Markdown renderer: just enough
/// that snippets and titles do not show markup.
///
///     MarkdownText.plain("**Bold** [site](http://x) \\$5")  // "Bold site $5"
enum MarkdownText {
    static func plain(_ markdown: String) -> String {
        var lines: [String] = []
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = raw.drop { $0 == " " || $0 == "\t" }
            // Most lines hold no markup at all: keep them without a character-by-character pass.
            let startsWithMark = trimmed.first.map { "#-*_+\\".contains($0) } ?? false
            if !startsWithMark && !raw.utf8.contains(where: inlineMarkBytes.contains) {
                lines.append(String(raw)); continue
            }
            if isRuleOrMark(trimmed) { lines.append(""); continue }
            var line = raw
            if trimmed.hasPrefix("#") {
                let hashes = trimmed.prefix { $0 == "#" }
                let after = trimmed.dropFirst(hashes.count)
                if hashes.count <= 6, after.isEmpty || after.first == " " { line = after.drop { $0 == " " } }
            }
            lines.append(inline(line))
        }
        return lines.joined(separator: "\n")
    }

    private static let inlineMarkBytes: Set<UInt8> = Set("\\*`_[!".utf8)

    /// `---`, `***`, `* * *`, `___`, and lines of `#` only (`###`, `# # #`, escaped `\###`).
    private static func isRuleOrMark(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " && $0 != "\t" && $0 != "\\" }   // `\###` is a mark too
        guard let first = marks.first, marks.allSatisfy({ $0 == first }) else { return false }
        return first == "#" || (marks.count >= 3 && (first == "-" || first == "*" || first == "_"))
    }

    /// One line: escapes, emphasis, inline code, links and images.
    private static func inline(_ line: Substring) -> String {
        let chars = Array(line)
        var out = ""
        out.reserveCapacity(chars.count)
        var i = 0
        // A list bullet "* " or "- " at the start stays as "- ".
        let indent = chars.prefix { $0 == " " || $0 == "\t" }.count
        if indent + 1 < chars.count, "*+-".contains(chars[indent]), chars[indent + 1] == " " {
            out += "- "
            i = indent + 2
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                out.append(chars[i + 1]); i += 2; continue
            }
            if c == "*" || c == "`" { i += 1; continue }
            if c == "_", i + 1 < chars.count, chars[i + 1] == "_" { i += 2; continue }
            if c == "!" || c == "[", let (text, end) = link(chars, at: i) {
                out += inline(Substring(text)); i = end; continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// `[text](target)` or `![alt](src)` starting at `i`: the text and the index after `)`.
    private static func link(_ chars: [Character], at i: Int) -> (String, Int)? {
        var j = i
        if chars[j] == "!" { j += 1; guard j < chars.count, chars[j] == "[" else { return nil } }
        guard let close = chars[(j + 1)...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
              let end = chars[(close + 2)...].firstIndex(of: ")") else { return nil }
        return (String(chars[(j + 1)..<close]), end + 1)
    }
}

import Foundation

/// Small text shapers shared by the readers.
enum TextCleanup {
    /// A title on one line: whitespace runs (newlines, NBSP) become one space; ends trimmed.
    static func title(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A body trimmed at both ends, with no more than one blank line between paragraphs
    /// and no spaces at either end of a line (indentation carries no meaning once indexed).
    static func body(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = trimEnd(line.drop { $0 == " " || $0 == "\t" })
            if trimmed.allSatisfy(\.isWhitespace) {
                blank += 1
                continue
            }
            if !lines.isEmpty && blank > 0 { lines.append("") }
            blank = 0
            lines.append(trimmed)
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A stand-in title for an article that has none: its first line, shortened at a word break.
    static func fallbackTitle(from body: String) -> String {
        let line = title(String(body.prefix { $0 != "\n" }))
        guard line.count > 120 else { return line }
        let cut = line.prefix(120)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }

    private static func trimEnd(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
        return line[line.startIndex..<end]
    }
}

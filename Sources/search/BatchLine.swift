import Foundation

/// What a `--stdin` line needs from the argument parser.
enum BatchLine {
    /// True when every word is a plain query word: nothing the parser would read as a flag
    /// (`-x`, `--x`, `--`) or treat specially (an empty word). Such a line means the command
    /// line's defaults with these words, so it skips parsing (which cost more than many
    /// searches, bench/FINDINGS.md); any other line goes through the parser as before.
    static func isWordsOnly(_ words: [String]) -> Bool {
        words.allSatisfy { w in
            guard let first = w.utf8.first else { return false }
            return first != UInt8(ascii: "-")
        }
    }

    /// The line without leading and trailing spaces and tabs (Foundation's `.whitespaces`).
    /// A line that starts and ends with a visible ASCII character is returned as it is, without
    /// Foundation's character-set walk.
    static func trimmed(_ line: String) -> String {
        if let first = line.utf8.first, let last = line.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return line
        }
        return line.trimmingCharacters(in: .whitespaces)
    }
}

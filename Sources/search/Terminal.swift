import Foundation

/// What the output stream can show: colour only on a terminal and when NO_COLOR is unset.
enum Terminal {
    static let isInteractive = isatty(STDOUT_FILENO) == 1
    static let errorIsInteractive = isatty(STDERR_FILENO) == 1
    static let useColor = isInteractive && ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? isInteractive

    static func bold(_ s: String) -> String { useColor ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    static func dim(_ s: String) -> String { useColor ? "\u{1B}[2m\(s)\u{1B}[0m" : s }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("search: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Turns a hit's HTML snippet into terminal text: entities decoded, `<b>` as bold (or `[…]` without colour).
    static func snippetText(_ html: String) -> String {
        let open = useColor ? "\u{1B}[1m" : "["
        let close = useColor ? "\u{1B}[0m" : "]"
        var s = html.replacingOccurrences(of: "<b>", with: open).replacingOccurrences(of: "</b>", with: close)
        for (entity, ch) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: ch)
        }
        return s.replacingOccurrences(of: "\n", with: " ")
    }
}

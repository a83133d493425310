import Foundation
import NewsIndexCommandLine

/// What the output stream can show: colour only on a terminal and when NO_COLOR is unset.
enum Terminal {
    static let isInteractive = isatty(STDOUT_FILENO) == 1
    static let errorIsInteractive = isatty(STDERR_FILENO) == 1
    static let useColor = isInteractive && ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? isInteractive

    static func bold(_ s: String) -> String { useColor ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    static func dim(_ s: String) -> String { useColor ? "\u{1B}[2m\(s)\u{1B}[0m" : s }

    static func error(_ message: String) { ErrorLine.write(message) }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// What `snippetText` replaces, and with what: the highlight marks, then the entities.
    private static let snippetMarks: [(text: [UInt8], output: [UInt8])] = [
        (Array("<b>".utf8), Array((useColor ? "\u{1B}[1m" : "[").utf8)),
        (Array("</b>".utf8), Array((useColor ? "\u{1B}[0m" : "]").utf8)),
        (Array("&lt;".utf8), [UInt8(ascii: "<")]), (Array("&gt;".utf8), [UInt8(ascii: ">")]),
        (Array("&quot;".utf8), [UInt8(ascii: "\"")]), (Array("&#39;".utf8), [UInt8(ascii: "'")]),
        (Array("&amp;".utf8), [UInt8(ascii: "&")]),
    ]

    /// Turns an HTML snippet into terminal text: entities decoded, `<b>` as bold (or `[…]` without
    /// colour), newlines as spaces. One pass over the bytes: it runs for every hit shown.
    static func snippetText(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        scan: while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<") || b == UInt8(ascii: "&") {
                for m in snippetMarks where bytes[i...].starts(with: m.text) {
                    out += m.output
                    i += m.text.count
                    continue scan
                }
            }
            out.append(b == UInt8(ascii: "\n") ? UInt8(ascii: " ") : b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

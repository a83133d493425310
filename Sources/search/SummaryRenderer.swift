import Foundation
import Indexer

/// The end-of-run summary of `search index`.
enum SummaryRenderer {
    static let shownSkips = 20

    static func text(_ s: IndexSummary, removing: Bool, reportPath: String?) -> String {
        if removing {
            return "Removed \(s.root) from the index: \(s.removed) files; the index holds \(s.documents) articles.\n"
        }
        var out = "Indexed \(s.root) in \(String(format: "%.1f", s.seconds)) s: "
        out += "\(s.added) added, \(s.updated) updated, \(s.removed) removed, \(s.unchanged) unchanged, \(skippedCount(s))"
        out += " (\(count(s.articlesWritten, "article")) written; the index holds \(s.documents)).\n"
        if !s.decodedAsWindows1252.isEmpty {
            let n = s.decodedAsWindows1252.count
            out += "\(n) \(n == 1 ? "file was" : "files were") not UTF-8 and \(n == 1 ? "was" : "were") indexed as Windows-1252"
            out += n <= 3 ? ": " + s.decodedAsWindows1252.map(shown).joined(separator: ", ") + ".\n" : ".\n"
        }
        for skip in s.skipped.prefix(shownSkips) {
            out += "  skipped \(shown(skip.path)): \(skip.reason)" + (skip.kept == true ? " (kept the earlier version)" : "") + "\n"
        }
        if s.skipped.count > shownSkips {
            out += "  … and \(s.skipped.count - shownSkips) more" + (reportPath == nil ? " (--report FILE lists them all)\n" : " (see \(reportPath!))\n")
        }
        return out
    }

    /// "1 article", "3 articles".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// What the skipped count counts: whole files, and records inside multi-record files.
    static func skippedCount(_ s: IndexSummary) -> String {
        let records = s.skipped.filter { $0.record == true }.count
        let files = s.skipped.count - records
        if records == 0 { return "\(count(files, "file")) skipped" }
        return "\(count(files, "file")) and \(count(records, "record")) skipped"
    }

    /// A path on one terminal line: control characters (a newline in a file name) written as escapes.
    static func shown(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return path }
        var out = ""
        for u in path.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where u.value < 0x20 || u.value == 0x7F: out += String(format: "\\x%02X", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

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
        out += "\(s.added) added, \(s.updated) updated, \(s.removed) removed, \(s.unchanged) unchanged, \(s.skipped.count) skipped"
        out += " (\(s.articlesWritten) articles written; the index holds \(s.documents)).\n"
        if !s.decodedAsWindows1252.isEmpty {
            out += "\(s.decodedAsWindows1252.count) files were not UTF-8 and were read as Windows-1252.\n"
        }
        for skip in s.skipped.prefix(shownSkips) {
            out += "  skipped \(skip.path): \(skip.reason)\n"
        }
        if s.skipped.count > shownSkips {
            out += "  … and \(s.skipped.count - shownSkips) more" + (reportPath == nil ? " (--report FILE lists them all)\n" : " (see \(reportPath!))\n")
        }
        return out
    }

    static func json(_ s: IndexSummary, maxSize: Int) -> JSON {
        .object([
            ("root", .string(s.root)),
            ("added", .int(s.added)),
            ("updated", .int(s.updated)),
            ("removed", .int(s.removed)),
            ("unchanged", .int(s.unchanged)),
            ("skipped", .array(s.skipped.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })),
            ("articles_written", .int(s.articlesWritten)),
            ("documents", .int(s.documents)),
            ("seconds", .double(s.seconds)),
            ("max_size_bytes", .int(maxSize)),
            ("cp1252_fallback", .array(s.decodedAsWindows1252.map { .string($0) })),
        ])
    }
}

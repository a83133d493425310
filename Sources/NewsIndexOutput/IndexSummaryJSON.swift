import Indexer

/// The end of `search index --json`, and the lines of `--report`.
public enum IndexSummaryJSON {
    public static func object(_ s: IndexSummary, maxSize: Int) -> JSON {
        .object([
            ("root", .string(s.root)),
            ("added", .int(s.added)),
            ("updated", .int(s.updated)),
            ("removed", .int(s.removed)),
            ("unchanged", .int(s.unchanged)),
            ("skipped", .array(s.skipped.map { skip in
                var pairs: [(String, JSON)] = [("path", .string(skip.path)), ("reason", .string(skip.reason))]
                if skip.kept == true { pairs.append(("kept", .bool(true))) }
                if skip.record == true { pairs.append(("record", .bool(true))) }
                return .object(pairs)
            })),
            ("removals_withheld", .int(s.removalsWithheld)),
            ("articles_written", .int(s.articlesWritten)),
            ("documents", .int(s.documents)),
            ("seconds", .double(s.seconds)),
            ("max_size_bytes", .int(maxSize)),
            ("cp1252_fallback", .array(s.decodedAsWindows1252.map { .string($0) })),
            ("charsets", .object(s.charsets.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
        ])
    }

    /// One JSON line per path that was skipped, then one per file indexed through the
    /// Windows-1252 fallback (`"indexed": true`), each with its reason.
    public static func reportLines(_ s: IndexSummary) -> String {
        var out = ""
        for skip in s.skipped {
            out += JSON.object([("path", .string(skip.path)), ("reason", .string(skip.reason)), ("indexed", .bool(false))]).text + "\n"
        }
        for path in s.decodedAsWindows1252 {
            out += JSON.object([("path", .string(path)), ("reason", .string("not valid UTF-8; indexed as Windows-1252")),
                                ("indexed", .bool(true))]).text + "\n"
        }
        return out
    }
}

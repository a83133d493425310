import Foundation
import Indexer

/// `search stats --json`: size, coverage and history of the index.
public enum StatsJSON {
    /// `indexSource`: how the CLI chose the index (flag, environment, default); servers leave it out.
    public static func object(_ s: IndexStats, indexSource: String? = nil) -> JSON {
        let iso = ISO8601DateFormatter()
        return .object([("index", .string(s.path))] + (indexSource.map { [("index_source", JSON.string($0))] } ?? []) + [
            ("documents", .int(s.documents)),
            ("bytes", .int(s.bytes)),
            ("updated", .optional(s.info.updated.map { iso.string(from: $0) })),
            ("first_published", .optional(s.firstPublished)),
            ("last_published", .optional(s.lastPublished)),
            ("tool", .string(s.info.tool)),
            ("xapian", .string(s.info.xapian)),
            ("schema", .int(s.info.schema)),
            ("spelling", .bool(s.info.spelling)),
            ("roots", .array(s.info.roots.map { .object([("path", .string($0.path)), ("updated", .string(iso.string(from: $0.updated)))]) })),
            ("shards", .array(s.shards.map { .object([("location", .string($0.location)), ("bytes", $0.bytes.map { .int($0) } ?? .null),
                                                    ("documents", $0.documents.map { .int($0) } ?? .null)]) })),
        ])
    }
}

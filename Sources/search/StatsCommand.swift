import ArgumentParser
import Foundation
import Indexer

/// `search stats`: size, coverage and history of the index.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Show what the index holds and when it was last updated.")

    @OptionGroup var indexOption: IndexOption
    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        let s: IndexStats
        do {
            s = try NewsIndex(at: indexOption.index).stats()
        } catch {
            throw CommandFailure(error)
        }
        let iso = ISO8601DateFormatter()
        if json {
            print(JSON.object([
                ("index", .string(s.path)),
                ("index_source", .string(indexOption.choice.source.rawValue)),
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
            ]).text)
            return
        }
        print("Index:       \(s.path)")
        print("Chosen by:   \(indexOption.choice.source.phrase)")
        print("Articles:    \(s.documents)")
        let remote = s.shards.contains { $0.bytes == nil }
        print("Size:        \(String(format: "%.1f", Double(s.bytes) / 1_048_576)) MB\(remote ? " on this machine (remote shards not counted)" : "")")
        print("Published:   \(s.firstPublished ?? "?") to \(s.lastPublished ?? "?")")
        print("Updated:     \(s.info.updated.map { iso.string(from: $0) } ?? "never") with NewsIndex \(s.info.tool), Xapian \(s.info.xapian)")
        for r in s.info.roots { print("Folder:      \(r.path) (updated \(iso.string(from: r.updated)))") }
        print("Spelling:    \(s.info.spelling ? "kept (did you mean)" : "not kept (search index --spelling adds it)")")
        if s.shards.count > 1 {
            for sh in s.shards {
                let docs = sh.documents.map { "\($0) articles" } ?? "not reachable"
                let size = sh.bytes.map { String(format: ", %.1f MB", Double($0) / 1_048_576) } ?? ""
                print("Shard:       \(sh.location) (\(docs)\(size))")
            }
        }
        if let run = s.info.lastRun {
            print("Last run:    \(run.added) added, \(run.updated) updated, \(run.removed) removed, \(run.unchanged) unchanged, \(SummaryRenderer.skippedCount(run))")
        }
    }
}

import ArgumentParser
import Foundation
import Indexer
import NewsIndexCommandLine
import NewsIndexOutput

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
            print(StatsJSON.object(s, indexSource: indexOption.choice.source.rawValue).text)
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

import ArgumentParser
import Foundation
import Indexer
import NewsIndexCommandLine

/// `search compact`: rewrite the index smaller (and merge shards) with Xapian's compaction.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compact", abstract: "Compact the index, or merge a sharded index into one database.")

    @OptionGroup var indexOption: IndexOption
    @Option(name: .long, help: "Write the compacted database here. Default: a single database is replaced in place; a sharded index is merged into PATH.compact.")
    var output: String?

    func run() throws {
        do {
            let o = try NewsIndex(at: indexOption.index).compact(output: output)
            print(String(format: "Compacted %@: %.1f MB → %.1f MB", o.output, Double(o.before) / 1_048_576, Double(o.after) / 1_048_576))
        } catch {
            throw CommandFailure(error)
        }
    }
}

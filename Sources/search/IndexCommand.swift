import ArgumentParser
import Foundation
import Indexer
import NewsIndexCommandLine
import NewsIndexOutput

/// `search index FOLDER`: add or update a folder in the index.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the index from a folder of articles (.txt .md .html .json .jsonl .csv).")

    @OptionGroup var indexOption: IndexOption
    @Argument(help: "Folder (or single file) to index.")
    var folder: String?
    @Option(name: .long, help: "Remove a previously indexed folder from the index.")
    var remove: String?
    @Option(name: .long, help: "Worker threads for reading and tagging.")
    var jobs: Int = IndexOptions().jobs
    @Flag(name: .long, help: "Re-read every file instead of only new and changed ones.")
    var full = false
    @Option(name: .customLong("max-size"), help: "Skip files larger than this many megabytes (each is reported with the cap).")
    var maxSize: Double = Double(IndexOptions().maxFileSize) / 1_000_000
    @Option(name: .customLong("commit-every"), help: "Articles written between commits (at most what an interruption loses).")
    var commitEvery: Int = IndexOptions().commitEvery
    @Option(name: .long, help: "Write every skipped path and its reason to this file as JSON Lines.")
    var report: String?
    @Option(name: .long, help: "Split a new index into N shard databases (PATH/shard-0…, listed in the stub PATH/XAPIANDB), written in parallel. An existing sharded index keeps its shards.")
    var shards: Int?
    @Flag(name: .long, help: "Also keep a spelling table, for \"did you mean\" on queries that find little (about a fifth more indexing time; later runs keep it).")
    var spelling = false
    @Flag(name: .long, help: "Confirm removing the articles of vanished files when that takes more than half of the folder's articles (over 100); without it such removals are held back.")
    var prune = false
    @Flag(name: .long, help: "No progress line (there is none anyway when standard error is not a terminal).")
    var quiet = false
    @Flag(name: .long, help: "Print the summary as JSON.")
    var json = false

    func validate() throws {
        guard (folder == nil) != (remove == nil) else {
            throw ValidationError("give a FOLDER to index, or --remove FOLDER")
        }
        // An empty argument would mean the current folder: never what a script meant.
        if folder?.isEmpty == true { throw ValidationError("FOLDER is empty: give the folder to index (. for the current one)") }
        if remove?.isEmpty == true { throw ValidationError("--remove FOLDER is empty: give the indexed folder to remove") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more, not \(jobs)") }
        guard maxSize > 0 else { throw ValidationError("--max-size must be more than 0 MB") }
        guard commitEvery >= 1 else { throw ValidationError("--commit-every must be 1 or more") }
        if let shards, shards < 1 { throw ValidationError("--shards must be 1 or more, not \(shards)") }
    }

    func run() throws {
        var options = IndexOptions()
        options.jobs = jobs
        options.full = full
        options.maxFileSize = Int(maxSize * 1_000_000)
        options.commitEvery = commitEvery
        options.spelling = spelling
        options.prune = prune
        let index = NewsIndex(at: indexOption.index)
        let progress = ProgressLine(enabled: !quiet && !json && ProgressLine.terminalAllowsIt, plain: ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
        let summary: IndexSummary
        do {
            if let remove {
                summary = try index.remove(folder: remove, options: options)
            } else {
                summary = try index.index(folder: folder!, options: options, shards: shards) { progress.update($0) }
            }
        } catch {
            progress.finish()
            throw CommandFailure(error)
        }
        progress.finish()
        if let report { try writeReport(summary, to: report) }
        if json {
            print(IndexSummaryJSON.object(summary, maxSize: options.maxFileSize).text)
        } else {
            print(SummaryRenderer.text(summary, removing: remove != nil, reportPath: report), terminator: "")
        }
        if summary.removalsWithheld > 0 {
            throw CommandFailure(message: "\(summary.removalsWithheld) of the \(summary.rootArticles) articles of \(summary.root) come from files "
                + "that are gone; nothing was removed. If they are meant to go, run again with --prune to confirm", code: 1)
        }
    }

    private func writeReport(_ summary: IndexSummary, to path: String) throws {
        let out = IndexSummaryJSON.reportLines(summary)
        do {
            try out.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure(message: "cannot write the report to \(path): \(error.localizedDescription)", code: 1)
        }
    }
}

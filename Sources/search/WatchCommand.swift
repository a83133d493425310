import ArgumentParser
import Foundation
import Indexer
import NewsIndexCommandLine
import NewsIndexOutput

/// `search watch add|list|run|remove`: saved searches that report what was indexed since they last ran.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Saved searches: each run lists the articles indexed since that search last ran.",
        subcommands: [Add.self, List.self, Run.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Save a search under a name; its first run marks the starting point.")
        @OptionGroup var indexOption: IndexOption
        @Argument(help: "Name: letters, digits, '-' and '_'.")
        var name: String
        @Argument(help: "Words to search for; filters alone work too.")
        var words: [String] = []
        @OptionGroup var filters: FilterOptions

        func run() throws {
            do {
                var request = SearchRequest(text: NewsIndex.queryText(words: words))
                filters.apply(to: &request)
                try NewsIndex(at: indexOption.index).addWatch(name, request)
                print("saved search '\(name)'; its first run marks the starting point")
            } catch {
                throw CommandFailure(error)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the saved searches.")
        @OptionGroup var indexOption: IndexOption
        @Flag(name: .long, help: "Print JSON.")
        var json = false

        func run() throws {
            let list = try CommandFailure.translating { try indexOption.opened().savedSearches.all() }
            if json {
                print(AnalysisRenderer.watchesJSON(list).text)
            } else if list.isEmpty {
                print("no saved searches")
            } else {
                for w in list { print(AnalysisRenderer.watchLine(w)) }
            }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List what each saved search (or the one named) matches among the articles indexed since its last run.")
        @OptionGroup var indexOption: IndexOption
        @Argument(help: "A saved search; all of them when left out.")
        var name: String?
        @Option(name: .long, help: "Results per search.")
        var limit: Int = 20
        @Flag(name: .long, help: "Print JSON: the query JSON of the new articles (one line per search without a name).")
        var json = false

        func run() throws {
            do {
                let index = try indexOption.opened()
                let names = try name.map { [$0] } ?? index.savedSearches.all().map(\.name)
                var page = SearchRequest(text: "")
                page.limit = limit
                for n in names {
                    let (watch, result) = try index.runWatch(n, page: page)
                    if json {
                        print(AnalysisRenderer.watchRunJSON(watch, result, limit: limit).text)
                    } else {
                        print(Terminal.bold("\(watch.name)") + (watch.mark == nil ? ": starting point marked; later runs list what is new" : ""))
                        if watch.mark != nil { print(QueryRenderer.text(result, limit: limit), terminator: "") }
                    }
                }
            } catch {
                throw CommandFailure(error)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Forget a saved search.")
        @OptionGroup var indexOption: IndexOption
        @Argument(help: "The saved search's name.")
        var name: String

        func run() throws {
            do {
                try NewsIndex(at: indexOption.index).removeWatch(name)
                print("removed saved search '\(name)'")
            } catch {
                throw CommandFailure(error)
            }
        }
    }
}

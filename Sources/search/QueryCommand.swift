import ArgumentParser
import Foundation
import Indexer
import NewsIndexOutput

/// `search [query] WORDS…`: ranked results with snippets, filters and optional facets.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Search the index (the default command).",
        discussion: """
        WORDS use Xapian's query language: AND, OR, NOT, "phrases", NEAR, trailing * wildcards, title:word.
        Entity fields work inside the query too: country:KR leader:"Xi Jinping" date:2025-10..2025-11 mentioned:2026
        """)

    @OptionGroup var scope: QueryScope<Help>
    @Option(name: .long, help: "Order: relevance, date (oldest first) or -date (newest first; write --sort=-date).")
    var sort: SearchRequest.Sort = .relevance
    @OptionGroup var page: PageOptions
    @Option(name: .long, help: "Facets to count over all matches: country,leader,leader-in-office,date[:year|month|day],mentioned,leader*country.")
    var facets: String?
    @Option(name: .customLong("facet-limit"), help: "Values shown per facet.")
    var facetLimit: Int = SearchRequest(text: "").facetLimit
    @Flag(name: .long, help: "Count every match exactly even without facets.")
    var exact = false
    @OptionGroup var shown: ResultFlags<Help>
    @OptionGroup var partial: PartialAnswerOption
    @Flag(name: .long, help: "Read one query per line from standard input (same words and flags); with --json, one JSON line each.")
    var stdin = false
    @Flag(name: .long, help: "With --stdin: print each query's search time in ms (open excluded, rendering excluded) to standard error.")
    var timing = false

    enum Help: QueryScopeHelp, ResultFlagsHelp {
        static let words = "Words to search for; none matches every article."
        static let collapse = "Show one article per cluster of near-duplicates (copies of one wire story), with \"+N near-duplicates\"; totals and facets still count articles."
        static let noSnippets = "Leave out the highlighted passage of each hit (JSON: an empty \"snippet\"); faster for scripts that only want ids and titles."
        static let json = "Print JSON."
    }

    /// The request the flags describe; facets are parsed apart (`facetSpecs`), after the index is open.
    func request() -> SearchRequest {
        var r = scope.request()
        r.sort = sort
        page.apply(to: &r)
        r.facetLimit = facetLimit
        r.exact = exact
        shown.apply(to: &r)
        r.allowPartial = partial.allowPartial
        return r
    }

    func facetSpecs() throws(SearchError) -> [FacetSpec] {
        try (facets ?? "").split(separator: ",").map { s throws(SearchError) in try FacetSpec.parse(String(s)) }
    }

    func run() throws {
        let index = scope.index
        var r = request()
        do {
            try r.checkBounds()
            try index.open()
        } catch {
            throw CommandFailure(error)
        }
        if stdin { return try runBatch(index) }
        let result: SearchResult
        do {
            r.facets = try facetSpecs()
            result = try index.search(r)
        } catch {
            throw CommandFailure(error)
        }
        QueryRenderer.print(result, limit: page.limit, json: shown.json)
        if let hint = CommandSuggestion.hint(firstWord: scope.words.first, total: result.total) { Terminal.note(hint) }
    }

    /// Many queries in one process: for scripts, for clients that keep one searcher open, and
    /// for measuring in-process latency. The command line's flags are defaults for every line; a
    /// line's own flags override them. Each answer is flushed as soon as it is written, and each
    /// line sees what the index holds when it is read (the database is reopened when it changed).
    private func runBatch(_ index: NewsIndex) throws {
        var failures = 0
        let defaults = defaultArguments
        // The defaults parsed once: a line of words only (most lines) needs no parse of its own.
        let base = try? QueryCommand.parse(defaults)
        // So is its request: a words-only line changes only the text.
        let baseRequest: SearchRequest? = base.flatMap { b in
            var r = b.request()
            guard let facets = try? b.facetSpecs() else { return nil }
            r.facets = facets
            return r
        }
        while let line = readLine() {
            let trimmed = BatchLine.trimmed(line)
            if trimmed.isEmpty { continue }
            do {
                let words = CommandLineWords.split(trimmed)
                var command: QueryCommand
                var request: SearchRequest
                if let base, let baseRequest, BatchLine.isWordsOnly(words) {
                    command = base
                    request = baseRequest
                    request.text = NewsIndex.queryText(words: words)
                } else {
                    let own = try QueryCommand.parse(words)
                    command = try QueryCommand.parse(defaults + words)
                    // A list the line gives replaces the default one rather than adding to it.
                    if !own.scope.filters.country.isEmpty { command.scope.filters.country = own.scope.filters.country }
                    if !own.scope.filters.leader.isEmpty { command.scope.filters.leader = own.scope.filters.leader }
                    request = command.request()
                    request.facets = try command.facetSpecs()
                }
                // The reopen check is outside the timed search, like the open: `--timing` compares with engines that never reopen.
                index.refresh()
                let started = DispatchTime.now().uptimeNanoseconds
                let result = try index.search(request)
                if timing {
                    let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
                    FileHandle.standardError.write(Data("timing\t\(ms)\n".utf8))
                }
                QueryRenderer.print(result, limit: command.page.limit, json: command.shown.json)
            } catch let e as SearchError {
                failures += 1
                emitBatchError(trimmed, CommandFailure(e).message)
            } catch {
                failures += 1
                emitBatchError(trimmed, QueryCommand.message(for: error))
            }
            // A client that writes one line and waits must get its answer now, not when a pipe buffer fills.
            fflush(nil)
        }
        if failures > 0 { throw ExitCode(2) }
    }

    /// This command's flags as arguments, to put before each `--stdin` line's own.
    private var defaultArguments: [String] {
        var args: [String] = []
        let filters = scope.filters
        for c in filters.country { args += ["--country", c] }
        for l in filters.leader { args += ["--leader", l] }
        if filters.all { args.append("--all") }
        if let v = filters.from { args += ["--from", v] }
        if let v = filters.to { args += ["--to", v] }
        if let v = filters.mentionedFrom { args += ["--mentioned-from", v] }
        if let v = filters.mentionedTo { args += ["--mentioned-to", v] }
        args += ["--sort=\(sort.rawValue)", "--limit", "\(page.limit)", "--offset", "\(page.offset)", "--facet-limit", "\(facetLimit)"]
        if let facets { args += ["--facets", facets] }
        if exact { args.append("--exact") }
        if shown.noSnippets { args.append("--no-snippets") }
        if shown.json { args.append("--json") }
        if partial.allowPartial { args.append("--allow-partial") }
        return args
    }

    private func emitBatchError(_ query: String, _ message: String) {
        if shown.json {
            print(JSON.object([("query", .string(query)), ("error", .string(message))]).text)
        } else {
            Terminal.error("\(query): \(message)")
        }
    }
}

/// Splits a line into words the way a shell would for simple quoting ("…" and '…').
/// A double quote that opens inside a word (country:"South Korea") is kept, for the query language.
enum CommandLineWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var keepQuote = false
        var inWord = false
        for ch in line {
            if let q = quote {
                if ch == q {
                    quote = nil
                    if keepQuote { current.append(ch) }
                } else {
                    current.append(ch)
                }
            } else if ch == "\"" || ch == "'" {
                keepQuote = inWord && ch == "\""
                if keepQuote { current.append(ch) }
                quote = ch
                inWord = true
            } else if ch == " " || ch == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(ch)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}

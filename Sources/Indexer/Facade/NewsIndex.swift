import Foundation

/// The library's front door. Every front end (the CLI, the web and MCP servers) opens an index
/// location here and asks it to index, search, count facets, show, tag, report and compact;
/// it parses only its own input, calls this, and renders. Query syntax, the choice between one
/// database and shards, page bounds and defaults live behind it.
///
///     let index = NewsIndex(at: "Index")
///     let result = try index.search(SearchRequest(text: "trade truce"))
public final class NewsIndex {
    /// Where the index is: a database folder, a sharded index's folder, or a stub file listing
    /// shards (local paths or `remote HOST:PORT` lines served by `xapian-tcpsrv`).
    public let location: String
    private let gazetteer: Gazetteer?
    /// Opened on the first read and kept: many searches share one open database.
    private var reader: Searcher?

    public init(at location: String, gazetteer: Gazetteer? = nil) {
        self.location = location
        self.gazetteer = gazetteer
    }

    // MARK: - Reading

    /// Opens the index for reading now (later reads reuse it), so a front end can report a
    /// missing index before it reads any request.
    public func open() throws(SearchError) {
        _ = try searcher()
    }

    /// Moves an open index to the latest committed state when a writer committed since (cheap
    /// when nothing changed): a long-lived front end calls it before each request.
    public func refresh() {
        reader?.refresh()
    }

    /// Ranked hits, and facet counts over every match when the request names facets.
    public func search(_ request: SearchRequest) throws(SearchError) -> SearchResult {
        // Bounds first: a bad page is the asker's mistake whether or not the index exists.
        try request.checkBounds()
        return try searcher().search(request)
    }

    /// Facet counts only (no hits); `FacetSpec.defaults` when the request names no facet.
    public func facets(_ request: SearchRequest) throws(SearchError) -> SearchResult {
        var r = request
        r.limit = 0
        if r.facets.isEmpty { r.facets = FacetSpec.defaults }
        return try search(r)
    }

    /// A stored article by id (`world/trade.json`, `feed.jsonl#3`) or by file path; nil when none.
    public func article(_ reference: String) throws(SearchError) -> Schema.StoredArticle? {
        try searcher().article(reference)
    }

    /// Every article a reference could mean: one, several (an id two folders give, a file of
    /// several records named without `#N`), or none.
    public func lookup(_ reference: String) throws(SearchError) -> ArticleLookup {
        try searcher().lookup(reference)
    }

    /// Size, coverage and history of the index.
    public func stats() throws(SearchError) -> IndexStats {
        try searcher().stats()
    }

    func searcher() throws(SearchError) -> Searcher {
        if let reader { return reader }
        let opened = try Searcher(indexPath: location, gazetteer: gazetteer)
        reader = opened
        return opened
    }

    // MARK: - Writing

    /// Adds or updates a folder (or one file). A new index is split into `shards` databases
    /// when given; a sharded index stays sharded, a single database stays single.
    public func index(folder: String, options: IndexOptions = IndexOptions(), shards: Int? = nil,
                      progress: ((IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexSummary {
        switch writer(options: options, shards: shards) {
        case .single(let b): return try b.index(folder: folder, progress: progress)
        case .sharded(let s): return try s.index(folder: folder, progress: progress)
        }
    }

    /// Removes a previously indexed folder and its articles.
    public func remove(folder: String, options: IndexOptions = IndexOptions()) throws(IndexError) -> IndexSummary {
        switch writer(options: options, shards: nil) {
        case .single(let b): return try b.remove(folder: folder)
        case .sharded(let s): return try s.remove(folder: folder)
        }
    }

    /// Rewrites the index smaller; a sharded index is merged into one database (at `output`,
    /// or beside it as `LOCATION.compact`).
    public func compact(output: String? = nil, multipass: Bool = true) throws(IndexError) -> IndexCompactor.Outcome {
        try IndexCompactor.compact(indexPath: location, output: output, multipass: multipass)
    }

    /// One database, or shards behind a stub: shards when asked for or already there.
    private enum Writer {
        case single(IndexBuilder)
        case sharded(ShardedIndex)
    }

    private func writer(options: IndexOptions, shards: Int?) -> Writer {
        let g = gazetteer ?? .shared
        if ShardedIndex.applies(indexPath: location, shards: shards) {
            return .sharded(ShardedIndex(indexPath: location, shards: shards, options: options, gazetteer: g))
        }
        return .single(IndexBuilder(indexPath: location, options: options, gazetteer: g))
    }

    /// Whether an index is at `location`, after finishing a compaction that was interrupted
    /// between its two moves (as opening for search or index does).
    public static func exists(at location: String) -> Bool {
        IndexCompactor.finishInterruptedSwap(location)
        return IndexLocation.exists(location)
    }

    // MARK: - Without an index

    /// The countries, leaders and dates found in a file or a folder's articles; writes nothing.
    public static func tag(_ path: String, jobs: Int = IndexOptions().jobs, maxFileSize: Int = IndexOptions().maxFileSize,
                           gazetteer: Gazetteer = .shared) throws(ReadError) -> (articles: [TaggedArticle], skipped: [Skip]) {
        try FolderTagger(gazetteer: gazetteer, jobs: jobs).tag(path: path, maxFileSize: maxFileSize)
    }

    /// The same, each article handed to `each` in path order as soon as it is tagged; returns the skips.
    public static func tag(_ path: String, jobs: Int = IndexOptions().jobs, maxFileSize: Int = IndexOptions().maxFileSize,
                           gazetteer: Gazetteer = .shared, each: (TaggedArticle) -> Void) throws(ReadError) -> [Skip] {
        try FolderTagger(gazetteer: gazetteer, jobs: jobs).tag(path: path, maxFileSize: maxFileSize, each: each)
    }

    /// Words given one by one (shell arguments, URL parameters) as one query string, with the
    /// quotes a shell stripped from a field value put back (`country:South Korea`).
    public static func queryText(words: [String]) -> String {
        QuerySyntax.joining(words)
    }
}

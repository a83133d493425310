import Foundation

/// Answers `SearchRequest`s against an index (a database or a stub over shards).
///
///     let result = try Searcher(indexPath: "Index").search(SearchRequest(text: "trade truce"))
public final class Searcher {
    public let indexPath: String
    var database: Database
    /// Stub lines (shards) that could not be reached; the database holds the others.
    public private(set) var missingShards: [String] = []
    var shardFailure: XapianError?
    private let suppliedGazetteer: Gazetteer?
    private var spellingsKnown: Bool?
    /// Loaded on first use (filter values to resolve, facet names to show): a plain query
    /// in a one-shot process never pays for it.
    var gazetteer: Gazetteer { suppliedGazetteer ?? .shared }
    /// For `today`, `7d` and the like; fixed in tests.
    public var today = Date()

    public init(indexPath: String, gazetteer: Gazetteer? = nil) throws(SearchError) {
        self.indexPath = indexPath
        self.suppliedGazetteer = gazetteer
        guard IndexLocation.exists(indexPath) else { throw .noIndex(indexPath) }
        do {
            database = try Database(path: indexPath)
        } catch let e {
            if e.kind == .databaseNotFound { throw .noIndex(indexPath) }
            // A stub whose shard is down: keep the live shards; each search decides (allowPartial).
            guard e.kind.isNetwork, let live = Self.liveShards(indexPath, after: e) else { throw .engine(e) }
            database = live.database
            missingShards = live.missing
            shardFailure = e
        }
    }

    /// Runs the request; retries when a writer commits underneath (DatabaseModifiedError).
    public func search(_ request: SearchRequest) throws(SearchError) -> SearchResult {
        try request.checkBounds()
        var attempt = 0
        while true {
            try checkShards(allowPartial: request.allowPartial)
            let outcome = Self.capture { try run(request) }
            switch outcome {
            case .success(var r):
                r.missingShards = missingShards
                return r
            case .failure(let error):
                guard case .engine(let e) = error, e.kind == .databaseModified || e.kind.isNetwork, attempt < 3 else { throw error }
                attempt += 1
                if e.kind.isNetwork {
                    // A shard went away after opening: find which, and carry on without it if allowed.
                    guard let live = Self.liveShards(indexPath, after: e) else { throw error }
                    (database, missingShards, shardFailure) = (live.database, live.missing, e)
                    continue
                }
                do { try database.reopen() } catch let e2 { throw .engine(e2) }
                spellingsKnown = nil
            }
        }
    }

    /// Throws the unreachable-shard error unless partial answers are allowed and some shard is live.
    func checkShards(allowPartial: Bool) throws(SearchError) {
        guard !missingShards.isEmpty else { return }
        let live = (try? database.shardCount()) ?? 0
        if allowPartial && live > 0 { return }
        throw .shardsUnreachable(missingShards, shardFailure ?? XapianError(kind: .network, message: "unreachable"))
    }

    /// The stub's shards that answer, added together, and those that do not; nil when this is
    /// not a stub or every shard answers (the failure was something else).
    static func liveShards(_ indexPath: String, after error: XapianError) -> (database: Database, missing: [String])? {
        guard let stub = ShardStub.read(indexPath), let live = try? stub.openLive(), !live.missing.isEmpty else { return nil }
        return live
    }

    /// Runs `body`, turning whatever it throws into a SearchError.
    static func capture<T>(_ body: () throws -> T) -> Result<T, SearchError> {
        do {
            return .success(try body())
        } catch let e as SearchError {
            return .failure(e)
        } catch let e as XapianError {
            return .failure(.engine(e))
        } catch {
            return .failure(.unexpected("\(error)"))
        }
    }

    // MARK: - Query building

    /// The parsed parts of a request: the text query and one filter per facet dimension.
    struct Plan {
        var text: Query
        var filters: [FacetSpec.Dimension: Query]
        var parser: QueryParser
        var fieldText: [String]
        var hasText: Bool
        /// The free text as parsed (fields removed), for a later spelling pass.
        var freeText = ""

        /// The full query, optionally leaving one dimension's filter out (for multi-select facets).
        func query(excluding dimension: FacetSpec.Dimension? = nil) throws(XapianError) -> Query {
            let active = filters.filter { $0.key != dimension }.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value)
            if active.isEmpty { return text }
            return try Query.combine(.filter, [text] + active)
        }
    }

    func plan(_ request: SearchRequest) throws -> Plan {
        let parts = try QuerySyntax.split(request.text)
        var countryValues = request.countries
        var leaderValues = request.leaders
        var published: [DateSpan] = []
        var mentioned: [DateSpan] = []
        if let f = request.from { published.append(DateSpan(first: try DateExpression.parse(f, today: today).first, last: .max)) }
        if let t = request.to { published.append(DateSpan(first: .min, last: try DateExpression.parse(t, today: today).last)) }
        if let f = request.mentionedFrom { mentioned.append(DateSpan(first: try DateExpression.parse(f, today: today).first, last: .max)) }
        if let t = request.mentionedTo { mentioned.append(DateSpan(first: .min, last: try DateExpression.parse(t, today: today).last)) }
        var fieldText: [String] = []
        for (name, value) in parts.fields {
            fieldText.append(value.contains(" ") ? "\(name):\"\(value)\"" : "\(name):\(value)")
            switch name {
            case "country": countryValues.append(value)
            case "leader": leaderValues.append(value)
            case "date": published.append(try DateExpression.parseRange(value, today: today))
            default: mentioned.append(try DateExpression.parseRange(value, today: today))
            }
        }

        // Computed, so that a query without entity filters never loads the gazetteer.
        var resolver: FilterResolver { FilterResolver(gazetteer: gazetteer) }
        do {
            let qp = try QueryParser(language: Schema.language, strategy: Schema.stemStrategy)
            try qp.setDatabase(database)
            try qp.setDefaultOperator(.and)
            try qp.addPrefix("title", Schema.Prefix.title)
            var filters: [FacetSpec.Dimension: Query] = [:]
            if !countryValues.isEmpty {
                var codes: [String] = []
                for v in countryValues { codes += try resolver.countryCodes(v) }
                filters[.country] = try Self.anyOf(Set(codes).sorted().map(Schema.countryTerm))
            }
            if !leaderValues.isEmpty {
                var ids: [String] = []
                for v in leaderValues { ids += try resolver.leaderIDs(v) }
                filters[.leader] = try Self.anyOf(Set(ids).sorted().map(Schema.leaderTerm))
            }
            if let span = try Self.intersect(published) {
                filters[.date] = try Query.valueRange(slot: Schema.Slot.published, from: span.startKey, to: span.endKey)
            }
            if let span = try Self.intersect(mentioned) {
                let terms = MentionedRange.terms(covering: span)
                filters[.mentioned] = try Self.anyOf(terms)
            }
            // `-country:US`, `NOT leader:xi`: left out of every count, facets included.
            var exclusions: [Query] = []
            for (name, value) in parts.excluded {
                fieldText.append(value.contains(" ") ? "-\(name):\"\(value)\"" : "-\(name):\(value)")
                switch name {
                case "country": exclusions.append(try Self.anyOf(try resolver.countryCodes(value).map(Schema.countryTerm)))
                case "leader": exclusions.append(try Self.anyOf(try resolver.leaderIDs(value).map(Schema.leaderTerm)))
                case "date":
                    let span = try DateExpression.parseRange(value, today: today)
                    exclusions.append(try Query.valueRange(slot: Schema.Slot.published, from: span.startKey, to: span.endKey))
                default:
                    exclusions.append(try Self.anyOf(MentionedRange.terms(covering: try DateExpression.parseRange(value, today: today))))
                }
            }
            let hasText = !parts.text.isEmpty
            var text: Query
            if hasText {
                text = try Self.parse(parts.text, with: qp, flags: Self.parseFlags)
            } else {
                text = try Query.matchAll()
            }
            if !exclusions.isEmpty { text = try Query.combine(.andNot, [text, try Query.combine(.or, exclusions)]) }
            return Plan(text: text, filters: filters, parser: qp, fieldText: fieldText, hasText: hasText, freeText: parts.text)
        }
    }

    static let parseFlags: QueryParser.Flags = [.boolean, .phrase, .loveHate, .wildcard, .pureNot]

    /// "Did you mean" is looked for only when fewer matches than this were found. Spelling correction
    /// asks the spelling table about every query word, which cost about a fifth of a search's time
    /// when done on every query (bench/FINDINGS.md).
    static let suggestBelow = 10

    /// Whether the index keeps a spelling table (`search index --spelling`): without one, the
    /// second parse that asks for corrections is skipped. Asked once per searcher; a remote
    /// shard cannot say, and the parse then runs as before.
    var hasSpellings: Bool {
        if let known = spellingsKnown { return known }
        let found = (try? database.hasSpellings()) ?? true
        spellingsKnown = found
        return found
    }

    /// The spelling-corrected query, or nil when the parser has nothing better.
    static func correctedQuery(_ plan: Plan) throws -> String? {
        _ = try parse(plan.freeText, with: plan.parser, flags: parseFlags.union(.spellingCorrection))
        return try plan.parser.correctedQuery()
    }

    static func parse(_ text: String, with qp: QueryParser, flags: QueryParser.Flags) throws -> Query {
        do {
            return try qp.parse(text, flags: flags)
        } catch {
            if error.kind == .queryParser { throw SearchError.badQuery(reason: error.message, query: text) }
            throw error
        }
    }

    /// About `length` bytes from the start of `text`, cut at a space, HTML-escaped like the snippets.
    /// Reads only as far as the words it keeps (plus one): splitting a whole long body just to
    /// keep 200 bytes of it cost more than the rest of decoding a hit (bench/FINDINGS.md).
    static func opening(of text: some Sequence<Character>, length: Int) -> String {
        var out = ""
        var word = ""
        var cut = false
        /// Appends the word just read; false once it no longer fits.
        func take() -> Bool {
            defer { word = "" }
            if word.isEmpty { return true }
            if !out.isEmpty && out.utf8.count + 1 + word.utf8.count > length { cut = true; return false }
            out += (out.isEmpty ? "" : " ") + word
            return true
        }
        for ch in text {
            if ch == " " || ch == "\n" || ch == "\t" {
                if !take() { break }
            } else {
                word.append(ch)
                // A word already too long to fit ends the opening without being read to its end.
                if !out.isEmpty && out.utf8.count + 1 + word.utf8.count > length { cut = true; word = ""; break }
            }
        }
        if !cut { _ = take() }
        if cut { out += "…" }
        return out.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Highlights the text query's words (filters name none) in bodies.
    func snippetMaker(_ plan: Plan, length: Int) throws -> SnippetMaker {
        try SnippetMaker(queryTerms: try plan.text.terms(), wildcards: SnippetMaker.wildcardPrefixes(in: plan.freeText),
                         stemmer: try Stemmer(language: Schema.language), length: length)
    }

    /// OR of boolean terms; matches nothing when empty.
    static func anyOf(_ terms: [String]) throws(XapianError) -> Query {
        if terms.isEmpty { return try Query.matchNothing() }
        var subs: [Query] = []
        for t in terms { subs.append(try Query(term: t)) }
        return try Query.combine(.or, subs)
    }

    static func intersect(_ spans: [DateSpan]) throws(SearchError) -> DateSpan? {
        guard var result = spans.first else { return nil }
        for s in spans.dropFirst() {
            result = DateSpan(first: max(result.first, s.first), last: min(result.last, s.last))
        }
        guard result.first <= result.last else {
            throw .noDayLeft(first: result.first, last: result.last)
        }
        return result
    }

    // MARK: - Running

    func run(_ request: SearchRequest) throws -> SearchResult {
        let plan = try plan(request)
        do {
            let docCount = try database.documentCount()
            let query = try plan.query()
            let enquire = try Enquire(database)
            try enquire.setQuery(query)
            // Filters alone give every match the same score: newest first is the useful order then.
            let sort = request.sort == .relevance && !plan.hasText ? .newest : request.sort
            switch sort {
            case .relevance: try enquire.setSort(slot: nil)
            case .date: try enquire.setSort(slot: Schema.Slot.published, descending: false)
            case .newest: try enquire.setSort(slot: Schema.Slot.published, descending: true)
            }
            let exact = request.exact || !request.facets.isEmpty
            let spies = try FacetCounter.attach(request.facets, plan: plan, to: enquire)
            // Counting the first thousand matches exactly keeps "N articles match" honest for
            // most queries at little cost; facets and --exact count every match.
            let checkAtLeast = exact ? max(docCount, 1) : max(request.offset + request.limit + 1, 1_000)
            let mset = try enquire.matches(offset: request.offset, limit: request.limit, checkAtLeast: checkAtLeast)
            let lower = try mset.lowerBound(), upper = try mset.upperBound()
            var hits: [SearchHit] = []
            let snippets = request.snippets && mset.count > 0 ? try snippetMaker(plan, length: request.snippetLength) : nil
            for i in 0..<mset.count {
                let doc = try mset.document(at: i)
                guard let stored = Schema.StoredArticle.decode(try doc.data()) else { continue }
                var snippet = ""
                if let snippets {
                    // Matched in the title only (or no words): the body's opening, not an arbitrary passage.
                    snippet = try snippets.snippet(of: stored.body) ?? Self.opening(of: stored.body, length: request.snippetLength)
                }
                hits.append(SearchHit(rank: request.offset + i + 1, docid: try mset.documentID(at: i),
                                      score: try mset.weight(at: i), percent: try mset.percent(at: i),
                                      snippet: snippet, article: stored))
            }
            // Without facets the gazetteer (names for the counts) is not needed, so not loaded.
            let facets = request.facets.isEmpty ? [] : try FacetCounter(
                database: database, gazetteer: gazetteer, docCount: docCount, limit: request.facetLimit
            ).results(for: request.facets, spies: spies, plan: plan)
            var suggestion: String?
            if plan.hasText, lower < Self.suggestBelow, hasSpellings, let corrected = try Self.correctedQuery(plan) {
                suggestion = ([corrected] + plan.fieldText).joined(separator: " ")
            }
            return SearchResult(query: request.text, parsedQuery: query.description,
                                total: lower == upper ? lower : try mset.estimated(), exact: lower == upper,
                                offset: request.offset, hits: hits, facets: facets, suggestion: suggestion)
        }
    }
}

extension PartialDate {
    static let min = PartialDate(year: 1, month: 1, day: 1)
    static let max = PartialDate(year: 9999, month: 12, day: 31)
}

import Foundation

/// Answers `SearchRequest`s against an index (a database or a stub over shards).
///
///     let result = try Searcher(indexPath: "Index").search(SearchRequest(text: "trade truce"))
public final class Searcher {
    public let indexPath: String
    var database: Database
    /// The databases `database` was opened from (`IndexStaging.View`).
    private var opened = IndexStaging.View(folder: 0, staging: [])
    /// Stub lines (shards) that could not be reached; the database holds the others.
    public private(set) var missingShards: [String] = []
    var shardFailure: XapianError?
    private let suppliedGazetteer: Gazetteer?
    private var spellingsKnown: Bool?
    /// Built once per open database (see Searcher+Reuse): setting one up cost more than many searches.
    var parserCache: QueryParser?
    var stemmerCache: Stemmer?
    /// Loaded on first use (filter values to resolve, facet names to show): a plain query
    /// in a one-shot process never pays for it.
    var gazetteer: Gazetteer { suppliedGazetteer ?? .shared }
    /// For `today`, `7d` and the like; fixed in tests.
    public var today = Date()

    public init(indexPath: String, gazetteer: Gazetteer? = nil) throws(SearchError) {
        self.indexPath = indexPath
        self.suppliedGazetteer = gazetteer
        IndexCompactor.finishInterruptedSwap(indexPath)
        guard IndexLocation.exists(indexPath) else { throw .noIndex(indexPath) }
        opened = IndexStaging.view(of: indexPath)
        do {
            database = try IndexStaging.open(indexPath)
        } catch let e {
            if e.kind == .databaseNotFound { throw .noIndex(indexPath) }
            // A database folder whose files no longer open or read back is damaged, not "not an index".
            if Self.damageKinds.contains(e.kind) || (e.kind == .databaseOpening && Self.isDatabaseFolder(indexPath)) {
                throw .damagedIndex(indexPath, e)
            }
            // A stub whose shard is down: keep the live shards; each search decides (allowPartial).
            guard e.kind.isNetwork, let live = Self.liveShards(indexPath, after: e) else { throw .engine(e) }
            database = live.database
            missingShards = live.missing
            shardFailure = e
        }
        // An index written before a term change (accent folding, schema 3) would silently miss words.
        if let found = (try? database.metadata(Schema.Metadata.schemaVersion)).flatMap({ Int($0) }), found != Schema.version {
            throw .outdatedIndex(indexPath, found: found)
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
                guard case .engine(let e) = error, e.kind == .databaseModified || e.kind.isNetwork, attempt < 3 else { throw damaged(error) }
                attempt += 1
                if e.kind.isNetwork {
                    // A shard went away after opening: find which, and carry on without it if allowed.
                    guard let live = Self.liveShards(indexPath, after: e) else { throw error }
                    (database, missingShards, shardFailure) = (live.database, live.missing, e)
                    parserCache = nil
                    continue
                }
                do { try database.reopen() } catch let e2 { throw .engine(e2) }
                spellingsKnown = nil
                parserCache = nil
            }
        }
    }

    /// Xapian's classes for files that cannot be read back: "EOF reading block", bad checksums.
    static let damageKinds: Set<XapianError.Kind> = [.database, .databaseCorrupt]

    /// `.damagedIndex` for an engine error that means the index files are damaged.
    func damaged(_ error: SearchError) -> SearchError {
        if case .engine(let e) = error, Self.damageKinds.contains(e.kind) { return .damagedIndex(indexPath, e) }
        return error
    }

    /// A folder holding a Xapian database (its version file), as opposed to anything else.
    static func isDatabaseFolder(_ path: String) -> Bool {
        ["iamglass", "iamchert", "iamhoney"].contains { FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent($0)) }
    }

    /// Moves to the latest committed state of the index when a writer committed since the last
    /// search (Xapian's reopen; nothing when unchanged). A long-lived searcher calls it before
    /// each request; a failure to reopen shows up in the search that follows.
    public func refresh() {
        let now = IndexStaging.view(of: indexPath)
        if now != opened, missingShards.isEmpty, let db = try? IndexStaging.open(indexPath) {
            // A fresh build started, or merged its staging databases (or a compaction swapped the folder).
            (database, opened, spellingsKnown, parserCache) = (db, now, nil, nil)
            return
        }
        if (try? database.reopen()) == true { spellingsKnown = nil; parserCache = nil }
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
        /// The publication and mentioned-date spans filtered on, for the histograms' buckets.
        var spans: [FacetSpec.Dimension: DateSpan] = [:]
        /// `-country:US` and the like, kept to apply again to an any-word text.
        var exclusions: [Query] = []
        /// Plain words: when no article has them all, ranked any-word matching answers instead.
        var mayFallBack = false

        /// The full query, optionally leaving one dimension's filter out (for multi-select facets).
        func query(excluding dimension: FacetSpec.Dimension? = nil) throws(XapianError) -> Query {
            let active = filters.filter { $0.key != dimension }.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value)
            if active.isEmpty { return text }
            return try Query.combine(.filter, [text] + active)
        }
    }

    func plan(_ request: SearchRequest) throws -> Plan {
        // Checked by NewsIndex first; again here for callers of Searcher itself, since a huge
        // offset would overflow the arithmetic below.
        try request.checkBounds()
        var parts = try QuerySyntax.split(request.text)
        // `country:South Korea trade` in one argument: the longest leading run of words that names
        // a value is the value, the rest are query words.
        var extraWords: [String] = []
        for i in parts.fields.indices {
            let (value, rest) = try FieldValue.split(parts.fields[i].name, parts.fields[i].value, gazetteer: { self.gazetteer }, today: today)
            parts.fields[i].value = value
            if !rest.isEmpty { extraWords.append(rest) }
        }
        for i in parts.excluded.indices {
            let (value, rest) = try FieldValue.split(parts.excluded[i].name, parts.excluded[i].value, gazetteer: { self.gazetteer }, today: today)
            parts.excluded[i].value = value
            if !rest.isEmpty { extraWords.append(rest) }
        }
        if !extraWords.isEmpty { parts.text = ([parts.text] + extraWords).filter { !$0.isEmpty }.joined(separator: " ") }
        // Folded as the index folds (Schema+Folding): "México" finds Mexico.
        let freeText = Schema.foldAccents(parts.text)

        var countries = EntityFilter(), leaders = EntityFilter()
        for v in request.countries { countries.append(v, and: request.allValues) }
        for v in request.leaders { leaders.append(v, and: request.allValues) }
        var published: [DateSpan] = []
        var mentioned: [DateSpan] = []
        if let f = request.from { published.append(DateSpan(first: try DateExpression.parse(f, today: today).first, last: .max)) }
        if let t = request.to { published.append(DateSpan(first: .min, last: try DateExpression.parse(t, today: today).last)) }
        if let f = request.mentionedFrom { mentioned.append(DateSpan(first: try DateExpression.parse(f, today: today).first, last: .max)) }
        if let t = request.mentionedTo { mentioned.append(DateSpan(first: .min, last: try DateExpression.parse(t, today: today).last)) }
        var fieldText: [String] = []
        for (name, value, and) in parts.fields {
            fieldText.append((and ? "AND " : "") + (value.contains(" ") ? "\(name):\"\(value)\"" : "\(name):\(value)"))
            switch name {
            case "country": countries.append(value, and: and)
            case "leader": leaders.append(value, and: and)
            case "date": published.append(try DateExpression.parseRange(value, today: today))
            default: mentioned.append(try DateExpression.parseRange(value, today: today))
            }
        }

        // Computed, so that a query without entity filters never loads the gazetteer.
        var resolver: FilterResolver { FilterResolver(gazetteer: gazetteer) }
        do {
            let qp = try queryParser()
            var filters: [FacetSpec.Dimension: Query] = [:]
            var spans: [FacetSpec.Dimension: DateSpan] = [:]
            if !countries.isEmpty {
                filters[.country] = try countries.query { v throws(SearchError) in try resolver.countryCodes(v).map(Schema.countryTerm) }
            }
            if !leaders.isEmpty {
                filters[.leader] = try leaders.query { v throws(SearchError) in try resolver.leaderIDs(v).map(Schema.leaderTerm) }
            }
            if request.inOffice {
                // The same leader filter over the in-office terms; alone, any sitting leader.
                filters[.leaderInOffice] = leaders.isEmpty
                    ? try Query(term: Schema.anyLeaderInOfficeTerm)
                    : try leaders.query { v throws(SearchError) in try resolver.leaderIDs(v).map(Schema.leaderInOfficeTerm) }
            }
            if let span = try Self.intersect(published) {
                spans[.date] = span
                filters[.date] = try Query.valueRange(slot: Schema.Slot.published, from: span.startKey, to: span.endKey)
            }
            if let span = try Self.intersect(mentioned) {
                spans[.mentioned] = span
                let terms = MentionedRange.terms(covering: span)
                filters[.mentioned] = try Self.anyOf(terms)
            }
            // `-country:US`, `NOT leader:xi`: left out of every count, facets included.
            var exclusions: [Query] = []
            for (name, value) in parts.excluded {
                fieldText.append(value.contains(" ") ? "-\(name):\"\(value)\"" : "-\(name):\(value)")
                switch name {
                case "country": exclusions.append(try filter(.country, values: [value]))
                case "leader": exclusions.append(try filter(.leader, values: [value]))
                case "date": exclusions.append(try filter(.date, span: try DateExpression.parseRange(value, today: today)))
                default: exclusions.append(try filter(.mentioned, span: try DateExpression.parseRange(value, today: today)))
                }
            }
            let hasText = !freeText.isEmpty
            let shape = QueryShape(freeText)
            var text: Query
            if let positive = shape.negatedOnly {
                // `-china` alone: every article without the word (Xapian would read a lone hate term as the word).
                try qp.setDefaultOperator(.or)
                // The parser is kept for the next query: AND again even when this parse fails.
                defer { try? qp.setDefaultOperator(.and) }
                let unwanted = try Self.parse(positive, with: qp, flags: Self.parseFlags)
                text = try Query.combine(.andNot, [try Query.matchAll(), unwanted])
            } else if hasText {
                text = try Self.parse(freeText, with: qp, flags: Self.parseFlags)
            } else {
                text = try Query.matchAll()
            }
            if !exclusions.isEmpty { text = try Query.combine(.andNot, [text, try Query.combine(.or, exclusions)]) }
            var plan = Plan(text: text, filters: filters, parser: qp, fieldText: fieldText, hasText: hasText && shape.negatedOnly == nil,
                            freeText: freeText)
            plan.spans = spans
            plan.exclusions = exclusions
            // Only plain words, no field in the query: if no article has them all, any-word matching may answer.
            plan.mayFallBack = shape.isPlainWords && shape.words.count > 1 && parts.fields.isEmpty && parts.excluded.isEmpty
            return plan
        }
    }

    /// The one place a field becomes a Xapian query: any of the countries or leaders `values`
    /// name (resolved through the gazetteer, loaded only here), or the days of `span`.
    func filter(_ field: FacetSpec.Dimension, values: [String] = [], span: DateSpan? = nil) throws -> Query {
        // Computed, so that date filters never load the gazetteer.
        var resolver: FilterResolver { FilterResolver(gazetteer: gazetteer) }
        switch field {
        case .country:
            var codes: [String] = []
            for v in values { codes += try resolver.countryCodes(v) }
            return try Self.anyOf(Set(codes).sorted().map(Schema.countryTerm))
        case .leader:
            var ids: [String] = []
            for v in values { ids += try resolver.leaderIDs(v) }
            return try Self.anyOf(Set(ids).sorted().map(Schema.leaderTerm))
        case .leaderInOffice:
            // Any sitting leader when no value is named.
            if values.isEmpty { return try Query(term: Schema.anyLeaderInOfficeTerm) }
            var ids: [String] = []
            for v in values { ids += try resolver.leaderIDs(v) }
            return try Self.anyOf(Set(ids).sorted().map(Schema.leaderInOfficeTerm))
        case .date:
            let span = span ?? DateSpan(first: .min, last: .max)
            return try Query.valueRange(slot: Schema.Slot.published, from: span.startKey, to: span.endKey)
        case .mentioned:
            return try Self.anyOf(MentionedRange.terms(covering: span ?? DateSpan(first: .min, last: .max)))
        }
    }

    /// The same plan with the words OR-ed: ranked any-word matching, for when no article has them all.
    func anyWordPlan(_ plan: Plan) throws -> Plan {
        var any = plan
        try plan.parser.setDefaultOperator(.or)
        defer { try? plan.parser.setDefaultOperator(.and) }
        any.text = try Self.parse(plan.freeText, with: plan.parser, flags: Self.parseFlags)
        if !plan.exclusions.isEmpty { any.text = try Query.combine(.andNot, [any.text, try Query.combine(.or, plan.exclusions)]) }
        any.mayFallBack = false
        return any
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
        return try plan.parser.correctedQuery().map { keepingCase(of: plan.freeText, in: $0) }
    }

    /// The spelling table holds lowercase words, so "Tony blaire" comes back "Tony blair": a
    /// corrected word takes the capitals of the word it replaces ("Tony Blair").
    static func keepingCase(of original: String, in corrected: String) -> String {
        let before = original.split(separator: " ", omittingEmptySubsequences: false)
        var after = corrected.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard before.count == after.count else { return corrected }
        for i in after.indices where before[i] != after[i] && after[i] == after[i].lowercased() {
            let word = before[i]
            guard let first = word.first, first.isUppercase else { continue }
            if word.count > 1, word.allSatisfy({ !$0.isLetter || $0.isUppercase }) {
                after[i] = after[i].uppercased()
            } else {
                after[i] = after[i].prefix(1).uppercased() + after[i].dropFirst()
            }
        }
        return after.joined(separator: " ")
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
        return SnippetText.htmlEscaped(out)
    }

    /// Highlights the text query's words (filters name none) in bodies.
    func snippetMaker(_ plan: Plan, length: Int) throws -> SnippetMaker {
        try SnippetMaker(queryTerms: try plan.text.terms(), wildcards: SnippetMaker.wildcardPrefixes(in: plan.freeText),
                         stemmer: try snippetStemmer(), length: length)
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
        var plan = try plan(request)
        if let reference = request.similarTo { try likeness(to: reference, in: &plan) }
        if let after = request.writtenAfter {
            let window = try Query.valueRange(slot: Schema.Slot.written, from: Schema.writtenValue(after + 1),
                                              to: Schema.writtenValue(request.writtenThrough ?? Int64.max / 2))
            plan.text = try Query.combine(.filter, [plan.text, window])
            // An alert lists what is new among exact matches; the any-word answer would drop the window.
            plan.mayFallBack = false
        }
        var result = try execute(plan, request)
        if plan.mayFallBack, result.total == 0 {
            // No article holds every word: rank those that hold any of them, and say so.
            var any = try execute(try anyWordPlan(plan), request)
            if any.total > 0 {
                any.fallback = .any
                any.suggestion = result.suggestion
                result = any
            }
        }
        return result
    }

    private func execute(_ plan: Plan, _ request: SearchRequest) throws -> SearchResult {
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
            if request.collapse { try enquire.setCollapseKey(slot: Schema.Slot.cluster) }
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
                guard let stored = try Schema.StoredArticle.read(from: doc, body: snippets != nil) else { continue }
                var snippet = ""
                if let snippets {
                    // Matched in the title only (or no words): the body's opening, not an arbitrary passage.
                    snippet = try snippets.snippet(of: stored.body) ?? Self.opening(of: SnippetText.spacesFolded(stored.body), length: request.snippetLength)
                }
                var hit = SearchHit(rank: request.offset + i + 1, docid: try mset.documentID(at: i),
                                    score: try mset.weight(at: i), percent: try mset.percent(at: i),
                                    snippet: snippet, article: stored)
                if request.collapse { try addDuplicates(to: &hit, document: doc, folded: try mset.collapseCount(at: i), plan: plan) }
                hits.append(hit)
            }
            // Labels need only the names, not the gazetteer (unless one was given); without facets, nothing.
            let facets = request.facets.isEmpty ? [] : try FacetCounter(
                database: database, labels: suppliedGazetteer.map { .gazetteer($0) } ?? .bundledNames,
                docCount: docCount, limit: request.facetLimit
            ).results(for: request.facets, spies: spies, plan: plan)
            var suggestion: String?
            if plan.hasText, lower < Self.suggestBelow, hasSpellings, let corrected = try Self.correctedQuery(plan) {
                suggestion = ([corrected] + plan.fieldText).joined(separator: " ")
            }
            var result = SearchResult(query: request.text, parsedQuery: query.description,
                                      total: lower == upper ? lower : try mset.estimated(), exact: lower == upper,
                                      offset: request.offset, hits: hits, facets: facets, suggestion: suggestion)
            result.similarTo = request.similarTo
            result.collapsed = request.collapse
            if request.collapse { result.totalArticles = try exactCount(query) }
            return result
        }
    }
}

extension PartialDate {
    static let min = PartialDate(year: 1, month: 1, day: 1)
    static let max = PartialDate(year: 9999, month: 12, day: 31)
}

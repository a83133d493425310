/// Words that set the matching articles apart from the whole archive.
///
/// Xapian's query expansion (an ESet over a relevance set of the best matches) weighs each word
/// of those articles by how much more often it occurs there than in the archive, with the same
/// probabilistic model that ranks the matches. It reads only the relevance set's term lists, so
/// it costs the same on a thousand matches as on a million; the counts beside each word are
/// exact (one count per word over every match), so a reader can check what the weight says.
///
///     let terms = try index.tellingTerms(SearchRequest(text: "country:KR"), limit: 20)
public struct TellingTerm: Sendable, Hashable {
    public var term: String
    /// Xapian's expand weight: higher sets the matches apart more strongly.
    public var score: Double
    /// Matching articles that hold the word.
    public var inResults: Int
    /// Articles of the archive that hold it.
    public var inArchive: Int
}

public struct TellingTerms: Sendable {
    /// Matching articles, exact.
    public var matches: Int
    /// Articles in the archive.
    public var archive: Int
    /// Matches the weights were drawn from (the best `relevanceSet` of them).
    public var sampled: Int
    public var terms: [TellingTerm]
}

extension Searcher {
    /// The best matches that expansion reads; more adds little but time.
    static let relevanceSet = 200

    public func tellingTerms(_ request: SearchRequest, limit: Int) throws(SearchError) -> TellingTerms {
        try analyse { () throws -> TellingTerms in
            let plan = try plan(request)
            let query = try plan.query()
            let enquire = try Enquire(database)
            try enquire.setQuery(query)
            if !plan.hasText { try enquire.setSort(slot: Schema.Slot.published, descending: true) }
            let archive = try database.documentCount()
            let mset = try enquire.matches(offset: 0, limit: Self.relevanceSet, checkAtLeast: max(archive, 1))
            let matches = try mset.lowerBound()
            var relevant: [UInt32] = []
            for i in 0..<mset.count { relevant.append(try mset.documentID(at: i)) }
            guard !relevant.isEmpty else { return TellingTerms(matches: 0, archive: archive, sampled: 0, terms: []) }
            let asked = Set(try plan.text.terms().map { $0.hasPrefix("Z") ? String($0.dropFirst()) : $0 })
            var out: [TellingTerm] = []
            // Stems (Z…) and fields come back too: ask for several times as many, keep plain words.
            for e in try enquire.expand(relevant: relevant, limit: limit * 6 + 20) where Self.isPlainWord(e.term) && !asked.contains(e.term) {
                let inResults = try exactCount(try Query.combine(.filter, [query, try Query(term: e.term)]))
                out.append(TellingTerm(term: e.term, score: e.weight, inResults: inResults, inArchive: try database.termFrequency(e.term)))
                if out.count == limit { break }
            }
            return TellingTerms(matches: matches, archive: archive, sampled: relevant.count, terms: out)
        }
    }

    /// An unprefixed index term of three letters or more, not a stopword: a word as written.
    static func isPlainWord(_ term: String) -> Bool {
        guard term.utf8.count >= 3, let first = term.unicodeScalars.first,
              first.properties.isLowercase else { return false }
        return !term.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) && !TellingTermStopwords.words.contains(term)
    }
}

/// English function words, which set nothing apart however their counts fall.
enum TellingTermStopwords {
    static let words: Set<String> = Set("""
        about above after again against all also among and any are around because been before being below \
        between both but can could did does doing down during each few for from further had has have having \
        her here hers herself him himself his how into its itself just more most much must not now off once \
        only other our ours out over own said same says she should since some such than that the their them \
        then there these they this those through too under until upon very was were what when where which \
        while who whom why will with would you your yours year years new one two three last first told
        """.split(separator: " ").map(String.init))
}

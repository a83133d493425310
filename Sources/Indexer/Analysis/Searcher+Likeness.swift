extension Searcher {
    /// Words of an article that "more like this" searches for.
    static let likenessTerms = 40

    /// Makes `plan` rank by likeness to an article: the words Xapian's expansion picks from it
    /// (its RSet of one), with the article itself and its near-duplicates left out.
    func likeness(to reference: String, in plan: inout Plan) throws {
        guard let (id, document) = try documentAndID(reference) else { throw SearchError.noArticle(reference) }
        let enquire = try Enquire(database)
        let cluster = try document.value(Schema.Slot.cluster)
        let copies = cluster.isEmpty ? 1 : max(try database.termFrequency(Schema.clusterTerm(cluster)), 1)
        var words: [Query] = []
        // Words that only this article and its copies hold weigh most in the expansion, but can
        // find no other article: those held by more articles than that are the ones that can.
        for e in try enquire.expand(relevant: [id], limit: Self.likenessTerms * 4) where Self.isRankingTerm(e.term) {
            guard try database.termFrequency(e.term) > copies else { continue }
            words.append(try Query(term: e.term))
            if words.count == Self.likenessTerms { break }
        }
        var like = words.isEmpty ? try Query.matchNothing() : try Query.combine(.eliteSet, words)
        var excluded = [try Query(term: Schema.articleIDTerm(reference))]
        if let stored = try Schema.StoredArticle.read(from: document, body: false) { excluded.append(try Query(term: Schema.articleIDTerm(stored.id))) }
        if !cluster.isEmpty { excluded.append(try Query(term: Schema.clusterTerm(cluster))) }
        like = try Query.combine(.andNot, [like, try Query.combine(.or, excluded)])
        plan.text = plan.hasText ? try Query.combine(.and, [plan.text, like]) : like
        plan.hasText = true
    }

    /// The article's document id and document, by id or path.
    func documentAndID(_ reference: String) throws -> (UInt32, Document)? {
        for term in [Schema.articleIDTerm(reference)] + (try pathTerms(reference)) {
            if let id = try database.documentID(forTerm: term) { return (id, try database.document(id)) }
        }
        return nil
    }

    /// Words and stems of the text (unprefixed or `Z`), not ids, fields or titles.
    static func isRankingTerm(_ term: String) -> Bool {
        guard let first = term.unicodeScalars.first else { return false }
        if first == "Z" { return term.unicodeScalars.dropFirst().first?.properties.isLowercase ?? false }
        return first.properties.isLowercase
    }

    /// Fills in the near-duplicates folded into a hit by collapsing: the matches (of the same
    /// query) that share its cluster, best first.
    func addDuplicates(to hit: inout SearchHit, document: Document, folded: Int, plan: Plan) throws {
        hit.duplicateCount = folded
        guard folded > 0 else { return }
        let cluster = try document.value(Schema.Slot.cluster)
        guard !cluster.isEmpty else { return }
        let enquire = try Enquire(database)
        let others = try Query.combine(.andNot, [try Query.combine(.filter, [try plan.query(), try Query(term: Schema.clusterTerm(cluster))]),
                                                  try Query(term: Schema.articleIDTerm(hit.article.id))])
        try enquire.setQuery(others)
        let mset = try enquire.matches(offset: 0, limit: Self.listedDuplicates)
        for i in 0..<mset.count {
            if let stored = try Schema.StoredArticle.read(from: try mset.document(at: i), body: false) { hit.duplicateIDs.append(stored.id) }
        }
    }

    /// Ids listed per collapsed hit; the count says how many there are in all.
    static let listedDuplicates = 50
}

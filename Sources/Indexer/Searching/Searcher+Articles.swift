import Foundation

/// What `show ID|PATH` finds: one article, several (an id that several folders give, or a file
/// of several records named without `#N`), or none.
public enum ArticleLookup: Sendable {
    case found(Schema.StoredArticle)
    /// Each candidate's id, path and title, so the user can pick one.
    case several([Schema.StoredArticle])
    case none
}

extension Searcher {
    /// A stored article by id (`world/trade.json`, `feed.jsonl#3`) or by file path; nil when
    /// none or several match (use `lookup` to tell those apart).
    public func article(_ reference: String) throws(SearchError) -> Schema.StoredArticle? {
        if case .found(let a) = try lookup(reference) { return a }
        return nil
    }

    /// Every article a reference could mean: an id first, then a path under an indexed folder
    /// (a multi-record file named without `#N` means all its records).
    public func lookup(_ reference: String) throws(SearchError) -> ArticleLookup {
        try checkShards(allowPartial: false)
        let outcome = Self.capture { () throws -> ArticleLookup in
            var articles = try self.articles(matching: Schema.articleIDTerm(reference))
            if articles.isEmpty {
                for term in try self.pathTerms(reference) {
                    articles = try self.articles(matching: term)
                    if !articles.isEmpty { break }
                }
            }
            switch articles.count {
            case 0: return .none
            case 1: return .found(articles[0])
            default: return .several(articles.sorted { ($0.root, $0.id) < ($1.root, $1.id) })
            }
        }
        do { return try outcome.get() } catch { throw damaged(error) }
    }

    /// The stored articles of up to `limit` documents holding `term`.
    private func articles(matching term: String, limit: Int = 100) throws -> [Schema.StoredArticle] {
        let enquire = try Enquire(database)
        try enquire.setQuery(try Query(term: term))
        let mset = try enquire.matches(offset: 0, limit: limit)
        var out: [Schema.StoredArticle] = []
        for i in 0..<mset.count {
            if let a = try Schema.StoredArticle.read(from: try mset.document(at: i)) { out.append(a) }
        }
        return out
    }

    /// Terms naming what a file path means under each indexed root that holds it: the article
    /// `path#N`, or every article of the file.
    func pathTerms(_ reference: String) throws -> [String] {
        var terms: [String] = []
        let hash = reference.lastIndex(of: "#")
        let pathPart = hash.map { String(reference[..<$0]) } ?? reference
        let suffix = hash.map { String(reference[$0...]) } ?? ""
        let absolute = URL(fileURLWithPath: pathPart).standardizedFileURL.resolvingSymlinksInPath().path
        for root in try info().roots {
            let rel: String
            if absolute == root.path {
                rel = (absolute as NSString).lastPathComponent
            } else if absolute.hasPrefix(root.path + "/") {
                rel = String(absolute.dropFirst(root.path.count + 1))
            } else {
                continue
            }
            if suffix.isEmpty {
                terms.append(Schema.fileTerm(rootKey: root.key, relativePath: rel))
            } else {
                terms.append(Schema.uniqueTerm(rootKey: root.key, articleID: root.articleIDPrefix + rel + suffix))
            }
        }
        return terms
    }

    /// The index's own record: roots, last update, last run.
    public func info() throws -> IndexInfo {
        IndexInfo.load(from: try database.metadata(Schema.Metadata.info))
    }
}

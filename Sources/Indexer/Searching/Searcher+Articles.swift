import Foundation

extension Searcher {
    /// A stored article by id (`world/trade.json`, `feed.jsonl#3`) or by file path.
    /// Several roots may hold the same id; the first is returned.
    public func article(_ reference: String) throws(SearchError) -> Schema.StoredArticle? {
        try checkShards(allowPartial: false)
        let outcome = Self.capture { () throws -> Schema.StoredArticle? in
            for term in try self.candidateTerms(reference) {
                if let id = try self.database.documentID(forTerm: term) {
                    return Schema.StoredArticle.decode(try self.database.document(id).data())
                }
            }
            return nil
        }
        return try outcome.get()
    }

    func candidateTerms(_ reference: String) throws -> [String] {
        var terms = [Schema.articleIDTerm(reference)]
        // A path: make it relative to each indexed root that contains it.
        let hash = reference.lastIndex(of: "#")
        let pathPart = hash.map { String(reference[..<$0]) } ?? reference
        let suffix = hash.map { String(reference[$0...]) } ?? ""
        let absolute = URL(fileURLWithPath: pathPart).standardizedFileURL.resolvingSymlinksInPath().path
        for root in try info().roots {
            if absolute == root.path {
                terms.append(Schema.uniqueTerm(rootKey: root.key, articleID: (absolute as NSString).lastPathComponent + suffix))
            } else if absolute.hasPrefix(root.path + "/") {
                let rel = String(absolute.dropFirst(root.path.count + 1))
                terms.append(Schema.uniqueTerm(rootKey: root.key, articleID: rel + suffix))
                if suffix.isEmpty { terms.append(Schema.uniqueTerm(rootKey: root.key, articleID: rel + "#1")) }
            }
        }
        return terms
    }

    /// The index's own record: roots, last update, last run.
    public func info() throws -> IndexInfo {
        IndexInfo.load(from: try database.metadata(Schema.Metadata.info))
    }
}

/// The per-query objects a searcher keeps between queries. A batch line, a web request or an
/// MCP call each paid for a fresh query parser (stemmer, prefixes, a stopper of every stopword)
/// and a fresh snippet stemmer; these depend only on the open database, so they are built once
/// and dropped when the database is reopened or replaced.
extension Searcher {
    /// The query parser for this database: AND by default, `title:`, bounded wildcards, stopwords.
    /// A caller that changes the default operator sets it back to AND before it returns.
    func queryParser() throws(XapianError) -> QueryParser {
        if let parserCache { return parserCache }
        let qp = try QueryParser(language: Schema.language, strategy: Schema.stemStrategy)
        try qp.setDatabase(database)
        try qp.setDefaultOperator(.and)
        try qp.addPrefix("title", Schema.Prefix.title)
        try qp.setMaxWildcardExpansion(QueryLimits.maxWildcardExpansion)
        try qp.setStopwords(Stopwords.english)
        parserCache = qp
        return qp
    }

    /// The stemmer snippets match body words with.
    func snippetStemmer() throws(XapianError) -> Stemmer {
        if let stemmerCache { return stemmerCache }
        let s = try Stemmer(language: Schema.language)
        stemmerCache = s
        return s
    }
}

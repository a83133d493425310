extension Searcher {
    /// Moves to the index's latest committed revision (a `search index` run in another process);
    /// true when it changed. Long-lived front ends call it before each request.
    ///
    ///     if try searcher.refresh() { /* caches built on the old revision are stale */ }
    public func refresh() throws(SearchError) -> Bool {
        do { return try database.reopen() } catch { throw .engine(error) }
    }
}

/// What the archive says beyond counts: trends, telling terms, likeness, networks, saved searches.
extension NewsIndex {
    /// One series per request over the same periods, each period's count and share of the archive.
    public func trend(_ requests: [SearchRequest], by period: TrendPeriod, mentioned: Bool = false) throws(SearchError) -> Trend {
        try searcher().trend(requests, by: period, mentioned: mentioned)
    }

    /// The words that set the matches apart from the archive, best first.
    public func tellingTerms(_ request: SearchRequest, limit: Int = 20) throws(SearchError) -> TellingTerms {
        guard limit >= 1 else { throw .facetLimitBelowOne(limit) }
        return try searcher().tellingTerms(request, limit: min(limit, 200))
    }

    /// Articles most like one (an id or path), itself and its near-duplicates left out; the
    /// request's filters and page apply.
    public func similar(to reference: String, _ request: SearchRequest = SearchRequest(text: "")) throws(SearchError) -> SearchResult {
        var r = request
        r.similarTo = reference
        return try search(r)
    }

    /// Entities as nodes and co-mentions as edges over the matches of `request`.
    public func network(_ kind: CoMentionNetwork.Kind, _ request: SearchRequest, minimumCount: Int = 2) throws(SearchError) -> CoMentionNetwork {
        try searcher().network(kind, request: request, minimumCount: minimumCount)
    }

    // MARK: - Saved searches

    public var savedSearches: SavedSearches { SavedSearches(indexPath: location) }

    /// Saves (or replaces) a search under `name`; its first run marks the starting point.
    public func addWatch(_ name: String, _ request: SearchRequest) throws(SearchError) {
        guard SavedSearch.isValidName(name) else { throw .badWatchName(name) }
        try open()
        // The query must run before it is kept: a typo is reported now, not at the first alert.
        var probe = request
        probe.limit = 0
        _ = try search(probe)
        try savedSearches.update { (list: inout [SavedSearch]) throws(SearchError) in
            list.removeAll { $0.name == name }
            list.append(SavedSearch(name: name, request: request))
        }
    }

    public func removeWatch(_ name: String) throws(SearchError) {
        try savedSearches.update { (list: inout [SavedSearch]) throws(SearchError) in
            guard list.contains(where: { $0.name == name }) else { throw .unknownWatch(name) }
            list.removeAll { $0.name == name }
        }
    }

    /// The articles written since the watch last ran (nothing on its first run), then moves its
    /// mark to what is committed now. `page` gives limit, offset, snippets and facets.
    public func runWatch(_ name: String, page: SearchRequest = SearchRequest(text: "")) throws(SearchError) -> (watch: SavedSearch, result: SearchResult) {
        let s = try searcher()
        return try savedSearches.update { (list: inout [SavedSearch]) throws(SearchError) in
            guard let i = list.firstIndex(where: { $0.name == name }) else { throw .unknownWatch(name) }
            let through = try s.committedSequence()
            let result = try s.newMatches(of: list[i], through: through, page: page)
            let before = list[i]
            list[i].mark = max(through, list[i].mark ?? 0)
            return (before, result)
        }
    }
}

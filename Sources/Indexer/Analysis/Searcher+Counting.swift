extension Searcher {
    /// Runs `query` over every match only to count the values of `slot` (no page of hits).
    func valueCounts(_ query: Query, slot: UInt32) throws(XapianError) -> (matches: Int, counts: PackedValueCounts) {
        let enquire = try Enquire(database)
        try enquire.setQuery(query)
        let spy = try enquire.addValueCountSpy(slot: slot)
        _ = try enquire.matches(offset: 0, limit: 0, checkAtLeast: max(try database.documentCount(), 1))
        return (try spy.total(), try spy.packedCounts())
    }

    /// The exact number of articles matching `query`.
    func exactCount(_ query: Query) throws(XapianError) -> Int {
        let enquire = try Enquire(database)
        try enquire.setQuery(query)
        let mset = try enquire.matches(offset: 0, limit: 0, checkAtLeast: max(try database.documentCount(), 1))
        return try mset.lowerBound()
    }

    /// Runs a body that builds on a plan, with the searcher's usual retry and error mapping.
    func analyse<T>(_ body: () throws -> T) throws(SearchError) -> T {
        try checkShards(allowPartial: false)
        var attempt = 0
        while true {
            switch Self.capture(body) {
            case .success(let value): return value
            case .failure(let error):
                guard case .engine(let e) = error, e.kind == .databaseModified, attempt < 3 else { throw error }
                attempt += 1
                do { _ = try database.reopen() } catch let e2 { throw .engine(e2) }
            }
        }
    }
}

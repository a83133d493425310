extension Searcher {
    /// The co-mention network of the articles matching `request`.
    public func network(_ kind: CoMentionNetwork.Kind, request: SearchRequest, minimumCount: Int) throws(SearchError) -> CoMentionNetwork {
        try analyse { () throws -> CoMentionNetwork in
            let (matches, raw) = try valueCounts(try plan(request).query(), slot: Schema.Slot.entities)
            let g = gazetteer
            return CoMentionNetwork.build(kind, from: EntityCombinations(raw), articles: matches, minimumCount: max(minimumCount, 1)) { d, id in
                d == .country ? (g.country(code: id)?.name ?? id) : (g.leader(id: id)?.name ?? id)
            }
        }
    }
}

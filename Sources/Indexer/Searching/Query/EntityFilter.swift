/// The filter for one entity dimension (countries or leaders), from the values a request names.
/// Values are OR-ed unless an explicit AND joins them: `country:KR AND country:JP` asks for both,
/// `country:KR country:JP` (or `--country KR --country JP`) for either. AND binds tighter than
/// OR, as in Xapian's query language: `A OR B AND C` is A, or B with C.
///
///     EntityFilter(values: [.init("KR"), .init("JP", andWithPrevious: true)]).query(…)   // XCkr AND XCjp
struct EntityFilter {
    struct Value {
        var text: String
        /// Joined to the value before it by AND (written explicitly, or `--all`).
        var andWithPrevious = false
        init(_ text: String, andWithPrevious: Bool = false) { self.text = text; self.andWithPrevious = andWithPrevious }
    }

    var values: [Value] = []

    var isEmpty: Bool { values.isEmpty }

    mutating func append(_ text: String, and: Bool = false) {
        values.append(Value(text, andWithPrevious: and && !values.isEmpty))
    }

    /// OR of AND-chains; each value becomes the OR of the terms it resolves to.
    func query(resolve: (String) throws(SearchError) -> [String]) throws -> Query {
        var chains: [[[String]]] = []
        for v in values {
            let terms = try resolve(v.text)
            if v.andWithPrevious, !chains.isEmpty { chains[chains.count - 1].append(terms) } else { chains.append([terms]) }
        }
        // Plain OR of every value: one flat OR, as before explicit ANDs existed.
        if chains.allSatisfy({ $0.count == 1 }) {
            return try Searcher.anyOf(Array(Set(chains.flatMap { $0[0] })).sorted())
        }
        var ors: [Query] = []
        for chain in chains {
            var ands: [Query] = []
            for terms in chain { ands.append(try Searcher.anyOf(terms)) }
            ors.append(ands.count == 1 ? ands[0] : try Query.combine(.and, ands))
        }
        return ors.count == 1 ? ors[0] : try Query.combine(.or, ors)
    }
}

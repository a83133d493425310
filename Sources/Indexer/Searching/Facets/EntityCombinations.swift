/// The entity slot's distinct combinations (`Schema.entitiesValue`) as a spy counted them, each
/// split once into interned country codes and leader ids, so the country facet, the leader facet
/// and pair facets over one spy share a single pass over thousands of combinations.
struct EntityCombinations {
    struct Combination {
        var countries: Range<Int>
        var leaders: Range<Int>
        var count: Int
    }

    private(set) var names = ValueInterner()
    private(set) var combinations: [Combination] = []
    /// Interned ids, indexed by the ranges above.
    private(set) var ids: [Int] = []

    init(_ raw: PackedValueCounts) {
        raw.forEach { value, count in
            // Country codes before the tab, leader ids after it; an old value without a tab holds countries only.
            let tab = value.firstIndex(of: UInt8(ascii: "\t"))
            let countries = split(value, 0..<(tab ?? value.count))
            let leaders = tab.map { split(value, $0 + 1..<value.count) } ?? ids.count..<ids.count
            combinations.append(Combination(countries: countries, leaders: leaders, count: count))
        }
    }

    /// Interns the space-separated values in value[range]; returns where their ids are.
    private mutating func split(_ value: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        let first = ids.count
        var i = range.lowerBound
        while i < range.upperBound {
            var j = i
            while j < range.upperBound && value[j] != UInt8(ascii: " ") { j += 1 }
            if j > i { ids.append(names.id(of: UnsafeBufferPointer(rebasing: value[i..<j]))) }
            i = j + 1
        }
        return first..<ids.count
    }

    func ids(_ d: FacetSpec.Dimension, of c: Combination) -> ArraySlice<Int> {
        ids[d == .country ? c.countries : c.leaders]
    }
}

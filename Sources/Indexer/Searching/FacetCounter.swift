/// Exact facet counts from Xapian's stock ValueCountMatchSpy.
///
/// Countries and leaders are multi-valued, so the spy counts each article's *combination*
/// (Schema.Slot.entities) and the combinations are split here. Because the spy is stock,
/// the counts stay exact over a stub of remote shards served by `xapian-tcpsrv`.
struct FacetCounter {
    let database: Database
    let gazetteer: Gazetteer
    let docCount: Int
    let limit: Int

    /// Spies on the main query, one per slot the requested facets need.
    struct Spies {
        var bySlot: [UInt32: ValueCountSpy] = [:]
    }

    static func slot(for d: FacetSpec.Dimension) -> UInt32 {
        switch d {
        case .country, .leader: return Schema.Slot.entities
        case .date: return Schema.Slot.published
        case .mentioned: return Schema.Slot.mentioned
        }
    }

    static func attach(_ specs: [FacetSpec], plan: Searcher.Plan, to enquire: Enquire) throws(XapianError) -> Spies {
        var spies = Spies()
        for spec in specs {
            let slot = slot(for: spec.dimension)
            if spies.bySlot[slot] == nil { spies.bySlot[slot] = try enquire.addValueCountSpy(slot: slot) }
        }
        return spies
    }

    func results(for specs: [FacetSpec], spies: Spies, plan: Searcher.Plan) throws(XapianError) -> [FacetResult] {
        var out: [FacetResult] = []
        for spec in specs {
            let slot = Self.slot(for: spec.dimension)
            // Multi-select: a facet whose dimension is filtered counts without its own filter,
            // so the user sees the alternatives (Elasticsearch's post_filter pattern).
            let ownFilter = spec.pairedWith == nil && plan.filters[spec.dimension] != nil
            let spy: ValueCountSpy
            if ownFilter {
                spy = try countWithout(spec.dimension, slot: slot, plan: plan)
            } else if let s = spies.bySlot[slot] {
                spy = s
            } else {
                continue
            }
            let raw = try spy.counts()
            let counted = try spy.total()
            var result: FacetResult
            switch spec.dimension {
            case .country, .leader:
                result = entityFacet(spec, raw: raw)
            case .date, .mentioned:
                result = dateFacet(spec, raw: raw)
            }
            result.counted = counted
            result.ignoresOwnFilter = ownFilter
            out.append(result)
        }
        return out
    }

    private func countWithout(_ d: FacetSpec.Dimension, slot: UInt32, plan: Searcher.Plan) throws(XapianError) -> ValueCountSpy {
        let enquire = try Enquire(database)
        try enquire.setQuery(try plan.query(excluding: d))
        let spy = try enquire.addValueCountSpy(slot: slot)
        _ = try enquire.matches(offset: 0, limit: 0, checkAtLeast: max(docCount, 1))
        return spy
    }

    // MARK: - Countries, leaders and pairs

    private func entityFacet(_ spec: FacetSpec, raw: [TermEntry]) -> FacetResult {
        var counts: [String: Int] = [:]
        for entry in raw {
            func values(_ d: FacetSpec.Dimension) -> [String] { Self.values(d, in: entry.term) }
            if let other = spec.pairedWith {
                let a = values(spec.dimension), b = values(other)
                for x in a {
                    for y in b where !(spec.dimension == other && x >= y) {
                        counts[x + "*" + y, default: 0] += entry.frequency
                    }
                }
            } else {
                for v in values(spec.dimension) { counts[v, default: 0] += entry.frequency }
            }
        }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let top = ordered.prefix(limit).map { FacetValue(value: $0.key, label: label(spec, $0.key), count: $0.value) }
        return FacetResult(spec: spec, values: Array(top), distinct: counts.count, counted: 0,
                           exact: true, ignoresOwnFilter: false, granularity: nil)
    }

    /// One half of an entity-combination value (`Schema.entitiesValue`): country codes before the tab,
    /// leader ids after it. Same result as `Schema.parseEntitiesValue`, but splits only the half asked
    /// for, on bytes: a broad query has thousands of combinations, and the generic split was over
    /// 40% of a three-facet search (bench/FINDINGS.md).
    static func values(_ d: FacetSpec.Dimension, in combination: String) -> [String] {
        var bytes = combination.utf8[...]
        if let tab = bytes.firstIndex(of: UInt8(ascii: "\t")) {
            bytes = d == .country ? bytes[..<tab] : bytes[bytes.index(after: tab)...]
        } else if d != .country {
            return []
        }
        return bytes.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    private func label(_ spec: FacetSpec, _ value: String) -> String {
        func one(_ d: FacetSpec.Dimension, _ v: String) -> String {
            d == .country ? (gazetteer.country(code: v)?.name ?? v) : (gazetteer.leader(id: v)?.name ?? v)
        }
        if let other = spec.pairedWith, let star = value.firstIndex(of: "*") {
            return one(spec.dimension, String(value[..<star])) + " + " + one(other, String(value[value.index(after: star)...]))
        }
        return one(spec.dimension, value)
    }

    // MARK: - Date histograms

    /// At most this many buckets are returned; the most recent are kept.
    static let maxBuckets = 400

    private func dateFacet(_ spec: FacetSpec, raw: [TermEntry]) -> FacetResult {
        // Published values are YYYYMMDD; mentioned values are space-separated YYYY or YYYY-MM.
        var dated: [(PartialDate, Int)] = []
        for entry in raw {
            if spec.dimension == .date {
                let s = entry.term
                guard s.count == 8, let y = Int(s.prefix(4)), let m = Int(s.dropFirst(4).prefix(2)), let d = Int(s.suffix(2)) else { continue }
                dated.append((PartialDate(year: y, month: m, day: d), entry.frequency))
            } else {
                for token in entry.term.split(separator: " ") {
                    if let p = PartialDate(String(token)) { dated.append((p, entry.frequency)) }
                }
            }
        }
        let granularity = spec.granularity ?? Self.autoGranularity(dated.map(\.0))
        var counts: [PartialDate: Int] = [:]
        for (date, n) in dated {
            let precision: PartialDate.Precision = granularity == .year ? .year : (granularity == .month ? .month : .day)
            // A date known only to the year has no month bucket; it is counted at year granularity only.
            guard date.precision >= precision else { continue }
            counts[date.truncated(to: precision), default: 0] += n
        }
        let ordered = counts.sorted { $0.key < $1.key }.suffix(Self.maxBuckets)
        return FacetResult(spec: spec, values: ordered.map { FacetValue(value: $0.key.description, label: $0.key.description, count: $0.value) },
                           distinct: counts.count, counted: 0, exact: true, ignoresOwnFilter: false, granularity: granularity)
    }

    /// Year buckets for spans over five years, month buckets over three months, else days.
    static func autoGranularity(_ dates: [PartialDate]) -> FacetSpec.Granularity {
        guard let lo = dates.min(), let hi = dates.max() else { return .month }
        let months = (hi.year - lo.year) * 12 + ((hi.month ?? 1) - (lo.month ?? 1))
        if months > 60 { return .year }
        if months > 3 { return .month }
        return dates.allSatisfy { $0.precision == .day } ? .day : .month
    }
}

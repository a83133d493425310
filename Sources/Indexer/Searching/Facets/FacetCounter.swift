/// Exact facet counts from Xapian's stock ValueCountMatchSpy.
///
/// Countries and leaders are multi-valued, so the spy counts each article's *combination*
/// (Schema.Slot.entities) and the combinations are split here. Because the spy is stock,
/// the counts stay exact over a stub of remote shards served by `xapian-tcpsrv`.
struct FacetCounter {
    let database: Database
    let labels: FacetLabels
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
        case .leaderInOffice: return Schema.Slot.leadersInOffice
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
        // Split once per spy, whichever entity facets read it.
        var split: [ObjectIdentifier: EntityCombinations] = [:]
        for spec in specs {
            let slot = Self.slot(for: spec.dimension)
            // Multi-select: a facet whose dimension is filtered counts without its own filter,
            // so the user sees the alternatives (Elasticsearch's post_filter pattern). Date
            // histograms are the exception: a histogram of the span asked for, not of all time.
            let isHistogram = spec.dimension == .date || spec.dimension == .mentioned
            let ownFilter = spec.pairedWith == nil && !isHistogram && plan.filters[spec.dimension] != nil
            let spy: ValueCountSpy
            if ownFilter {
                spy = try countWithout(spec.dimension, slot: slot, plan: plan)
            } else if let s = spies.bySlot[slot] {
                spy = s
            } else {
                continue
            }
            let counted = try spy.total()
            var result: FacetResult
            switch spec.dimension {
            case .country, .leader, .leaderInOffice:
                let key = ObjectIdentifier(spy)
                if split[key] == nil { split[key] = EntityCombinations(try spy.packedCounts()) }
                result = entityFacet(spec, split[key]!)
            case .date, .mentioned:
                result = dateFacet(spec, raw: try spy.packedCounts(), span: plan.spans[spec.dimension])
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

    /// Counts interned codes and ids (EntityCombinations): a broad query has thousands of distinct
    /// combinations, and a String per code was over a third of a three-facet search
    /// (bench/FINDINGS.md). Strings are made once per distinct value, at the end.
    func entityFacet(_ spec: FacetSpec, _ entities: EntityCombinations) -> FacetResult {
        let names = entities.names
        var counts: [(key: String, value: Int)] = []
        if let other = spec.pairedWith {
            var pairs: [Int: Int] = [:]
            for c in entities.combinations {
                for x in entities.ids(spec.dimension, of: c) {
                    // The same dimension twice: each unordered pair once, in String order (byte order
                    // for the ASCII codes and ids).
                    for y in entities.ids(other, of: c) where !(spec.dimension == other && !names.precedes(x, y)) {
                        pairs[x << 32 | y, default: 0] += c.count
                    }
                }
            }
            counts = pairs.map { (names.string($0.key >> 32) + "*" + names.string($0.key & 0xFFFF_FFFF), $0.value) }
        } else {
            var single = [Int](repeating: 0, count: names.count)
            for c in entities.combinations {
                for x in entities.ids(spec.dimension, of: c) { single[x] += c.count }
            }
            counts = single.indices.filter { single[$0] > 0 }.map { (names.string($0), single[$0]) }
        }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let shown = ordered.prefix(limit)
        let top = zip(shown, labels.labels(spec, shown.map(\.key))).map { FacetValue(value: $0.key, label: $1, count: $0.value) }
        return FacetResult(spec: spec, values: Array(top), distinct: counts.count, counted: 0,
                           exact: true, ignoresOwnFilter: false, granularity: nil)
    }

    // MARK: - Date histograms

    /// At most this many buckets are returned; the most recent are kept.
    static let maxBuckets = 400

    /// Buckets from the first to the last date counted, narrowed to `span` (the dimension's own
    /// filter) where it is bounded; every bucket between is listed, empty ones with 0, so bars
    /// over time are evenly spaced.
    func dateFacet(_ spec: FacetSpec, raw: PackedValueCounts, span: DateSpan? = nil) -> FacetResult {
        // Published values are YYYYMMDD; mentioned values are space-separated YYYY or YYYY-MM.
        var dated: [(PartialDate, Int)] = []
        raw.forEach { value, frequency in
            if spec.dimension == .date {
                if let d = Self.day(value) { dated.append((d, frequency)) }
            } else {
                for token in value.split(separator: UInt8(ascii: " ")) {
                    if let p = PartialDate(String(decoding: token, as: UTF8.self)) { dated.append((p, frequency)) }
                }
            }
        }
        // A mentioned-date filter keeps articles that also mention other months: those are cut.
        if let span {
            dated.removeAll { $0.0.compactEnd < span.startKey || $0.0.compactStart > span.endKey }
        }
        // Bounds as days: a date known to the month or year spans its whole period.
        var lo = dated.map(\.0).min().map { DateExpression.span($0).first }
        var hi = dated.map { DateExpression.span($0.0).last }.max()
        if let span {
            if span.first != .min { lo = span.first }
            if span.last != .max { hi = span.last }
        }
        let granularity = spec.granularity ?? Self.autoGranularity([lo, hi].compactMap { $0 })
        var counts: [PartialDate: Int] = [:]
        let precision: PartialDate.Precision = granularity == .year ? .year : (granularity == .month ? .month : .day)
        // The spy lists values in order, so a bucket's dates mostly come in one run: add each run
        // up before touching the dictionary.
        var run: (bucket: PartialDate, count: Int)?
        for (date, n) in dated {
            // A date known only to the year has no month bucket; it is counted at year granularity only.
            guard date.precision >= precision else { continue }
            let bucket = date.truncated(to: precision)
            if let r = run, r.bucket == bucket {
                run = (bucket, r.count + n)
            } else {
                if let r = run { counts[r.bucket, default: 0] += r.count }
                run = (bucket, n)
            }
        }
        if let r = run { counts[r.bucket, default: 0] += r.count }
        let distinct = counts.count
        if let lo, let hi {
            for bucket in Self.buckets(from: lo.truncated(to: precision), to: hi.truncated(to: precision), last: Self.maxBuckets) {
                counts[bucket, default: 0] += 0
            }
        }
        let ordered = counts.sorted { $0.key < $1.key }.suffix(Self.maxBuckets)
        return FacetResult(spec: spec, values: ordered.map { let d = $0.key.description; return FacetValue(value: d, label: d, count: $0.value) },
                           distinct: distinct, counted: 0, exact: true, ignoresOwnFilter: false, granularity: granularity)
    }

    /// The last `last` buckets of one precision from `first` to `end`, both included.
    static func buckets(from first: PartialDate, to end: PartialDate, last: Int) -> [PartialDate] {
        guard first <= end else { return [] }
        var out: [PartialDate] = []
        var d = end
        while d >= first && out.count < last {
            out.append(d)
            d = d.previousBucket
        }
        return out.reversed()
    }

    /// A published value, `YYYYMMDD`, read from its bytes; nil for anything else.
    static func day(_ v: UnsafeBufferPointer<UInt8>) -> PartialDate? {
        guard v.count == 8, v.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(v[$1] - 0x30) } }
        return PartialDate(year: number(0..<4), month: number(4..<6), day: number(6..<8))
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

private extension PartialDate {
    /// The bucket of the same precision just before this one (the year, month or day before).
    var previousBucket: PartialDate {
        switch precision {
        case .year: return PartialDate(year: year - 1)
        case .month: return month! == 1 ? PartialDate(year: year - 1, month: 12) : PartialDate(year: year, month: month! - 1)
        case .day:
            if day! > 1 { return PartialDate(year: year, month: month, day: day! - 1) }
            let m = month! == 1 ? PartialDate(year: year - 1, month: 12) : PartialDate(year: year, month: month! - 1)
            return PartialDate(year: m.year, month: m.month, day: PartialDate.daysIn(year: m.year, month: m.month!))
        }
    }
}

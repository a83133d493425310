import XCTest
@testable import Indexer

/// FacetCounter's byte-level counting of entity combinations, against counting with Strings.
final class FacetCountingTests: XCTestCase {
    /// Packs (value, count) pairs the way cx_spy_packed does.
    static func packed(_ entries: [(String, Int)]) -> PackedValueCounts {
        var bytes: [UInt8] = []
        for (v, n) in entries {
            withUnsafeBytes(of: UInt32(n)) { bytes += $0 }
            withUnsafeBytes(of: UInt32(v.utf8.count)) { bytes += $0 }
            bytes += Array(v.utf8)
        }
        return PackedValueCounts(bytes: bytes)
    }

    /// The counts as the String-based version made them, before labels and the top-N cut.
    static func reference(_ spec: FacetSpec, _ entries: [(String, Int)]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (v, n) in entries {
            let (c, l) = Schema.parseEntitiesValue(v)
            func values(_ d: FacetSpec.Dimension) -> [String] { d == .country ? c : l }
            if let other = spec.pairedWith {
                for x in values(spec.dimension) {
                    for y in values(other) where !(spec.dimension == other && x >= y) { counts[x + "*" + y, default: 0] += n }
                }
            } else {
                for x in values(spec.dimension) { counts[x, default: 0] += n }
            }
        }
        return counts
    }

    func testEntityCountsMatchCountingWithStrings() {
        var rng = SystemRandomNumberGenerator()
        let codes = (0..<60).map { String(format: "%c%c", 97 + $0 / 26, 97 + $0 % 26) }
        let leaders = (0..<300).map { "xx-leader-\($0)" }
        var entries: [(String, Int)] = [("\t", 4), ("us", 2)]   // no entities; an old value without a tab
        for _ in 0..<2_000 {
            let c = codes.shuffled(using: &rng).prefix(Int.random(in: 0...4, using: &rng))
            let l = leaders.shuffled(using: &rng).prefix(Int.random(in: 0...3, using: &rng))
            entries.append((Schema.entitiesValue(countries: Array(c), leaders: Array(l)), Int.random(in: 1...9, using: &rng)))
        }
        let counter = FacetCounter(database: try! Database.empty(), labels: .gazetteer(.shared), docCount: 0, limit: 1_000_000)
        for spec in [FacetSpec.country, .leader, FacetSpec(.leader, pairedWith: .country),
                     FacetSpec(.leader, pairedWith: .leader), FacetSpec(.country, pairedWith: .country)] {
            let result = counter.entityFacet(spec, EntityCombinations(Self.packed(entries)))
            let expected = Self.reference(spec, entries)
            XCTAssertEqual(result.distinct, expected.count, spec.name)
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: result.values.map { ($0.value, $0.count) }), expected, spec.name)
            // Most frequent first, then by value.
            XCTAssertEqual(result.values.map(\.value), expected.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key))
        }
    }

    func testDateCountsReadFromBytes() {
        let counter = FacetCounter(database: try! Database.empty(), labels: .gazetteer(.shared), docCount: 0, limit: 10)
        let raw = Self.packed([("20240131", 2), ("20240201", 3), ("20240215", 1), ("2024021x", 7), ("20250101", 5)])
        let months = counter.dateFacet(FacetSpec(.date, granularity: .month), raw: raw)
        // Every month between, empty ones with 0, so bars over time are evenly spaced.
        XCTAssertEqual(months.values.map { "\($0.value)=\($0.count)" },
                       ["2024-01=2", "2024-02=4"] + (3...12).map { String(format: "2024-%02d=0", $0) } + ["2025-01=5"])
        XCTAssertEqual(months.distinct, 3, "distinct counts the buckets that hold articles")
        let years = counter.dateFacet(FacetSpec(.date, granularity: .year), raw: raw)
        XCTAssertEqual(years.values.map { "\($0.value)=\($0.count)" }, ["2024=6", "2025=5"])
        XCTAssertNil(Array("2024-1-1".utf8).withUnsafeBufferPointer { FacetCounter.day($0) })
    }

    func testInternerGivesOneIdPerValue() {
        var names = ValueInterner()
        var ids: [Int] = []
        for i in 0..<1_000 { ids.append(Array("v\(i)".utf8).withUnsafeBufferPointer { names.id(of: $0) }) }
        XCTAssertEqual(ids, Array(0..<1_000))
        XCTAssertEqual(Array("v500".utf8).withUnsafeBufferPointer { names.id(of: $0) }, 500)
        XCTAssertEqual(names.count, 1_000)
        XCTAssertEqual(names.string(42), "v42")
        XCTAssertTrue(names.precedes(1, 2))
        XCTAssertFalse(names.precedes(2, 10))   // "v2" > "v10", as Strings compare
    }
}

import Foundation
import XCTest
@testable import Indexer

/// Issue 4, measured: every facet count over `Tests/Fixtures/corpus` equals what the
/// fixture's EXPECTED.md says by construction, filters combine as documented (OR within a
/// facet, AND across), and multi-select facets ignore their own filter.
final class FacetExactnessTests: XCTestCase {
    // MARK: - The truth, copied from Tests/Fixtures/corpus/EXPECTED.md

    struct Expected {
        var published: String
        var countries: Set<String>
        var leaders: Set<String>
        var mentioned: [String]
    }

    static let xi = "cn-xi-jinping", trump = "us-donald-trump", macron = "fr-emmanuel-macron"
    static let merz = "de-friedrich-merz", ishiba = "jp-shigeru-ishiba", scholz = "de-olaf-scholz"

    static let files: [String: Expected] = [
        "f01-china-us-trade.txt": Expected(published: "2025-03-10", countries: ["CN", "US"], leaders: [xi, trump], mentioned: ["2025-03-04"]),
        "f02-france-germany.txt": Expected(published: "2025-06-02", countries: ["FR", "DE"], leaders: [macron, merz], mentioned: []),
        "f03-japan-us-tariffs.txt": Expected(published: "2025-02-14", countries: ["JP", "US"], leaders: [ishiba, trump], mentioned: []),
        "f04-no-entities.txt": Expected(published: "2024-11-05", countries: [], leaders: [], mentioned: []),
        "f05-france-only.txt": Expected(published: "2024-04-18", countries: ["FR"], leaders: [macron], mentioned: []),
        "f06-germany-scholz.txt": Expected(published: "2024-09-12", countries: ["DE"], leaders: [scholz], mentioned: []),
        "f07-china-japan.txt": Expected(published: "2024-12-03", countries: ["CN", "JP"], leaders: [xi, ishiba], mentioned: ["2024-12-01"]),
        "f08-countries-no-leader.txt": Expected(published: "2025-08-20", countries: ["JP", "DE"], leaders: [], mentioned: []),
        "f09-surname-mentions.txt": Expected(published: "2025-09-15", countries: ["CN", "FR"], leaders: [xi, macron], mentioned: []),
        "f10-us-germany.txt": Expected(published: "2025-07-01", countries: ["US", "DE"], leaders: [trump, merz], mentioned: ["2025-07-09"]),
    ]

    /// The totals table of EXPECTED.md, written out rather than derived, so a slip in either shows.
    static let countryTotals = ["DE": 4, "US": 3, "CN": 3, "FR": 3, "JP": 3]
    static let leaderTotals = [trump: 3, xi: 3, macron: 3, merz: 2, ishiba: 2, scholz: 1]
    static let yearTotals = ["2024": 4, "2025": 6]
    static let monthTotals = ["2024-04": 1, "2024-09": 1, "2024-11": 1, "2024-12": 1, "2025-02": 1,
                              "2025-03": 1, "2025-06": 1, "2025-07": 1, "2025-08": 1, "2025-09": 1]

    // MARK: - Set-up: one index of the ten articles for the class

    nonisolated(unsafe) private static var scratch: Scratch!
    nonisolated(unsafe) private static var index = ""
    nonisolated(unsafe) private static var setUpError: Error?

    override class func setUp() {
        super.setUp()
        do {
            scratch = try Scratch()
            let folder = try scratch.fixtureCorpus()
            index = scratch.path("ix")
            _ = try IndexBuilder(indexPath: index).index(folder: folder)
        } catch {
            setUpError = error
        }
    }

    override class func tearDown() {
        scratch?.remove()
        super.tearDown()
    }

    private func search(_ text: String = "", facets: [String] = [], _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> SearchResult {
        if let e = Self.setUpError { throw e }
        var r = SearchRequest(text: text)
        r.limit = 20
        r.facetLimit = 100
        r.facets = try facets.map { s throws(SearchError) in try FacetSpec.parse(s) }
        configure(&r)
        return try Searcher(indexPath: Self.index).search(r)
    }

    /// The values counted, without the empty buckets date histograms list between them.
    private func counts(_ r: SearchResult, _ name: String) throws -> [String: Int] {
        let f = try XCTUnwrap(r.facets.first { $0.spec.name == name }, "no facet \(name)")
        return Dictionary(uniqueKeysWithValues: f.values.filter { $0.count > 0 }.map { ($0.value, $0.count) })
    }

    /// Every month from `first` to `last` (`YYYY-MM`), both included.
    private func months(_ first: String, _ last: String) -> [String] {
        var out: [String] = []
        var (y, m) = (Int(first.prefix(4))!, Int(first.suffix(2))!)
        while String(format: "%04d-%02d", y, m) <= last {
            out.append(String(format: "%04d-%02d", y, m))
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
        }
        return out
    }

    /// What a facet should say over the files that pass `keep`, from the per-file table.
    private func expected(_ key: (Expected) -> [String], where keep: (Expected) -> Bool = { _ in true }) -> [String: Int] {
        var out: [String: Int] = [:]
        for e in Self.files.values where keep(e) {
            for v in Set(key(e)) { out[v, default: 0] += 1 }
        }
        return out
    }

    private func expected(_ key: (Expected) -> [String], in ids: Set<String>) -> [String: Int] {
        var out: [String: Int] = [:]
        for (id, e) in Self.files where ids.contains(id) {
            for v in Set(key(e)) { out[v, default: 0] += 1 }
        }
        return out
    }

    // MARK: - The table itself

    func testTheTotalsTableAgreesWithThePerFileTable() {
        XCTAssertEqual(Self.files.count, 10)
        XCTAssertEqual(expected { Array($0.countries) }, Self.countryTotals)
        XCTAssertEqual(expected { Array($0.leaders) }, Self.leaderTotals)
        XCTAssertEqual(expected { [String($0.published.prefix(4))] }, Self.yearTotals)
        XCTAssertEqual(expected { [String($0.published.prefix(7))] }, Self.monthTotals)
    }

    /// The recognisers find exactly the table's entities in each file (a mismatch here names the file).
    func testEachArticleCarriesItsExpectedEntities() throws {
        let r = try search()
        XCTAssertEqual(r.total, 10)
        for hit in r.hits {
            let e = try XCTUnwrap(Self.files[hit.article.id], hit.article.id)
            XCTAssertEqual(hit.article.published, e.published, hit.article.id)
            XCTAssertEqual(hit.article.publishedSource, "front_matter", hit.article.id)
            XCTAssertEqual(Set(hit.article.countries.map(\.code)), e.countries, hit.article.id)
            XCTAssertEqual(Set(hit.article.leaders.map(\.id)), e.leaders, hit.article.id)
            XCTAssertEqual(hit.article.dates.map(\.value).sorted(), e.mentioned, hit.article.id)
        }
    }

    // MARK: - Every count over the whole index

    func testCountryFacet() throws {
        let r = try search(facets: ["country"])
        let f = try XCTUnwrap(r.facets.first)
        XCTAssertEqual(try counts(r, "country"), Self.countryTotals)
        XCTAssertEqual(f.distinct, 5)
        XCTAssertEqual(f.counted, 10)
        XCTAssertTrue(f.exact)
        XCTAssertFalse(f.ignoresOwnFilter)
        // Highest count first, ties by code; labels are display names.
        XCTAssertEqual(f.values.map(\.value), ["DE", "CN", "FR", "JP", "US"])
        XCTAssertEqual(f.values.map(\.label), ["Germany", "China", "France", "Japan", "United States"])
    }

    func testLeaderFacet() throws {
        let r = try search(facets: ["leader"])
        XCTAssertEqual(try counts(r, "leader"), Self.leaderTotals)
        let f = try XCTUnwrap(r.facets.first)
        XCTAssertEqual(f.distinct, 6)
        XCTAssertEqual(Set(f.values.map(\.label)), ["Donald Trump", "Xi Jinping", "Emmanuel Macron", "Friedrich Merz", "Shigeru Ishiba", "Olaf Scholz"])
    }

    func testDateFacetByYearAndMonth() throws {
        let r = try search(facets: ["date:year", "date:month"])
        XCTAssertEqual(try counts(r, "date"), Self.yearTotals)
        let month = try XCTUnwrap(r.facets.last)
        XCTAssertEqual(month.granularity, .month)
        XCTAssertEqual(try counts(r, "date").count, 2, "the year buckets")
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: month.values.filter { $0.count > 0 }.map { ($0.value, $0.count) }), Self.monthTotals)
        // Histogram buckets come in time order, every month of the span, empty ones with 0 (issue 12 item 14).
        XCTAssertEqual(month.values.map(\.value), months("2024-04", "2025-09"))
        XCTAssertEqual(r.facets.first?.granularity, .year)
    }

    func testDateFacetByDay() throws {
        let r = try search(facets: ["date:day"])
        // 2024-04-18 … 2025-09-15 is more days than a histogram holds: the most recent are kept.
        XCTAssertEqual(r.facets.first?.values.count, FacetCounter.maxBuckets)
        XCTAssertEqual(r.facets.first?.values.last?.value, "2025-09-15")
        XCTAssertEqual(try counts(r, "date"), expected({ [$0.published] }).filter { $0.key != "2024-04-18" })
    }

    func testDateFacetChoosesMonthsForThisSpan() throws {
        // 2024-04 … 2025-09 is more than three months and less than five years.
        let f = try XCTUnwrap(try search(facets: ["date"]).facets.first)
        XCTAssertEqual(f.granularity, .month)
        XCTAssertEqual(f.values.count, 18)
    }

    func testMentionedFacet() throws {
        let r = try search(facets: ["mentioned:year", "mentioned:month"])
        XCTAssertEqual(try counts(r, "mentioned"), ["2024": 1, "2025": 2])
        let month = try XCTUnwrap(r.facets.last)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: month.values.filter { $0.count > 0 }.map { ($0.value, $0.count) }),
                       expected { $0.mentioned.map { String($0.prefix(7)) } })
        XCTAssertEqual(month.values.map(\.value), months("2024-12", "2025-07"))
    }

    func testLeaderCountryPairFacet() throws {
        let r = try search(facets: ["leader*country"])
        var pairs: [String: Int] = [:]
        for e in Self.files.values {
            for l in e.leaders { for c in e.countries { pairs[l + "*" + c, default: 0] += 1 } }
        }
        XCTAssertEqual(pairs.count, 18)
        XCTAssertEqual(pairs[Self.xi + "*CN"], 3)
        XCTAssertEqual(try counts(r, "leader*country"), pairs)
        let f = try XCTUnwrap(r.facets.first)
        XCTAssertEqual(f.distinct, 18)
        XCTAssertEqual(f.values.first { $0.value == Self.xi + "*JP" }?.label, "Xi Jinping + Japan")
    }

    func testLeaderLeaderPairFacet() throws {
        let r = try search(facets: ["leader*leader"])
        XCTAssertEqual(try counts(r, "leader*leader"), [
            "\(Self.xi)*\(Self.trump)": 1, "\(Self.merz)*\(Self.macron)": 1, "\(Self.ishiba)*\(Self.trump)": 1,
            "\(Self.xi)*\(Self.ishiba)": 1, "\(Self.xi)*\(Self.macron)": 1, "\(Self.merz)*\(Self.trump)": 1,
        ])
    }

    func testCountryCountryPairFacet() throws {
        var pairs: [String: Int] = [:]
        for e in Self.files.values {
            let c = e.countries.sorted()
            for (i, a) in c.enumerated() { for b in c[(i + 1)...] { pairs[a + "*" + b, default: 0] += 1 } }
        }
        XCTAssertEqual(pairs, ["CN*US": 1, "DE*FR": 1, "JP*US": 1, "CN*JP": 1, "DE*JP": 1, "CN*FR": 1, "DE*US": 1])
        XCTAssertEqual(try counts(try search(facets: ["country*country"]), "country*country"), pairs)
    }

    func testFacetLimitKeepsTheTopValuesAndTheDistinctCount() throws {
        let r = try search(facets: ["leader"], { $0.facetLimit = 2 })
        let f = try XCTUnwrap(r.facets.first)
        XCTAssertEqual(f.values.count, 2)
        XCTAssertEqual(f.distinct, 6)
        XCTAssertEqual(f.values.map(\.count), [3, 3])
        // Ties break by value: cn-xi-jinping before fr-emmanuel-macron before us-donald-trump.
        XCTAssertEqual(f.values.map(\.value), [Self.xi, Self.macron])
    }

    // MARK: - Counts under a text query and under filters

    func testFacetsCountAllMatchesNotJustThePage() throws {
        let r = try search("trade OR tariffs", facets: ["country", "leader"], { $0.limit = 1 })
        // trade: f01 f09 f10 (f10's title); tariffs: f01 f03 f10.
        let ids: Set<String> = ["f01-china-us-trade.txt", "f03-japan-us-tariffs.txt", "f09-surname-mentions.txt", "f10-us-germany.txt"]
        XCTAssertEqual(r.total, 4)
        XCTAssertEqual(r.hits.count, 1)
        XCTAssertEqual(try counts(r, "country"), expected({ Array($0.countries) }, in: ids))
        XCTAssertEqual(try counts(r, "country"), ["US": 3, "CN": 2, "JP": 1, "FR": 1, "DE": 1])
        XCTAssertEqual(try counts(r, "leader"), [Self.trump: 3, Self.xi: 2, Self.ishiba: 1, Self.merz: 1, Self.macron: 1])
    }

    func testMultiSelectCountryFacetIgnoresItsOwnFilter() throws {
        let r = try search(facets: ["country", "leader", "date:year"], { $0.countries = ["DE"] })
        XCTAssertEqual(r.total, 4)
        let country = try XCTUnwrap(r.facets.first { $0.spec.dimension == .country })
        XCTAssertTrue(country.ignoresOwnFilter)
        XCTAssertEqual(country.counted, 10)
        XCTAssertEqual(try counts(r, "country"), Self.countryTotals, "the alternatives keep their unfiltered counts")
        // The other facets are filtered by country.
        let leader = try XCTUnwrap(r.facets.first { $0.spec.dimension == .leader })
        XCTAssertFalse(leader.ignoresOwnFilter)
        XCTAssertEqual(leader.counted, 4)
        XCTAssertEqual(try counts(r, "leader"), expected({ Array($0.leaders) }, where: { $0.countries.contains("DE") }))
        XCTAssertEqual(try counts(r, "leader"), [Self.merz: 2, Self.macron: 1, Self.scholz: 1, Self.trump: 1])
        XCTAssertEqual(try counts(r, "date"), ["2024": 1, "2025": 3])
    }

    func testMultiSelectKeepsOtherFiltersAndTheText() throws {
        // Country facet under a leader filter and a text query: the leader filter and the text still apply.
        let r = try search("trade", facets: ["country", "leader"], { $0.countries = ["US"]; $0.leaders = ["trump"] })
        XCTAssertEqual(Set(r.hits.map(\.article.id)), ["f01-china-us-trade.txt", "f10-us-germany.txt"])
        // trade ∧ Trump: f01 (CN, US), f10 (US, DE).
        XCTAssertEqual(try counts(r, "country"), ["US": 2, "CN": 1, "DE": 1])
        // trade ∧ US: f01 (Xi, Trump), f10 (Trump, Merz).
        XCTAssertEqual(try counts(r, "leader"), [Self.trump: 2, Self.xi: 1, Self.merz: 1])
        XCTAssertTrue(r.facets.allSatisfy(\.ignoresOwnFilter))
    }

    /// Issue 12 item 14: date histograms are the exception to multi-select; they show the span asked for.
    func testDateHistogramHonoursItsOwnFilter() throws {
        let r = try search(facets: ["date:year"], { $0.from = "2025" })
        XCTAssertEqual(r.total, 6)
        XCTAssertEqual(try counts(r, "date"), ["2025": 6])
        XCTAssertFalse(r.facets[0].ignoresOwnFilter)
        let m = try search(facets: ["mentioned:month"], { $0.mentionedFrom = "2025-01"; $0.mentionedTo = "2025-04" })
        XCTAssertEqual(m.facets[0].values.map(\.value), months("2025-01", "2025-04"))
        XCTAssertEqual(try counts(m, "mentioned"), ["2025-03": 1])
        XCTAssertFalse(m.facets[0].ignoresOwnFilter)
    }

    func testPairFacetIsFilteredByEveryFilter() throws {
        let r = try search(facets: ["leader*country"], { $0.leaders = ["Xi Jinping"] })
        XCTAssertFalse(r.facets[0].ignoresOwnFilter)
        XCTAssertEqual(try counts(r, "leader*country"), [
            "\(Self.xi)*CN": 3, "\(Self.xi)*US": 1, "\(Self.xi)*JP": 1, "\(Self.xi)*FR": 1,
            "\(Self.trump)*CN": 1, "\(Self.trump)*US": 1, "\(Self.ishiba)*CN": 1, "\(Self.ishiba)*JP": 1,
            "\(Self.macron)*CN": 1, "\(Self.macron)*FR": 1,
        ])
    }

    // MARK: - Filters

    private func ids(_ r: SearchResult) -> Set<String> { Set(r.hits.map(\.article.id)) }

    private func files(where keep: (Expected) -> Bool) -> Set<String> {
        Set(Self.files.filter { keep($0.value) }.keys)
    }

    func testFilterValuesOfOneFacetAreORed() throws {
        let r = try search { $0.countries = ["DE", "FR"] }
        XCTAssertEqual(r.total, 6)
        XCTAssertEqual(ids(r), files { $0.countries.contains("DE") || $0.countries.contains("FR") })
        let leaders = try search { $0.leaders = ["Scholz", "Merz"] }
        XCTAssertEqual(ids(leaders), ["f02-france-germany.txt", "f06-germany-scholz.txt", "f10-us-germany.txt"])
    }

    func testFiltersOfDifferentFacetsAreANDed() throws {
        XCTAssertEqual(ids(try search { $0.countries = ["DE"]; $0.leaders = ["trump"] }), ["f10-us-germany.txt"])
        XCTAssertEqual(ids(try search { $0.countries = ["CN"]; $0.leaders = ["Macron"] }), ["f09-surname-mentions.txt"])
        XCTAssertEqual(ids(try search { $0.countries = ["JP"]; $0.from = "2025" }), ["f03-japan-us-tariffs.txt", "f08-countries-no-leader.txt"])
        XCTAssertEqual(try search { $0.countries = ["FR"]; $0.leaders = ["Ishiba"] }.total, 0)
    }

    func testFilterValuesAcceptCodesNamesDemonymsAndAliases() throws {
        for value in ["DE", "de", "Germany", "german", "Federal Republic of Germany"] {
            XCTAssertEqual(try search { $0.countries = [value] }.total, 4, value)
        }
        for value in ["US", "U.S.", "United States", "American", "USA"] {
            XCTAssertEqual(try search { $0.countries = [value] }.total, 3, value)
        }
        for value in ["xi", "Xi Jinping", "cn-xi-jinping"] {
            XCTAssertEqual(try search { $0.leaders = [value] }.total, 3, value)
        }
        // A leader the gazetteer knows but the corpus never names.
        XCTAssertEqual(try search { $0.leaders = ["Lee Jae Myung"] }.total, 0)
        XCTAssertEqual(try search { $0.countries = ["South Korea"] }.total, 0)
    }

    func testPublicationDateFilters() throws {
        XCTAssertEqual(ids(try search { $0.from = "2025-03"; $0.to = "2025-07" }),
                       ["f01-china-us-trade.txt", "f02-france-germany.txt", "f10-us-germany.txt"])
        XCTAssertEqual(ids(try search { $0.from = "2025-03-10"; $0.to = "2025-03-10" }), ["f01-china-us-trade.txt"])
        XCTAssertEqual(ids(try search { $0.to = "2024-06" }), ["f05-france-only.txt"])
        XCTAssertEqual(try search("date:2025-10..2025-11").total, 0)
        XCTAssertEqual(ids(try search("date:2024-11..2024-12")), ["f04-no-entities.txt", "f07-china-japan.txt"])
        XCTAssertEqual(try search("date:2024").total, 4)
        XCTAssertEqual(try search("date:2025..").total, 6)
        XCTAssertEqual(try search("date:..2024-09-12").total, 2)
    }

    func testMentionedDateFilters() throws {
        XCTAssertEqual(try search("mentioned:2026").total, 0)
        XCTAssertEqual(ids(try search("mentioned:2025")), ["f01-china-us-trade.txt", "f10-us-germany.txt"])
        XCTAssertEqual(ids(try search("mentioned:2024-12")), ["f07-china-japan.txt"])
        XCTAssertEqual(ids(try search("mentioned:2025-03-04")), ["f01-china-us-trade.txt"])
        XCTAssertEqual(ids(try search { $0.mentionedFrom = "2025-05" }), ["f10-us-germany.txt"])
        XCTAssertEqual(ids(try search { $0.mentionedTo = "2025-03" }), ["f01-china-us-trade.txt", "f07-china-japan.txt"])
        // The publication date is not a mentioned date.
        XCTAssertEqual(try search("mentioned:2025-09").total, 0)
    }

    func testFieldsInTheQueryString() throws {
        XCTAssertEqual(ids(try search("country:JP leader:\"Shigeru Ishiba\" date:2025")), ["f03-japan-us-tariffs.txt"])
        XCTAssertEqual(ids(try search("trade country:germany")), ["f10-us-germany.txt"])
        XCTAssertEqual(ids(try search("country:FR country:CN")), files { $0.countries.contains("FR") || $0.countries.contains("CN") })
        // Query-string fields and options are the same filters: OR-ed within, AND-ed across.
        XCTAssertEqual(ids(try search("country:FR") { $0.countries = ["CN"] }), files { $0.countries.contains("FR") || $0.countries.contains("CN") })
    }

    func testOperatorsAroundFieldsInTheQueryString() throws {
        let us = files { $0.countries.contains("US") }
        // Exclusion: `-field` and `NOT field` leave matching articles out.
        XCTAssertEqual(ids(try search("trade -country:US")), ["f09-surname-mentions.txt"])
        XCTAssertEqual(ids(try search("trade NOT country:US")), ["f09-surname-mentions.txt"])
        XCTAssertEqual(ids(try search("trade AND NOT country:US")), ["f09-surname-mentions.txt"])
        XCTAssertEqual(ids(try search("NOT country:US")), Set(Self.files.keys).subtracting(us))
        XCTAssertEqual(try search("NOT leader:xi").total, 7)
        XCTAssertEqual(ids(try search("-date:2025")), files { $0.published.hasPrefix("2024") })
        XCTAssertEqual(try search("NOT mentioned:2025").total, 8)
        XCTAssertEqual(ids(try search("country:DE -leader:Merz -leader:Scholz")), ["f08-countries-no-leader.txt"])
        // AND next to a field changes nothing; NOT after a field applies to the words.
        XCTAssertEqual(ids(try search("trade AND country:DE")), ["f10-us-germany.txt"])
        XCTAssertEqual(ids(try search("country:DE AND trade")), ["f10-us-germany.txt"])
        XCTAssertEqual(ids(try search("country:DE NOT trade")), ["f02-france-germany.txt", "f06-germany-scholz.txt", "f08-countries-no-leader.txt"])
        // OR between values of one field, with or without parentheses.
        let usOrJP = files { $0.countries.contains("US") || $0.countries.contains("JP") }
        XCTAssertEqual(ids(try search("(country:US OR country:JP)")), usOrJP)
        XCTAssertEqual(ids(try search("country:US OR country:JP")), usOrJP)
        XCTAssertEqual(ids(try search("tariffs (country:US OR country:JP)")), ["f01-china-us-trade.txt", "f03-japan-us-tariffs.txt", "f10-us-germany.txt"])
        // Excluded values are left out of every facet, their own included.
        let r = try search("NOT country:US", facets: ["country"])
        XCTAssertNil(try counts(r, "country")["US"])
        XCTAssertEqual(try counts(r, "country")["DE"], 3)
    }

    func testAFieldORedWithWordsIsAnError() throws {
        // A filter cannot be OR-ed with words; before, the OR was dropped or the parser failed on a dangling operator.
        for query in ["country:US OR trade", "trade OR country:US", "trade OR -country:US", "(trade OR leader:xi)", "country:US NEAR trade"] {
            XCTAssertThrowsError(try search(query), query) { error in
                guard let e = error as? SearchError, case .fieldInDisjunction = e else { return XCTFail("\(query): \(error)") }
                XCTAssertTrue(e.isUsage)
                XCTAssertTrue(e.description.contains("is a filter"), e.description)
            }
        }
    }

    func testUnknownCountryListsTheClosestMatches() throws {
        XCTAssertThrowsError(try search { $0.countries = ["Germny"] }) { error in
            guard let e = error as? SearchError, case .unknownCountry(let value, let near) = e else { return XCTFail("\(error)") }
            XCTAssertTrue(e.isUsage)
            XCTAssertEqual(value, "Germny")
            XCTAssertTrue(near.contains("Germany (DE)"), "\(near)")
        }
        XCTAssertThrowsError(try search { $0.leaders = ["Nobody Atall"] }) { error in
            XCTAssertTrue((error as? SearchError)?.isUsage ?? false, "\(error)")
        }
    }

    func testAmbiguousKoreaNamesBoth() throws {
        let requests: [(inout SearchRequest) -> Void] = [{ $0.countries = ["Korea"] }, { $0.text = "country:Korea" }]
        for request in requests {
            XCTAssertThrowsError(try search(facets: ["country"], request)) { error in
                guard let e = error as? SearchError, case .ambiguousCountry(_, let candidates) = e else { return XCTFail("\(error)") }
                let m = candidates.joined(separator: ", ")
                XCTAssertTrue(m.contains("KR") && m.contains("KP"), m)
                XCTAssertTrue(e.description.contains("ambiguous"), e.description)
            }
        }
    }

    func testUnknownFacetNames() {
        // mentioned:day would count nothing: the index keeps mentioned dates to the month.
        for bad in ["colour", "date:week", "leader*date", "country:year", "mentioned:day"] {
            XCTAssertThrowsError(try FacetSpec.parse(bad), bad)
        }
    }

    // MARK: - Facet count == total of the query filtered by that value

    func testEachFacetValueCountEqualsTheFilteredTotal() throws {
        for text in ["", "trade OR tariffs OR talks"] {
            let all = try search(text, facets: ["country", "leader", "date:month"])
            for value in all.facets[0].values {
                XCTAssertEqual(try search(text) { $0.countries = [value.value]; $0.exact = true }.total, value.count, "\(text) country \(value.value)")
            }
            for value in all.facets[1].values {
                XCTAssertEqual(try search(text) { $0.leaders = [value.value]; $0.exact = true }.total, value.count, "\(text) leader \(value.value)")
            }
            for value in all.facets[2].values {
                XCTAssertEqual(try search(text) { $0.from = value.value; $0.to = value.value; $0.exact = true }.total, value.count, "\(text) date \(value.value)")
            }
        }
    }
}

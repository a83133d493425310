import Foundation
import XCTest
@testable import Indexer

/// On real text (`../shared/corpora/whitehouse-briefings`, every 10th file in path order): trend
/// points and network edges equal the totals of the matching filtered queries. Skipped, saying
/// so, when the shared corpora are not there.
final class AnalysisSharedCorpusTests: XCTestCase {
    nonisolated(unsafe) private static var scratch: Scratch?
    nonisolated(unsafe) private static var index: NewsIndex?
    nonisolated(unsafe) private static var setUpError: Error?

    override class func setUp() {
        super.setUp()
        let source = ReaderFixtures.corpora.appendingPathComponent("whitehouse-briefings")
        guard FileManager.default.fileExists(atPath: source.path) else { return }
        do {
            let s = try Scratch()
            scratch = s
            let files = (FileManager.default.enumerator(atPath: source.path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".md") }.sorted()
            let folder = s.path("wh")
            for (i, relative) in files.enumerated() where i % 10 == 0 {
                let to = (folder as NSString).appendingPathComponent(relative)
                try FileManager.default.createDirectory(atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: source.appendingPathComponent(relative).path, toPath: to)
            }
            let ix = NewsIndex(at: s.path("ix"))
            _ = try ix.index(folder: folder)
            index = ix
        } catch {
            setUpError = error
        }
    }

    override class func tearDown() {
        scratch?.remove()
        super.tearDown()
    }

    private func opened() throws -> NewsIndex {
        if let error = Self.setUpError { throw error }
        guard let index = Self.index else {
            throw XCTSkip("../shared/corpora/whitehouse-briefings is not here (looked beside and above \(ReaderFixtures.packageRoot.path))")
        }
        return index
    }

    private func total(_ index: NewsIndex, _ configure: (inout SearchRequest) -> Void) throws -> Int {
        var r = SearchRequest(text: "")
        configure(&r)
        r.exact = true
        r.limit = 0
        return try index.search(r).total
    }

    func testTrendPointsEqualTheQueriesOfEachPeriod() throws {
        let index = try opened()
        let trend = try index.trend([SearchRequest(text: "Ukraine")], by: .year)
        let points = try XCTUnwrap(trend.series.first?.points)
        XCTAssertGreaterThan(points.count, 3)
        XCTAssertGreaterThan(points.reduce(0) { $0 + $1.count }, 0)
        for p in points {
            XCTAssertEqual(p.count, try total(index) { $0.text = "Ukraine"; $0.from = p.period; $0.to = p.period }, p.period)
            XCTAssertEqual(p.total, try total(index) { $0.from = p.period; $0.to = p.period }, p.period)
        }
    }

    func testNetworkEdgesEqualTheQueriesFilteredByBothEnds() throws {
        let index = try opened()
        let net = try index.network(.leaderCountry, SearchRequest(text: ""), minimumCount: 5)
        XCTAssertFalse(net.edges.isEmpty)
        for e in net.edges.prefix(8) {
            XCTAssertEqual(e.count, try total(index) { $0.leaders = [e.source]; $0.countries = [e.target] }, "\(e.source) + \(e.target)")
        }
        let nodes = Dictionary(net.nodes.map { ($0.id, $0.count) }, uniquingKeysWith: { a, _ in a })
        for (id, count) in nodes.prefix(5) where id.contains("-") {
            XCTAssertEqual(count, try total(index) { $0.leaders = [id] }, id)
        }
    }
}

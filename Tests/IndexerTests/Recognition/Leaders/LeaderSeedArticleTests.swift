import XCTest
@testable import Indexer

/// The seed article from the entities issue (skipped when ../shared is not there).
final class LeaderSeedArticleTests: XCTestCase {
    static let path = ReaderFixtures.seedArticle.path

    func testSeedArticleCountriesAndLeaders() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: Self.path), "no seed article at \(Self.path) (../shared is absent)")
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let date = PartialDate("2025-11-01")
        let countries = CountryRecognizer().recognize(title: "", body: text, published: date)
        XCTAssertEqual(Set(countries.map(\.code)), ["CN", "KR", "US", "CA", "JP", "KP", "TW"],
                       countries.map { "\($0.code) \($0.mentions.map(\.text))" }.joined(separator: "\n"))
        let leaders = LeaderRecognizer().recognize(title: "", body: text, published: date)
        XCTAssertEqual(Set(leaders.map(\.id)),
                       ["cn-xi-jinping", "kr-lee-jae-myung", "us-donald-trump", "ca-mark-carney", "jp-sanae-takaichi"],
                       leaders.map { "\($0.id) \($0.mentions.map(\.text))" }.joined(separator: "\n"))
        // "Harvard's Seong-Hyon Lee" is not the president.
        let scalars = String(text.unicodeScalars)
        let r = try XCTUnwrap(scalars.range(of: "Seong-Hyon Lee"), "the seed article no longer names the academic")
        // Offsets count from the start of title + "\n\n" + body; "Lee" starts 11 scalars into the name.
        let academic = scalars.unicodeScalars.distance(from: scalars.unicodeScalars.startIndex, to: r.lowerBound) + 2 + 11
        let lee = try XCTUnwrap(leaders.first { $0.id == "kr-lee-jae-myung" })
        XCTAssertFalse(lee.mentions.isEmpty)
        XCTAssertFalse(lee.mentions.contains { $0.offset == academic }, "\(lee.mentions)")
    }
}

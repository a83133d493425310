import XCTest
@testable import Indexer

/// A long file that repeats one mention-dense paragraph is tagged as the paragraph is, once per
/// repetition: the same entities in the same order, each mention repeated at the paragraph's
/// offsets shifted by its length. (Issue 18: tagging such a file was quadratic; this checks
/// what it finds, never how fast.)
final class MentionDenseTaggingTests: ScratchTestCase {
    /// Six countries, two leaders and a date, written for this test.
    static let paragraph =
        "President Emmanuel Macron told reporters in Paris on Tuesday that France and Germany would "
        + "present a joint plan for grain shipments before the summer. Officials from Japan and Brazil "
        + "said they would join the talks, while Kenya asked for help with port repairs in Mombasa. "
        + "Macron later spoke with William Ruto by phone; Ruto said Canada had already offered ships "
        + "and that the first cargo could leave in March 2024 if the insurers agreed to the terms.\n\n"
    static let header = "---\ntitle: Grain talks\ndate: 2024-02-06\n---\n"

    func tag(repeating n: Int, name: String) throws -> (Article, Entities) {
        let folder = try scratch.folder(name, ["article.txt": Self.header + String(repeating: Self.paragraph, count: n)])
        let result = try FolderTagger(jobs: 1).tag(path: folder)
        XCTAssertEqual(result.skipped.count, 0, "\(result.skipped)")
        let tagged = try XCTUnwrap(result.articles.first)
        return (tagged.article, tagged.entities)
    }

    func testRepeatedParagraphIsTaggedAsTheParagraphIs() throws {
        let n = 1_500
        let one = try tag(repeating: 1, name: "one").1
        let (article, many) = try tag(repeating: n, name: "many")
        // Scanned in pieces of 16 KB instead of whole, the same.
        XCTAssertEqual(EntityRecognizer(pieceBytes: 16_384).recognize(article), many)
        // The paragraph alone finds what it was written to name.
        XCTAssertEqual(one.countries.map(\.code), ["FR", "DE", "JP", "BR", "KE", "CA"])
        XCTAssertEqual(one.leaders.map(\.id), ["fr-emmanuel-macron", "ke-william-ruto"])
        XCTAssertEqual(one.dates.map(\.value), [PartialDate("2024-02-06")!, PartialDate("2024-03")!])

        let step = ScalarText.count(Self.paragraph)
        func expand(_ ms: [Mention]) -> [Mention] {
            (0..<n).flatMap { k in ms.map { Mention(text: $0.text, offset: $0.offset + k * step) } }
        }
        XCTAssertEqual(many.published, one.published)
        XCTAssertEqual(many.countries.map(\.code), one.countries.map(\.code))
        for (a, b) in zip(many.countries, one.countries) { XCTAssertEqual(a.mentions, expand(b.mentions), a.code) }
        XCTAssertEqual(many.leaders.map(\.id), one.leaders.map(\.id))
        for (a, b) in zip(many.leaders, one.leaders) { XCTAssertEqual(a.mentions, expand(b.mentions), a.id) }
        XCTAssertEqual(many.dates.map(\.value), one.dates.map(\.value))
        for (a, b) in zip(many.dates, one.dates) { XCTAssertEqual(a.mentions, expand(b.mentions), a.value.description) }
    }
}

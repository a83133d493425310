import XCTest
@testable import Indexer

/// A long text scanned piece by piece (`TextPieces`, cut at every blank line here) finds exactly
/// what the whole text does: the same countries, leaders, dates and mention offsets.
final class TextPiecesTests: XCTestCase {
    let whole = EntityRecognizer(pieceBytes: .max)
    let pieced = EntityRecognizer(pieceBytes: 1)

    /// Enough plain text that the cuts come after the head of the body, which is never cut.
    static let filler = String(repeating: "The council met in the old hall and talked about roads, schools and the budget.\n\n", count: 120)

    func assertSame(title: String, body: String, published: String? = "2024-03-05", file: StaticString = #filePath, line: UInt = #line) {
        var article = Article(id: "a", path: "a", title: title, body: body)
        article.published = published.flatMap(PartialDate.init)
        XCTAssertFalse(TextPieces(title: title, body: body, pieceBytes: 1).isWhole, "not cut", file: file, line: line)
        XCTAssertEqual(pieced.recognize(article), whole.recognize(article), title, file: file, line: line)
    }

    func testPiecesCoverTheTextOnce() {
        let body = Self.filler + "France and Kenya.\n\nJapan.\r\n\r\nBrazil, then Canada.\n\n\n\nEnd."
        var owns: [String] = []
        var bases: [Int] = []
        TextPieces(title: "T", body: body, pieceBytes: 1).forEach { piece in
            owns.append(ScalarText.string(piece.scalars[piece.ownStart..<piece.ownEnd]))
            bases.append(piece.base + piece.ownStart)
        }
        XCTAssertGreaterThan(owns.count, 4)
        XCTAssertEqual(owns.joined(), "T\n\n" + body)
        XCTAssertEqual(bases, owns.indices.map { k in owns[..<k].reduce(0) { $0 + ScalarText.count($1) } })
    }

    func testRulesThatLookAcrossABlankLine() {
        // "governor" ends one paragraph and "Georgia" starts the next: the office word still counts.
        assertSame(title: "Storm report", body: Self.filler + "Crews waited for the governor\n\nGeorgia said roads would reopen. Tbilisi and the Georgian government sent aid.")
        // "last" before a month, a month chained to the date before it, a weekday alone.
        assertSame(title: "Talks", body: Self.filler + "It had been planned since last\n\nOctober, then moved to May\n\nand June 2023, and on Friday\n\nministers met.")
        // A title-case headline whose names the body joins only far below.
        assertSame(title: "Michelle Obama Visits Paris Again", body: Self.filler + "Later, Michelle Obama said she liked Paris. President Emmanuel Macron agreed.")
        // Leaders introduced in one piece and named by surname in later ones.
        assertSame(title: "Summit", body: Self.filler + "President Emmanuel Macron spoke.\n\nMacron left.\n\nPresident Lee met Xi Jinping.\n\nXi and Lee talked.", published: "2010-06-01")
        // Text that is not ASCII around the cuts.
        assertSame(title: "Türkiye", body: Self.filler + "Erdoğan met Lula in Brasília.\n\nSão Paulo, 3 de março — Erdoğan’s visit.\n\n日本 and 中国 talked.")
    }

    func testFixtureArticlesJoinedIntoOneLongText() throws {
        var folders = [ReaderFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/corpus").path,
                       ReaderFixtures.articles.path]
        let bbc = ReaderFixtures.shared.appendingPathComponent("corpora/bbc/politics").path
        if FileManager.default.fileExists(atPath: bbc) {
            folders.append(bbc)
        } else {
            print("TextPiecesTests: \(bbc) is absent; joining the repository's fixtures only")
        }
        var compared = 0
        for folder in folders {
            // A bounded share of the shared corpus: enough cuts, a few seconds.
            let articles = try FolderTagger(jobs: 2).tag(path: folder).articles.map(\.article).prefix(96)
            // Groups of articles as one text: each cut falls at a paragraph of some article.
            for group in stride(from: 0, to: articles.count, by: 12).map({ articles[$0..<min($0 + 12, articles.count)] }) {
                let body = Self.filler + group.map { $0.title + "\n\n" + $0.body }.joined(separator: "\n\n")
                for published in [group.first?.published, nil] {
                    var article = Article(id: "joined", path: folder, title: group.first!.title, body: body)
                    article.published = published
                    XCTAssertEqual(pieced.recognize(article), whole.recognize(article), "\(folder): \(group.first!.id)")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 2)
    }
}

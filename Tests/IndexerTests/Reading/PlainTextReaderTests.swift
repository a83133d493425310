import XCTest
@testable import Indexer

final class PlainTextReaderTests: XCTestCase {
    func testFirstLineIsTitleAndRestIsBody() throws {
        let a = try ReaderFixtures.readOne("text/plain.txt")
        XCTAssertEqual(a.id, "text/plain.txt")
        XCTAssertEqual(a.path, ReaderFixtures.articles.appendingPathComponent("text/plain.txt").path)
        XCTAssertEqual(a.title, "Xi and Lee agree on trade truce")
        XCTAssertTrue(a.body.hasPrefix("SEOUL -- Chinese President"))
        XCTAssertTrue(a.body.hasSuffix("next year."))
        XCTAssertTrue(a.body.contains("truce.\n\nOfficials"), "paragraph break kept")
        XCTAssertNil(a.published)
        XCTAssertNil(a.publishedSource)
        XCTAssertFalse(a.decodedAsWindows1252)
    }

    func testFoldedYAMLTitleAndFrontMatterFields() throws {
        let a = try ReaderFixtures.readOne("text/front-matter.md")
        XCTAssertEqual(a.title, "Readout of President Lee's Call with President Xi")
        XCTAssertEqual(a.published, PartialDate(year: 2025, month: 11, day: 1))
        XCTAssertEqual(a.publishedSource, .frontMatter)
        XCTAssertEqual(a.url, "https://example.org/readout")
        XCTAssertEqual(a.source, "Example Office")
        XCTAssertEqual(a.body, "Both leaders discussed [trade] and the $10 billion fund.",
                       "body is what follows the front matter, Markdown escapes resolved, end mark dropped")
    }

    func testQuotedYAMLTitleWithEscapes() throws {
        let a = try ReaderFixtures.readOne("text/quoted-title.md")
        XCTAssertEqual(a.title, "Joint Statement on the Summit: \u{201C}Partnership\u{201D}")
        XCTAssertEqual(a.published, PartialDate(year: 2025, month: 10, day: 30), "local date, not converted to UTC")
        XCTAssertEqual(a.body, "The leaders met in Gyeongju.")
    }

    func testKeyValueHeaderLines() throws {
        let a = try ReaderFixtures.readOne("text/headers.txt")
        XCTAssertEqual(a.title, "Summit ends with joint statement")
        XCTAssertEqual(a.published, PartialDate(year: 2025, month: 11, day: 1))
        XCTAssertEqual(a.publishedSource, .frontMatter)
        XCTAssertEqual(a.url, "https://news.example.com/summit")
        XCTAssertEqual(a.source, "Example Wire")
        XCTAssertEqual(a.body, "GYEONGJU -- The APEC summit ended on Saturday.\n\nLeaders signed a declaration.")
    }

    func testHeaderWithoutTitleTakesFirstLineOfRest() throws {
        let (articles, _) = try ReaderFixtures.read(text: "Date: 2025-11\n\nHeadline here\nBody line.\n", as: "x.txt")
        XCTAssertEqual(articles.first?.title, "Headline here")
        XCTAssertEqual(articles.first?.body, "Body line.")
        XCTAssertEqual(articles.first?.published, PartialDate(year: 2025, month: 11))
    }

    func testProseWithColonIsNotAHeader() throws {
        let (articles, _) = try ReaderFixtures.read(text: "Breaking: markets fall\n\nStocks fell.\n", as: "x.txt")
        XCTAssertEqual(articles.first?.title, "Breaking: markets fall")
        XCTAssertEqual(articles.first?.body, "Stocks fell.")
    }

    func testMarkdownHeadingTitle() throws {
        let a = try ReaderFixtures.readOne("text/heading.md")
        XCTAssertEqual(a.title, "Markets rally after truce")
        XCTAssertEqual(a.body, "Stocks rose in Seoul and Shanghai.")
        let (setext, _) = try ReaderFixtures.read(text: "Title here\n==========\n\nBody.\n", as: "s.markdown")
        XCTAssertEqual(setext.first?.title, "Title here")
        XCTAssertEqual(setext.first?.body, "Body.")
    }

    /// Issue 12 item 17: a `.txt` of one line is an article (its line is title and text), not "no body text".
    func testOneLineTextFileIsAnArticle() throws {
        let a = try ReaderFixtures.readOne("text/title-only.txt")
        XCTAssertEqual(a.title, "Just a headline")
        XCTAssertEqual(a.body, "Just a headline")
        let (noNewline, skipped) = try ReaderFixtures.read(text: "Ministers met on Tuesday to discuss grain.", as: "one.txt")
        XCTAssertEqual(noNewline.first?.body, "Ministers met on Tuesday to discuss grain.")
        XCTAssertTrue(skipped.isEmpty)
        // A header naming a title, with nothing after it, is still an article without text.
        XCTAssertThrowsError(try ReaderFixtures.read(text: "Title: Only a title\n", as: "header.txt")) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "no body text")
        }
    }

    /// Issue 12 item 17: front matter that is neither YAML nor `Key: value` lines is reported as
    /// broken YAML, not as a file without text.
    func testBrokenYAMLFrontMatterIsReportedAsSuch() throws {
        XCTAssertThrowsError(try ReaderFixtures.read(text: "---\ntitle: [broken\n  date: : :\n---\n", as: "bad.md")) { error in
            let reason = (error as? ReadError)?.reason ?? ""
            XCTAssertTrue(reason.hasPrefix("broken YAML front matter: "), reason)
        }
    }

    func testUnclosedFrontMatterIsText() throws {
        let (articles, _) = try ReaderFixtures.read(text: "---\nnot closed\nmore\n", as: "u.txt")
        XCTAssertEqual(articles.first?.title, "---")
    }

    func testBrokenYAMLStillEndsAtTheFence() throws {
        let (articles, _) = try ReaderFixtures.read(text: "---\ntitle: [unclosed\n---\nHello\nWorld\n", as: "b.md")
        // Unparseable YAML is read line by line as `Key: value`.
        XCTAssertEqual(articles.first?.title, "[unclosed")
        XCTAssertEqual(articles.first?.body, "Hello\nWorld")
    }

    func testMarkdownMarkupIsRemovedFromBody() {
        let md = """
            ## Key points

            *Effectively and **equitably** vaccinating*, see [the plan](https://x.example/p) \\[1\\].
            -   First item with `code`
            * Second item
            ![chart](c.png)

            * * *
            # # #
            """
        XCTAssertEqual(MarkdownText.plain(md).components(separatedBy: "\n"), [
            "Key points", "", "Effectively and equitably vaccinating, see the plan [1].",
            "-   First item with code", "- Second item", "chart", "", "", "",
        ])
    }
}

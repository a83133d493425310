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
        assertHeader(a, title: "Readout of President Lee's Call with President Xi", url: "https://example.org/readout", source: "Example Office")
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
        assertHeader(a, title: "Summit ends with joint statement", url: "https://news.example.com/summit", source: "Example Wire")
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
        assertTitleAndBody(try ReaderFixtures.readOne("text/heading.md"), "Markets rally after truce", "Stocks rose in Seoul and Shanghai.")
        let (setext, _) = try ReaderFixtures.read(text: "Title here\n==========\n\nBody.\n", as: "s.markdown")
        assertTitleAndBody(setext.first, "Title here", "Body.")
    }

    /// Issue 12 item 17: a `.txt` of one line is an article (its line is title and text), not "no body text".
    func testOneLineTextFileIsAnArticle() throws {
        assertTitleAndBody(try ReaderFixtures.readOne("text/title-only.txt"), "Just a headline", "Just a headline")
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

    /// An unclosed fence is read as text, and a rule line is never the title: the reader sees
    /// the first line with words as the title, not "---".
    func testUnclosedFrontMatterIsTextAndTheRuleIsNotTheTitle() throws {
        let (articles, _) = try ReaderFixtures.read(text: "---\nnot closed\nmore\n", as: "u.txt")
        XCTAssertEqual(articles.first?.title, "not closed")
        XCTAssertEqual(articles.first?.body, "more")
        let (ruled, _) = try ReaderFixtures.read(text: "* * *\n\n=====\nHarbour reopens\n\nShips came back.\n", as: "r.md")
        XCTAssertEqual(ruled.first?.title, "Harbour reopens")
        XCTAssertEqual(ruled.first?.body, "Ships came back.")
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

    /// A header block (front matter or `Key: value` lines) dated 2025-11-01, with a URL and a source.
    private func assertHeader(_ a: Article, title: String, url: String, source: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.title, title, file: file, line: line)
        XCTAssertEqual(a.published, PartialDate(year: 2025, month: 11, day: 1), file: file, line: line)
        XCTAssertEqual(a.publishedSource, .frontMatter, file: file, line: line)
        XCTAssertEqual(a.url, url, file: file, line: line)
        XCTAssertEqual(a.source, source, file: file, line: line)
    }

    private func assertTitleAndBody(_ a: Article?, _ title: String, _ body: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a?.title, title, file: file, line: line)
        XCTAssertEqual(a?.body, body, file: file, line: line)
    }
}

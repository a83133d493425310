import Foundation
import XCTest
@testable import Indexer

/// Main-text extraction on pages written for these tests: what a story page must keep, and the
/// furniture it must leave out.
final class MainTextExtractionTests: XCTestCase {
    static let paragraph1 = "The harbour council voted on Tuesday to rebuild the northern pier, which storms damaged twice in three winters, and to open it to ferries again by the spring."
    static let paragraph2 = "Engineers said the new pier will stand on steel piles driven deeper than the old timber ones, and that the work will cost about four million, shared by the port and the region."
    static let paragraph3 = "Fishermen, who have tied up at the southern quay since the first storm, welcomed the decision, though several asked why the repairs had taken so long to approve."

    /// A news page with a menu, breadcrumbs, a share bar, a cookie note, related stories,
    /// comments and a footer around a three-paragraph story.
    static let newsPage = """
    <!DOCTYPE html><html><head><meta charset="utf-8">
    <title>Council backs pier rebuild | Coast Gazette</title>
    <meta property="og:site_name" content="Coast Gazette">
    <meta property="og:url" content="https://gazette.example/2024/03/05/pier-rebuild">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Council backs pier rebuild","datePublished":"2024-03-05T09:30:00Z",
      "publisher":{"@type":"Organization","name":"Coast Gazette"}}</script>
    </head><body>
    <div id="cookie-notice">We use cookies to improve your visit. Accept all cookies</div>
    <div class="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
      <li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li><li><a href="/sport">Sport</a></li></ul></div>
    <div class="breadcrumb"><a href="/">Gazette</a> › <a href="/local">Local news</a></div>
    <div class="layout">
      <div class="main-column">
        <h1>Council backs pier rebuild</h1>
        <div class="byline">By Ann Reporter, 5 March 2024</div>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
        <div class="article-body">
          <p>\(paragraph1)</p>
          <p>\(paragraph2)</p>
          <h2>Fishing fleet</h2>
          <p>\(paragraph3)</p>
          <p><a href="/newsletter">Sign up to our morning newsletter</a></p>
          <p>© Coast Gazette 2024</p>
          <a href="#top">Back to top</a>
          <h3>More from the harbour</h3>
          <ul><li><a href="/h1">Harbour master named</a></li><li><a href="/h2">Dredging starts</a></li></ul>
        </div>
        <div class="related-stories"><h3>Related stories</h3>
          <ul><li><a href="/a">Storm closes southern quay for a week of repairs</a></li>
              <li><a href="/b">Ferry timetable changes from Monday onward</a></li></ul></div>
        <div id="comments" class="comments-area"><h3>3 comments</h3>
          <div class="comment"><p>Reader42 wrote: About time too, this should have been done years ago by the council.</p></div></div>
      </div>
      <div class="sidebar"><h3>Most read</h3><ol><li><a href="/c">Lighthouse keeper retires after forty years</a></li></ol></div>
    </div>
    <div class="footer">Impressum · Privacy · © Coast Gazette</div>
    </body></html>
    """

    func testStoryKeptAndFurnitureLeftOut() {
        for parser in [HTMLDocument.Parser.libxml2, .tokenizer] {
            let page = HTMLPage(html: Self.newsPage, parser: parser)
            for kept in [Self.paragraph1, Self.paragraph2, Self.paragraph3, "Fishing fleet"] {
                XCTAssertTrue(page.text.contains(kept), "\(parser): missing \(kept.prefix(30)) in\n\(page.text)")
            }
            for dropped in ["cookies", "Home", "Asia", "Local news", "Ann Reporter", "Share on", "newsletter",
                            "Related stories", "Ferry timetable", "Reader42", "Most read", "Lighthouse", "Impressum",
                            "Council backs pier rebuild", "© Coast", "Back to top", "More from the harbour",
                            "Dredging"] {
                XCTAssertFalse(page.text.contains(dropped), "\(parser): \(dropped) should be left out of\n\(page.text)")
            }
            XCTAssertEqual(page.title, "Council backs pier rebuild")
            XCTAssertEqual(page.published, PartialDate(year: 2024, month: 3, day: 5))
            XCTAssertEqual(page.publishedSource, .jsonLD)
            XCTAssertEqual(page.siteName, "Coast Gazette")
        }
    }

    func testPageWithoutMarkedContainerFallsBackToScoring() {
        // No class names at all: readability's scoring has to find the story among link lists.
        let html = """
        <html><body><table><tr><td><a href="/">Start</a> | <a href="/v">Verein</a> | <a href="/k">Kontakt</a> | <a href="/i">Impressum</a></td></tr>
        <tr><td><font size="2"><b>Jahresversammlung</b><br>\(Self.paragraph1)<br><br>\(Self.paragraph2)<br><br>\(Self.paragraph3)</font></td></tr>
        <tr><td><a href="/a">Archiv 2023</a> <a href="/b">Archiv 2022</a> <a href="/c">Archiv 2021</a></td></tr></table></body></html>
        """
        let page = HTMLPage(html: html)
        XCTAssertTrue(page.text.contains(Self.paragraph1), page.text)
        XCTAssertTrue(page.text.contains(Self.paragraph3), page.text)
        XCTAssertFalse(page.text.contains("Impressum"), page.text)
        XCTAssertFalse(page.text.contains("Archiv 2022"), page.text)
    }

    func testJSONLDArticleBodyWhenTheMarkupHasNoStory() {
        let html = """
        <html><head><script type="application/ld+json">[{"@type":"WebSite","name":"Example"},
          {"@type":"NewsArticle","headline":"Pier plan approved","datePublished":"2023-11-02",
           "articleBody":"\(Self.paragraph1) \(Self.paragraph2)"}]</script></head>
        <body><div id="app"></div><div class="menu"><a href="/">Home</a></div></body></html>
        """
        let page = HTMLPage(html: html)
        XCTAssertEqual(page.title, "Pier plan approved")
        XCTAssertTrue(page.text.hasPrefix("The harbour council voted"), page.text)
        XCTAssertEqual(page.published, PartialDate(year: 2023, month: 11, day: 2))
        XCTAssertEqual(page.publishedSource, .jsonLD)
    }

    func testDateFallsBackToMetaTimeThenURL() {
        let meta = HTMLPage(html: "<head><meta property=\"article:published_time\" content=\"2022-06-01T10:00:00+02:00\"></head><body><p>\(Self.paragraph1)</p></body>")
        XCTAssertEqual(meta.published, PartialDate(year: 2022, month: 6, day: 1))
        XCTAssertEqual(meta.publishedSource, .htmlMeta)
        let fromURL = HTMLPage(html: "<body><p>\(Self.paragraph1)</p></body>", url: "https://blog.example/2021/09/14/pier/")
        XCTAssertEqual(fromURL.published, PartialDate(year: 2021, month: 9, day: 14))
        XCTAssertEqual(fromURL.publishedSource, .url)
        XCTAssertEqual(fromURL.url, "https://blog.example/2021/09/14/pier/")
    }

    func testURLDates() {
        XCTAssertEqual(URLDate.parse("https://n.example/2025/11/01/xi-lee"), PartialDate(year: 2025, month: 11, day: 1))
        XCTAssertEqual(URLDate.parse("https://n.example/news/2019/07/story.html"), PartialDate(year: 2019, month: 7))
        XCTAssertEqual(URLDate.parse("https://n.example/2020-02-29-leap-story"), PartialDate(year: 2020, month: 2, day: 29))
        XCTAssertEqual(URLDate.parse("https://n.example/a/20180315/item"), PartialDate(year: 2018, month: 3, day: 15))
        XCTAssertNil(URLDate.parse("https://n.example/products/12345678"))
        XCTAssertNil(URLDate.parse("https://n.example/2024/99/x"))
        XCTAssertNil(URLDate.parse("https://2024.example/"))
    }

    func testTitleElementWithoutTheSiteName() {
        let page = HTMLPage(html: "<title>Storm hits coast | Example News</title><body><p>\(Self.paragraph1)</p></body>")
        XCTAssertEqual(page.title, "Storm hits coast")
    }

    func testPageOfBareTextIsNeverEmpty() {
        // Text straight in <body> and <div>s, no paragraphs, no article markup.
        let page = HTMLPage(html: "<html><body><div>Short note.<br>Second line of the note.</div></body></html>")
        XCTAssertEqual(page.text, "Short note.\nSecond line of the note.")
    }

    func testParsersAgreeOnTheStory() {
        let a = HTMLPage(html: Self.newsPage, parser: .libxml2), b = HTMLPage(html: Self.newsPage, parser: .tokenizer)
        XCTAssertEqual(a.text, b.text)
        XCTAssertEqual(a.title, b.title)
    }
}

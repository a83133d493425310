import XCTest
@testable import Indexer

final class HTMLReaderTests: XCTestCase {
    func testArticleTextWithFurnitureDropped() throws {
        let a = try ReaderFixtures.readOne("html/story.html")
        XCTAssertEqual(a.title, "Xi & Lee meet in Gyeongju", "og:title wins")
        XCTAssertEqual(a.published, PartialDate(year: 2025, month: 11, day: 1))
        XCTAssertEqual(a.publishedSource, .htmlMeta)
        XCTAssertEqual(a.url, "https://daily.example/xi-lee")
        XCTAssertEqual(a.source, "The Daily Example")
        XCTAssertEqual(a.body, """
            Xi & Lee meet

            President Xi Jinping met President Lee Jae-myung \u{2014} the first visit in 11 years.

            They spoke about \u{201C}trade\u{201D}.
            More talks follow.
            """)
        for absent in ["Home", "World", "Site banner", "Related", "track()", "not text", "color", "Copyright"] {
            XCTAssertFalse(a.body.contains(absent), "\(absent) should be dropped")
        }
    }

    func testTitleElementWithSiteSuffixAndJSONLDDate() throws {
        let a = try ReaderFixtures.readOne("html/no-og.htm")
        XCTAssertEqual(a.title, "Storm hits coast")
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 3, day: 5))
        XCTAssertEqual(a.body, "A storm hit the coast\n\nThousands lost power.", "text of <main> only")
    }

    func testPageWithoutTextIsAnError() {
        XCTAssertThrowsError(try ReaderFixtures.read("html/empty.html")) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "HTML page has no text")
        }
    }

    func testMalformedMarkupDegradesGracefully() throws {
        let a = try ReaderFixtures.readOne("html/broken.html")
        XCTAssertTrue(a.body.hasPrefix("Broken markup here"), a.body)
        XCTAssertTrue(a.body.contains("< not a tag & stray ampersand"), a.body)
    }

    func testTimeElementAndH1Fallbacks() throws {
        let html = "<body><h1>Heading title</h1><time datetime=\"2023-07-04\">July 4</time><p>Text.</p></body>"
        let a = try XCTUnwrap(try ReaderFixtures.read(text: html, as: "t.html").articles.first)
        XCTAssertEqual(a.title, "Heading title")
        XCTAssertEqual(a.published, PartialDate(year: 2023, month: 7, day: 4))
    }

    func testEntities() {
        XCTAssertEqual(HTMLEntities.decode("Caf&eacute; &amp; &#8220;x&#x201D; &#150; &copy &bogus; &#0;"),
                       "Café & \u{201C}x\u{201D} \u{2013} &copy &bogus; \u{FFFD}")
        XCTAssertEqual(HTMLEntities.decode("AT&T &nbsp"), "AT&T \u{A0}")
        XCTAssertEqual(HTMLEntities.named["yuml"], "\u{FF}", "Latin-1 names line up with their code points")
        XCTAssertEqual(HTMLEntities.named["Agrave"], "\u{C0}")
    }

    /// Broken markup renders as a browser shows it: an unfinished tag, comment or CDATA section
    /// shows nothing; a `<` or `&` that cannot start markup stays as text.
    func testJunkRendersAsABrowserShowsIt() {
        let expected: [(String, String)] = [
            ("<", "<"), ("<<>>", "<<>>"), ("</", "</"), ("&#", "&#"), ("&#x;", "&#x;"),
            ("<a", ""), ("<a href=", ""), ("<a href='x", ""), ("<!--", ""), ("<![CDATA[", ""), ("<script>", ""),
            ("<p/><br/></br></p>", ""), (String(repeating: "<div>", count: 5000), ""),
            ("a < b && c > d", "a < b && c > d"), ("<p>x</p><!-- never closed <p>y</p>", "x"),
        ]
        for (input, text) in expected {
            XCTAssertEqual(HTMLText.render(HTMLDocument.parse(input)), text, String(input.prefix(30)))
        }
    }

    func testPageWrappedInFormStillHasText() throws {
        let html = "<html><body><form id=\"aspnetForm\"><div><p>Story text.</p></div></form></body></html>"
        XCTAssertEqual(try ReaderFixtures.read(text: html, as: "f.html").articles.first?.body, "Story text.")
    }

    func testHostileNestingIsFlattened() throws {
        let html = String(repeating: "<div><span>", count: 50_000) + "deep text"
        XCTAssertEqual(try ReaderFixtures.read(text: html, as: "d.html").articles.first?.body, "deep text")
    }

    func testRealisticNewsPageLayout() throws {
        let a = try ReaderFixtures.readOne("html/news-page.html")
        XCTAssertEqual(a.title, "Leaders agree on port deal - World", "only the \" | Site\" suffix is cut")
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 6, day: 12), "meta date before JSON-LD")
        XCTAssertEqual(a.source, "Harbour Times Ltd", "JSON-LD publisher when og:site_name is absent")
        XCTAssertEqual(a.body, """
            The harbour at dawn.

            The two leaders signed the agreement on Tuesday, ending months of talks.

            \u{201C}This is a good day,\u{201D} one said.
            The other agreed.

            Port Tonnes
            North 1,200

            First point
            Second point
            """)
    }
}

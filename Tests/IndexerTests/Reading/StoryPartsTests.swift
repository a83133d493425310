import XCTest
@testable import Indexer

/// A story split over blocks that repeat the container its markup names, a lead far above the
/// body container, and a furniture tag wrapped around the whole story. Pages written for these tests.
final class StoryPartsTests: XCTestCase {
    typealias Story = MainTextExtractionTests

    static let fourth = "The region will pay for the dredging of the harbour mouth, which has silted up since the storms, so that larger ferries can dock."

    func testRepeatedTextModulesAreOneStory() {
        // A page builder gives every text block its own module; a teaser module of links and a
        // "related" module repeat the same container but are not the story.
        let html = """
        <html><body><div id="primary"><div class="modules">
        <div class="module module-text"><div class="text-content"><p>\(Story.paragraph1)</p><p>\(Story.paragraph2)</p></div></div>
        <div class="module module-image"><img src="pier.jpg" alt=""></div>
        <div class="module module-text"><div class="text-content"><p>\(Story.paragraph3)</p></div></div>
        <div class="module module-text"><div class="text-content"><p><a href="/a">Ferry timetable changes from Monday onward for all of the island routes</a>
        <a href="/b">Southern quay closed for a week of repairs after the storm</a></p></div></div>
        <div class="module related"><div class="text-content"><p>Elsewhere on this site: the new library opens its doors on Saturday with a reading for children.</p></div></div>
        </div></div></body></html>
        """
        for parser in [HTMLDocument.Parser.libxml2, .tokenizer] {
            let text = HTMLPage(html: html, parser: parser).text
            XCTAssertTrue(text.hasPrefix(Story.paragraph1), "\(parser): \(text)")
            XCTAssertTrue(text.hasSuffix(Story.paragraph3), "\(parser): \(text)")
            for dropped in ["Ferry timetable", "library opens"] {
                XCTAssertFalse(text.contains(dropped), "\(parser): \(dropped) in \(text)")
            }
        }
    }

    func testSeveralArticlesHoldingOneStory() {
        let html = """
        <html><body><main><div class="blocks">
        <article><h1>Council backs pier rebuild</h1><p>\(Story.paragraph1)</p><p>\(Story.paragraph2)</p></article>
        <article><p>\(Story.paragraph3)</p></article>
        </div></main></body></html>
        """
        let text = HTMLPage(html: html).text
        XCTAssertTrue(text.contains(Story.paragraph1), text)
        XCTAssertTrue(text.hasSuffix(Story.paragraph3), text)
    }

    func testALoneContainerStaysAlone() {
        // Nothing repeats the container: the story is what it was.
        let html = """
        <html><body><div class="entry-content"><p>\(Story.paragraph1)</p><p>\(Story.paragraph2)</p></div>
        <div class="comments"><p>\(Self.fourth)</p></div></body></html>
        """
        let text = HTMLPage(html: html).text
        XCTAssertEqual(text, Story.paragraph1 + "\n\n" + Story.paragraph2)
    }

    func testLeadFourLevelsAboveTheBodyContainer() {
        // The standfirst sits in a page header, beside the grid that wraps the article's body.
        let html = """
        <html><body><div class="page"><header class="page-head"><h1>Council backs pier rebuild</h1>
        <div class="standfirst"><p>\(StoryBoundaryTests.lead)</p></div></header>
        <div class="wrap"><div class="row"><div class="col"><div class="article-body"><p>\(Story.paragraph1)</p>
        <p>\(Story.paragraph2)</p><p>\(Story.paragraph3)</p></div></div></div></div></div></body></html>
        """
        let text = HTMLPage(html: html).text
        XCTAssertTrue(text.hasPrefix(StoryBoundaryTests.lead), text)
        XCTAssertTrue(text.hasSuffix(Story.paragraph3), text)
    }

    func testFurnitureTagAroundTheWholeStoryIsKept() {
        // A menu left open by the page wraps the story: it holds most of the prose, few links.
        let html = """
        <html><body><nav class="menu"><a href="/">Home</a> <a href="/sport">Sport</a>
        <div class="story"><p>\(Story.paragraph1)</p><p>\(Story.paragraph2)</p><p>\(Story.paragraph3)</p></div></nav>
        <nav class="menu"><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></nav></body></html>
        """
        let text = HTMLPage(html: html).text
        XCTAssertTrue(text.contains(Story.paragraph1), text)
        XCTAssertTrue(text.contains(Story.paragraph3), text)
        XCTAssertFalse(text.contains("Privacy"), text)
    }

    func testWrapperOfTheWholePageNamedForItsMenuIsNotFurniture() {
        // The page's wrapper carries a name from its menu ("with-navigation") and, with the menu
        // inside, many links; it still holds nearly all of the page, so it is not furniture.
        let menu = (1...30).map { "<li><a href=\"/s\($0)\">Section number \($0)</a></li>" }.joined()
        let html = """
        <html><body><article><p>Event: reading on Tuesday evening in the town hall.</p></article>
        <div id="page" class="clearfix with-navigation"><ul>\(menu)</ul>
        <div class="node"><p>\(Story.paragraph1)</p><p>\(Story.paragraph2)</p><p>\(Story.paragraph3)</p></div></div>
        </body></html>
        """
        let text = HTMLPage(html: html).text
        XCTAssertTrue(text.contains(Story.paragraph1), text)
        XCTAssertTrue(text.contains(Story.paragraph3), text)
    }
}

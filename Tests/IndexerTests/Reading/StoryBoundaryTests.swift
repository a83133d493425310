import XCTest
@testable import Indexer

/// Where a story starts and ends: the lead kept when it sits beside the body container, a page
/// whose marked container is nearly empty read by its paragraphs, and the labels and datelines
/// around the story trimmed. Pages written for these tests.
final class StoryBoundaryTests: XCTestCase {
    typealias Story = MainTextExtractionTests

    static let lead = "The northern pier will be rebuilt by the spring, the harbour council decided after a long debate."

    func testLeadBesideTheBodyContainerIsKept() {
        // The lead sits in the article's header, a sibling of the body container the markup
        // names; a teaser list of other stories before it is not a lead.
        let html = """
        <html><body><div class="teaser-list"><div class="teaser"><a href="/x">Storm closes the southern quay for a week of repairs and more</a></div></div>
        <article><header><h1>Council backs pier rebuild</h1><div class="article-intro"><p>\(Self.lead)</p></div></header>
        <div class="article-body"><p>\(Story.paragraph1)</p><p>\(Story.paragraph2)</p></div></article></body></html>
        """
        for parser in [HTMLDocument.Parser.libxml2, .tokenizer] {
            let page = HTMLPage(html: html, parser: parser)
            XCTAssertTrue(page.text.hasPrefix(Self.lead), "\(parser): \(page.text)")
            XCTAssertTrue(page.text.contains(Story.paragraph2), "\(parser): \(page.text)")
            XCTAssertFalse(page.text.contains("southern quay"), "\(parser): \(page.text)")
        }
    }

    func testLeadLongerThanTheBodyIsNotTaken() {
        // A "summary" box outweighing the container is not its lead (it is more likely a listing).
        let long = String(repeating: "A summary of many other stories on this site and one after another. ", count: 12)
        let html = """
        <html><body><div class="summary"><p>\(long)</p></div>
        <div class="entry-content"><p>\(Story.paragraph1)</p><p>\(Story.paragraph2)</p><p>\(Story.paragraph3)</p></div></body></html>
        """
        let page = HTMLPage(html: html)
        XCTAssertFalse(page.text.contains("A summary of many"), String(page.text.suffix(400)))
        XCTAssertTrue(page.text.contains(Story.paragraph1), page.text)
    }

    func testNearlyEmptyContainerFallsBackToTheParagraphs() {
        // The marked container holds one short line; the story's paragraphs sit in list items,
        // which scoring does not take for prose.
        let html = """
        <html><body><div class="entry-content"><p>Welcome to our pages.</p></div>
        <ul class="blocks"><li><p>\(Story.paragraph1)</p></li><li><p>\(Story.paragraph2)</p></li>
        <li><p>\(Story.paragraph3)</p></li></ul>
        <ul class="links"><li><a href="/a">Archive</a></li><li><a href="/b">Imprint</a></li></ul></body></html>
        """
        let page = HTMLPage(html: html)
        XCTAssertTrue(page.text.contains(Story.paragraph1), page.text)
        XCTAssertTrue(page.text.contains(Story.paragraph3), page.text)
        XCTAssertFalse(page.text.contains("Imprint"), page.text)
    }

    func testLabelsAfterTheStoryAndADatelineBeforeItAreTrimmed() {
        let html = """
        <html><body><div class="entry-content"><p>12.12.2022, 08:30 Uhr</p>
        <p>\(Story.paragraph1)</p><p>\(Story.paragraph2)</p><p>\(Story.paragraph3)</p>
        <p>More on this topic:</p><p><b>Contact</b></p></div></body></html>
        """
        let page = HTMLPage(html: html)
        XCTAssertTrue(page.text.hasPrefix("The harbour council"), page.text)
        XCTAssertTrue(page.text.hasSuffix("taken so long to approve."), page.text)
    }

    func testReadMoreLinksAndCallsToActionInsideTheStoryAreLeftOut() {
        let html = """
        <html><body><div class="entry-content"><p>\(Story.paragraph1)</p>
        <p>Read more on the harbour: <a href="/other">Ferry timetable changes from Monday onward for all routes</a></p>
        <p>\(Story.paragraph2)</p><div class="donate-cta"><p>Support local journalism with a small monthly gift today.</p></div>
        <p>\(Story.paragraph3)</p><p class="postmetadata">This entry was posted on Tuesday and filed under Harbour and Council by the editors.</p></div></body></html>
        """
        let page = HTMLPage(html: html)
        XCTAssertTrue(page.text.contains(Story.paragraph2), page.text)
        XCTAssertTrue(page.text.hasSuffix("taken so long to approve."), page.text)
        for dropped in ["Ferry timetable", "Support local", "This entry was posted"] {
            XCTAssertFalse(page.text.contains(dropped), "\(dropped) in \(page.text)")
        }
    }

    func testStoryEdges() {
        XCTAssertEqual(StoryEdges.trim("One.\n\nTwo.\n\nThree.\n\nRead more:\n\nNews"), "One.\n\nTwo.\n\nThree.")
        // Sentences, quotations and closing brackets end a story; a short story is left alone.
        XCTAssertEqual(StoryEdges.trim("One.\n\nTwo.\n\n“Three,” she said.”"), "One.\n\nTwo.\n\n“Three,” she said.”")
        XCTAssertEqual(StoryEdges.trim("One.\n\nContact"), "One.\n\nContact")
        XCTAssertEqual(StoryEdges.trim("One.\n\nTwo.\n\nFirst point\nSecond point"), "One.\n\nTwo.\n\nFirst point\nSecond point")
        // A long last paragraph without a full stop is still the story's.
        let long = String(repeating: "word ", count: 20) + "end"
        XCTAssertEqual(StoryEdges.trim("One.\n\nTwo.\n\n" + long), "One.\n\nTwo.\n\n" + long)
        XCTAssertEqual(StoryEdges.trim("Posted 31 December 2008 | News\n\nOne.\n\nTwo."), "One.\n\nTwo.")
        XCTAssertEqual(StoryEdges.trim("In 2008 the pier closed.\n\nOne.\n\nTwo."), "In 2008 the pier closed.\n\nOne.\n\nTwo.")
    }
}

import Foundation
import XCTest

/// The HTML page: server-rendered search, multi-select facets in the URL, histograms, the article
/// view with highlights, and everything an article holds escaped.
final class PageTests: ServedTestCase {
    func testSearchPageWithoutJavaScript() async throws {
        let page = try await fixture.get("/?q=trade")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertTrue(page.body.contains("data-total=\"4\""), page.body)
        XCTAssertTrue(page.body.contains("<b>trade</b>") || page.body.contains("<b>Trade</b>"))
        // Facet values are links that add the value to the URL (multi-select: OR within).
        XCTAssertTrue(page.body.contains("href=\"/?q=trade&amp;country=KR\""), page.body)
        XCTAssertFalse(page.body.contains("<script>"), "no inline script")
        XCTAssertFalse(page.body.contains(" style=\""), "no inline style: CSP default-src 'self'")
    }

    func testMultiSelectIsOrWithinAndAcross() async throws {
        let one = try await fixture.get("/?country=KR")
        let two = try await fixture.get("/?country=KR&country=JP")
        let across = try await fixture.get("/?country=KR&country=JP&leader=Trump")
        func total(_ body: String) -> Int? {
            guard let r = body.range(of: "data-total=\"") else { return nil }
            return Int(body[r.upperBound...].prefix { $0.isNumber })
        }
        XCTAssertEqual(total(one.body), 2)
        XCTAssertEqual(total(two.body), 3)
        XCTAssertEqual(total(across.body), 1)
        XCTAssertTrue(two.body.contains("aria-checked=\"true\" data-value=\"JP\""), two.body)
        // Unticking JP keeps KR.
        XCTAssertTrue(two.body.contains("href=\"/?country=KR\" role=\"checkbox\" aria-checked=\"true\" data-value=\"JP\""), two.body)
    }

    func testHistogramHasZeroBarsAndRangeLinks() async throws {
        let page = try await fixture.get("/?facets=date:month")
        // 2024-12 … 2025-11 by month: twelve bars, the empty months included.
        let bars = page.body.components(separatedBy: "data-bucket=").count - 1
        XCTAssertEqual(bars, 12, page.body)
        XCTAssertTrue(page.body.contains("data-bucket=\"2025-01\""))
        XCTAssertTrue(page.body.contains("class=\"bar zero\" data-bucket=\"2025-01\""), page.body)
        XCTAssertTrue(page.body.contains("href=\"/?facets=date%3Amonth&amp;from=2025-11&amp;to=2025-11\""), page.body)
        let filtered = try await fixture.get("/?from=2025-11&to=2025-11")
        XCTAssertTrue(filtered.body.contains("data-total=\"2\""), filtered.body)
    }

    func testPagingAndDidYouMeanAreLinks() async throws {
        let page = try await fixture.get("/?limit=2&sort=-date")
        XCTAssertTrue(page.body.contains("rel=\"next\" href=\"/?limit=2&amp;sort=-date&amp;offset=2\""), page.body)
        let second = try await fixture.get("/?limit=2&sort=-date&offset=2")
        XCTAssertTrue(second.body.contains("rel=\"prev\""))
        XCTAssertTrue(second.body.contains("<ol class=\"hits\" start=\"3\">"))
    }

    func testInOfficeSwitchFoldCopiesAndMoreLikeThisAreLinks() async throws {
        let page = try await fixture.get("/?q=trade")
        XCTAssertTrue(page.body.contains("href=\"/?q=trade&amp;in_office=true\" aria-pressed=\"false\""), page.body)
        XCTAssertTrue(page.body.contains("href=\"/?q=trade&amp;collapse=true\""), page.body)
        let sitting = try await fixture.get("/?q=trade&in_office=true")
        XCTAssertEqual(sitting.status, 200)
        XCTAssertTrue(sitting.body.contains("aria-pressed=\"true\""), sitting.body)
        XCTAssertTrue(sitting.body.contains("leaders in office: true"), sitting.body)
        let article = try await fixture.get("/article/asia%2Fseoul-summit.md")
        XCTAssertTrue(article.body.contains("href=\"/?similar=asia%2Fseoul-summit.md\">More like this</a>"), article.body)
        let like = try await fixture.get("/?similar=asia%2Fseoul-summit.md")
        XCTAssertEqual(like.status, 200)
        XCTAssertTrue(like.body.contains("Articles most like"), like.body)
        XCTAssertFalse(like.body.contains("href=\"/article/asia%2Fseoul-summit.md\">Seoul"), "the article itself is not among the results")
    }

    func testBadParametersShowAnErrorPage() async throws {
        let page = try await fixture.get("/?limit=1000")
        XCTAssertEqual(page.status, 400)
        XCTAssertTrue(page.body.contains("class=\"error\""))
    }

    func testArticlePageHighlightsMentionsAndLinksEntities() async throws {
        let page = try await fixture.get("/article/asia%2Fseoul-summit.md")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("<mark class=\"leader\" title=\"Lee Jae-myung\">Lee Jae-myung</mark>"), page.body)
        XCTAssertTrue(page.body.contains("<mark class=\"country\" title=\"South Korea\">South Korean</mark>"), page.body)
        XCTAssertTrue(page.body.contains("<mark class=\"date\" title=\"2025-11-02\">November 2, 2025</mark>"), page.body)
        XCTAssertTrue(page.body.contains("href=\"/?leader=cn-xi-jinping\""))
        XCTAssertTrue(page.body.contains("<a href=\"https://fixture.example/seoul\" rel=\"noopener noreferrer nofollow\">"))
    }

    /// Title, body, URL and source that try to inject markup all render as inert text.
    func testArticleTextIsEscapedEverywhere() async throws {
        let views = [try await fixture.get("/?q=Beijing"), try await fixture.get("/article/hostile.md"),
                     try await fixture.get("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
        XCTAssertTrue(views[0].body.contains("data-total=\"1\""), views[0].body)
        for view in views {
            let body = view.body
            XCTAssertFalse(body.contains("<script>alert"), body)
            XCTAssertFalse(body.contains("<img"), body)
            XCTAssertFalse(body.contains("<b>Evil"), body)
            for href in Self.attributes("href", in: body) + Self.attributes("src", in: body) {
                XCTAssertFalse(href.lowercased().hasPrefix("javascript:"), href)
            }
        }
        let article = views[1].body
        XCTAssertTrue(article.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), article)
        XCTAssertTrue(article.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), article)
        XCTAssertTrue(article.contains("javascript:alert(4)"), "the URL is shown as text")
        XCTAssertTrue(article.contains("&lt;script&gt;alert(5)&lt;/script&gt;&quot;&gt;&lt;b&gt;Evil&lt;/b&gt;"), "the source is escaped")
        XCTAssertTrue(article.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "the body is escaped")
        XCTAssertTrue(views[0].body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title in a result is escaped")
    }

    static func attributes(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    func testAssetsComeFromTheBinary() async throws {
        let js = try await fixture.get("/static/app.js")
        XCTAssertEqual(js.headers["content-type"], "text/javascript; charset=utf-8")
        XCTAssertTrue(js.body.contains("setUpHistogram"))
        let css = try await fixture.get("/static/style.css")
        XCTAssertTrue(css.body.contains("@media (max-width: 760px)"))
    }
}

import Foundation
import XCTest
@testable import Indexer

/// The seed article from the issue, read from `shared/` beside the package (or beside a parent
/// folder, for git worktrees). Skipped where `shared/` is not present.
final class DateSeedTests: XCTestCase {
    private func seedText() throws -> String {
        guard let text = try? String(contentsOf: ReaderFixtures.seedArticle, encoding: .utf8) else {
            throw XCTSkip("shared/seed is not beside the package")
        }
        return text
    }

    func testSeedArticleDates() throws {
        let body = try seedText()
        let found = DateRecognizer().recognize(title: "", body: body, published: PartialDate("2025-11-01"))
        XCTAssertEqual(found.map(\.value.description),
                       ["2025-11-01", "2025-10-30", "2026", "2025-10-31", "2017", "2025-10", "2025-06", "2016"])
        XCTAssertEqual(found.first?.mentions.first?.text, "Saturday, November 1, 2025")
        let scalars = Array(("\n\n" + body).unicodeScalars)
        for m in found.flatMap(\.mentions) {
            let span = scalars[m.offset..<(m.offset + m.text.unicodeScalars.count)]
            XCTAssertEqual(String(String.UnicodeScalarView(span)), m.text)
        }
    }

    func testSeedPublicationDate() throws {
        let body = try seedText()
        let r = DateRecognizer().publicationDate(title: "", body: body, fallbackYear: nil)
        XCTAssertEqual(r?.date, PartialDate("2025-11-01"))
        XCTAssertEqual(r?.source, .text)
    }

    /// The plain-text reader takes a file's first line as the title; nothing may change.
    func testSeedWithItsFirstLineAsTitle() throws {
        let text = try seedText()
        let cut = text.firstIndex(of: "\n")!
        let title = String(text[..<cut]), body = String(text[text.index(after: cut)...])
        let r = DateRecognizer().publicationDate(title: title, body: body, fallbackYear: nil)
        XCTAssertEqual(r?.date, PartialDate("2025-11-01"))
        let found = DateRecognizer().recognize(title: title, body: body, published: r?.date)
        XCTAssertEqual(found.map(\.value.description),
                       ["2025-11-01", "2025-10-30", "2026", "2025-10-31", "2017", "2025-10", "2025-06", "2016"])
    }
}

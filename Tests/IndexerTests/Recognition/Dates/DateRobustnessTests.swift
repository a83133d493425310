import Foundation
import XCTest
@testable import Indexer

/// No input may crash the recogniser, and every mention must quote the text at its offset.
final class DateRobustnessTests: XCTestCase {
    private let pieces = ["May", "2025", "-", "/", "1", ",", " ", "\n", "Saturday", "last", "next", "ago", "(",
                          ")", "Nov", ".", "é", "🇨🇭", "of", "in", "31", "'", "s", "year", "month", "since",
                          "LONDON", "\u{2014}", ":", "00", "1999", "two", "days", "today", "the", "Reuters", "\r\n", "\u{2028}"]

    private func checkMentions(title: String, body: String, published: PartialDate?) {
        let found = DateRecognizer().recognize(title: title, body: body, published: published)
        let scalars = Array((title + "\n\n" + body).unicodeScalars)
        for m in found.flatMap(\.mentions) {
            let end = m.offset + m.text.unicodeScalars.count
            XCTAssertTrue(m.offset >= 0 && end <= scalars.count)
            if m.offset >= 0, end <= scalars.count {
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[m.offset..<end])), m.text)
            }
        }
        _ = DateRecognizer().publicationDate(title: title, body: body, fallbackYear: published?.year)
    }

    func testRandomBytes() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...400, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let s = String(decoding: bytes, as: UTF8.self)
            checkMentions(title: String(s.prefix(20)), body: s, published: DateTestSupport.saturday)
        }
    }

    func testRandomDateLikeText() {
        var rng = SystemRandomNumberGenerator()
        let pubs: [PartialDate?] = [nil, PartialDate(year: 2025), PartialDate(year: 2025, month: 1),
                                    PartialDate(year: 2024, month: 2, day: 29), DateTestSupport.saturday]
        for n in 0..<500 {
            let body = (0..<Int.random(in: 0...120, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            checkMentions(title: n % 3 == 0 ? "" : "Title", body: body, published: pubs[n % pubs.count])
        }
    }

    func testEdgeInputs() {
        for s in ["", "\n", "2025", "May", "Saturday", "Nov.", "1st", "2025-", "2025-11-", "99999999999999999999 May",
                  "LONDON,", "LONDON, March", "LONDON, March 3", "LONDON, March 3 (", "31/12/", "last", "this coming"] {
            checkMentions(title: "", body: s, published: DateTestSupport.saturday)
            checkMentions(title: s, body: "", published: nil)
        }
    }

    func testAbsurdPublicationDates() {
        for pub in [PartialDate(year: Int.max, month: 12, day: 31), PartialDate(year: Int.min, month: 1, day: 1),
                    PartialDate(year: 2025, month: 13, day: 40), PartialDate(year: 0)] {
            checkMentions(title: "", body: "Yesterday, last month, next year, on Friday, in June and Nov 1.", published: pub)
        }
    }
}

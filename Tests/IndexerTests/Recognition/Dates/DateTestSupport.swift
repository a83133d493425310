import XCTest
@testable import Indexer

/// Shorthands for the date tests. Publication defaults to Saturday 2025-11-01, the seed article's day.
enum DateTestSupport {
    static let saturday = PartialDate(year: 2025, month: 11, day: 1)

    /// The normalised values found in `body`, in order of first mention.
    static func values(_ body: String, title: String = "", published: PartialDate? = saturday) -> [String] {
        DateRecognizer().recognize(title: title, body: body, published: published).map(\.value.description)
    }

    /// Each mention's quoted text, in order of first mention of its value.
    static func spans(_ body: String, published: PartialDate? = saturday) -> [String] {
        DateRecognizer().recognize(title: "", body: body, published: published).flatMap { $0.mentions.map(\.text) }
    }

    static func date(_ s: String) -> PartialDate { PartialDate(s)! }

    /// Checks a table of `text: values` rows against `values(_:published:)`; a failing row is
    /// reported with its text at the table's line.
    static func assertValues(_ rows: KeyValuePairs<String, [String]>, published: PartialDate? = saturday,
                             file: StaticString = #filePath, line: UInt = #line) {
        for (text, expected) in rows {
            XCTAssertEqual(values(text, published: published), expected, text, file: file, line: line)
        }
    }

    /// The same for rows that each carry their own publication date (nil: none).
    static func assertValues(dated rows: [(published: String?, text: String, values: [String])],
                             file: StaticString = #filePath, line: UInt = #line) {
        for row in rows {
            XCTAssertEqual(values(row.text, published: row.published.map(date)), row.values, row.text, file: file, line: line)
        }
    }

    /// Checks a table of `text: spans` rows against `spans(_:published:)`.
    static func assertSpans(_ rows: KeyValuePairs<String, [String]>, published: PartialDate? = saturday,
                            file: StaticString = #filePath, line: UInt = #line) {
        for (text, expected) in rows {
            XCTAssertEqual(spans(text, published: published), expected, text, file: file, line: line)
        }
    }
}

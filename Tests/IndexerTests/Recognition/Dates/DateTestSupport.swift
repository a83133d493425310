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
}

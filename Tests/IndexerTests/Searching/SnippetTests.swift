import XCTest
@testable import Indexer

/// `SnippetMaker`: the passage shown for a hit, built in Swift instead of by Xapian's MSet::snippet.
final class SnippetTests: XCTestCase {
    private let stemmer = try! Stemmer(language: "english")

    /// A snippet for query terms as Xapian lists them (`Z` + stem, plain words, prefixed terms).
    private func snippet(_ terms: [String], wildcards: [String] = [], length: Int = 200, _ body: String) throws -> String? {
        try SnippetMaker(queryTerms: terms, wildcards: wildcards, stemmer: stemmer, length: length).snippet(of: body)
    }

    private func stemmed(_ words: String) throws -> [String] {
        try words.split(separator: " ").map { "Z" + (try stemmer.stem(String($0))) }
    }

    func testStemmedQueryWordsMatchEveryFormOfTheWord() throws {
        XCTAssertEqual(try snippet(try stemmed("agreeing"), "They agreed, and agreement followed."),
                       "They <b>agreed</b>, and agreement followed.")
        // Snowball turns a second-letter y into i ("dying" → "die"): such words must still be looked at.
        XCTAssertEqual(try snippet(try stemmed("die"), "Dying trees lie on dead ground."), "<b>Dying</b> trees lie on dead ground.")
        XCTAssertEqual(try snippet(try stemmed("lie"), "Lying is bad."), "<b>Lying</b> is bad.")
    }

    /// Every word of a varied text is found by a query for its own stem: the two-letter filter
    /// never hides a word the stemmer would match.
    func testTheFirstTwoLettersFilterMissesNoWord() throws {
        let text = """
            Dying lying tying skies ugly early only news gently idly hoping cries ties generous generously \
            communism united news howe atlas cosmos bias andes succeeding proceeded exceed inning outing \
            canning herring earring skis sky cosmic Éclairs naïve café's yesterday's rugby ay oy by
            """
        for word in text.split(separator: " ") {
            let lower = word.lowercased()
            // Queries are folded as the index is (Schema+Folding): "éclairs" is asked for as eclairs.
            let s = try XCTUnwrap(try snippet(["Z" + (try stemmer.stem(Schema.foldAccents(lower)))], "x \(word) y"), String(word))
            XCTAssertEqual(s, "x <b>\(word)</b> y")
        }
    }

    /// The filter's two facts about the stemmer, checked on every word of the Examples/ articles:
    /// a stem keeps the word's first byte and its second (or turns a second y into i), and is
    /// never longer than the word.
    func testTheStemmerKeepsTheHeadOfEveryExampleWord() throws {
        let examples = ReaderFixtures.packageRoot.appendingPathComponent("Examples")
        var words = Set<String>()
        for case let url as URL in FileManager.default.enumerator(at: examples, includingPropertiesForKeys: nil)! {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBufferPointer { buf in
                var tokens = WordTokenizer(text: UnsafeBufferPointer(buf), limit: buf.count)
                while let (a, b) = tokens.next() { words.insert(String(decoding: buf[a..<b], as: UTF8.self).lowercased()) }
            }
        }
        XCTAssertGreaterThan(words.count, 1_000)
        for word in words {
            let stem = Array(try stemmer.stem(word).utf8), w = Array(word.utf8)
            XCTAssertLessThanOrEqual(stem.count, w.count, word)
            guard let s0 = stem.first else { continue }
            XCTAssertEqual(s0, w[0], word)
            if stem.count > 1 { XCTAssertTrue(stem[1] == w[1] || (stem[1] == UInt8(ascii: "i") && w[1] == UInt8(ascii: "y")), word) }
        }
    }

    /// The first-two-bytes filter is English-only: other stemmers change a word's head.
    func testOtherLanguagesStemEveryWord() throws {
        let german = try Stemmer(language: "german")
        let stem = try german.stem("häuser")
        let maker = try SnippetMaker(queryTerms: ["Z" + stem], wildcards: [], stemmer: german, length: 200)
        XCTAssertEqual(try maker.snippet(of: "Alte Häuser stehen."), "Alte <b>Häuser</b> stehen.")
    }

    func testPlainTermsPrefixedTermsAndWildcards() throws {
        // Phrase words come unstemmed; adjacent matches share one highlight.
        XCTAssertEqual(try snippet(["trade", "truce"], "They agreed a trade truce on Friday."),
                       "They agreed a <b>trade truce</b> on Friday.")
        XCTAssertEqual(try snippet(["truce"], "No truces here."), nil)
        // Title words and filter terms never occur in a body.
        XCTAssertNil(try snippet(["Strade", "ZStrade", "XCkr"], "trade with Korea"))
        XCTAssertEqual(try snippet([], wildcards: ["tari"], "New Tariffs and a tariff rise."),
                       "New <b>Tariffs</b> and a <b>tariff</b> rise.")
        XCTAssertEqual(SnippetMaker.wildcardPrefixes(in: "Tari* AND (+exp*) title:ste* \"a b\" *"), ["tari", "exp"])
    }

    func testWordsAreSplitLikeXapian() throws {
        XCTAssertEqual(try snippet(["don't"], "I don't know; don ts."), "I <b>don't</b> know; don ts.")
        // Query terms come folded (Schema+Folding), and the body's words are folded to meet them.
        XCTAssertEqual(try snippet(["uber"], "Das Über-Ich."), "Das <b>Über</b>-Ich.")
        XCTAssertEqual(try snippet(try stemmed("cafe"), "Two cafés, one cafe."), "Two <b>cafés</b>, one <b>cafe</b>.")
        // Xapian indexes ’ as ', so the query term has the straight one.
        XCTAssertEqual(try snippet(["it's"], "So it’s done, it's done."), "So <b>it’s</b> done, <b>it's</b> done.")
        XCTAssertEqual(try snippet(["2025"], "In 2025, not 20250."), "In <b>2025</b>, not 20250.")
    }

    func testEscapesAndCollapsesWhiteSpace() throws {
        XCTAssertEqual(try snippet(try stemmed("profits"), "Profits rose <5%\n\n at  Smith & Sons."),
                       "<b>Profits</b> rose &lt;5% at Smith &amp; Sons.")
    }

    func testTheWindowWithTheMostDistinctTermsWins() throws {
        let filler = String(repeating: "Nothing to see in this sentence. ", count: 10)
        let body = "Alpha appears alone here. " + filler + "Later alpha and beta appear together. " + filler
        let s = try XCTUnwrap(try snippet(["alpha", "beta"], length: 100, body))
        XCTAssertTrue(s.hasPrefix("…Later <b>alpha</b> and <b>beta</b> appear together."), s)
        XCTAssertTrue(s.hasSuffix("…"), s)
        // Equal windows: the earlier one.
        let tie = try XCTUnwrap(try snippet(["alpha"], length: 100, "Intro words. " + filler + "First alpha. " + filler + "Second alpha."))
        XCTAssertTrue(tie.hasPrefix("…First <b>alpha</b>."), tie)
    }

    func testAPassageStartsAtItsSentenceAndEndsAfterAWord() throws {
        let body = String(repeating: "Passenger numbers stayed close to last year. ", count: 20)
            + "Engineers finished new signalling equipment on the northern line. "
            + String(repeating: "Passenger numbers stayed close to last year. ", count: 20)
        let s = try XCTUnwrap(try snippet(try stemmed("signalling"), body))
        XCTAssertTrue(s.hasPrefix("…Engineers finished new <b>signalling</b>"), s)
        XCTAssertTrue(s.hasSuffix(" year.…") || s.hasSuffix("…"), s)
        let plain = s.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
        XCTAssertLessThanOrEqual(plain.utf8.count, 200 + 2 * "…".utf8.count)
        XCTAssertGreaterThan(plain.utf8.count, 180)
        // Whole words only at the cut.
        XCTAssertFalse(plain.dropLast().hasSuffix(" "))
        XCTAssertTrue(plain.dropLast().last.map { $0.isLetter || $0 == "." } ?? false, plain)
        // No sentence start within reach: a few words before the match, cut at a space.
        let run = String(repeating: "word ", count: 200) + "target " + String(repeating: "word ", count: 200)
        let t = try XCTUnwrap(try snippet(["target"], run))
        XCTAssertTrue(t.hasPrefix("…word "), t)
        XCTAssertTrue(t.contains(" <b>target</b> word"), t)
    }

    func testAWordLongerThanTheSnippetIsShownWhole() throws {
        XCTAssertEqual(try snippet(["extraordinarily"], length: 5, "An extraordinarily long extraordinarily word."),
                       "…<b>extraordinarily</b>…")
    }

    func testOnlyTheHeadOfALongBodyIsSearched() throws {
        let head = String(repeating: "x", count: SnippetMaker.scanLimit)
        XCTAssertNil(try snippet(["needle"], head + " needle"))
        XCTAssertNotNil(try snippet(["needle"], "needle " + head))
    }

    /// Issue 12 item 17: no-break and zero-width spaces never reach a passage.
    func testSnippetsFoldNoBreakAndZeroWidthSpaces() throws {
        XCTAssertEqual(try snippet(["truce"], "A trade\u{A0}truce\u{200B} was agreed.\u{FEFF}"), "A trade <b>truce</b> was agreed.")
        XCTAssertEqual(Searcher.opening(of: SnippetText.spacesFolded("One\u{202F}two\u{200D}"), length: 200), "One two")
    }

    /// Issue 12 item 17: stopwords come into a query only inside phrases, and are highlighted only there.
    func testStopwordsAreHighlightedOnlyInsideThePhrase() throws {
        let body = "The talks on the state of the union ended. The rest of the day was quiet."
        XCTAssertEqual(try snippet(["state", "of", "the", "union"], body),
                       "The talks on the <b>state of the union</b> ended. The rest of the day was quiet.")
        // A query of stopwords only highlights them all.
        XCTAssertEqual(try snippet(["the"], "The end of the day."), "<b>The</b> end of <b>the</b> day.")
    }
}

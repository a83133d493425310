import Foundation
import XCTest
@testable import Indexer

/// Replays the libFuzzer corpus (`scripts/fuzz/corpus`) through `Searcher`, the Swift side of
/// the shim path the harness fuzzes, so its inputs are checked on every `swift test` even where
/// clang's libFuzzer is missing (`make test` also runs a bounded libFuzzer pass when it is there).
final class FuzzCorpusReplayTests: XCTestCase {
    /// The harness's three documents, in the project's own words.
    static let harnessTexts = [
        "Trade truce in Busan\n\nXi and Trump agree a trade truce in Busan; tariffs on soybeans cut.",
        "A new president in Seoul\n\nLee Jae-myung is sworn in as South Korea's president after the snap election.",
        "Forest fund\n\nBrazil launches a tropical forest fund at COP30 in Belem; France pledges support.",
    ]

    func testEveryCorpusInputGivesAResultOrACleanError() throws {
        let corpus = ReaderFixtures.packageRoot.appendingPathComponent("scripts/fuzz/corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        XCTAssertGreaterThanOrEqual(files.count, 13, "the committed corpus is missing inputs")

        let scratch = try Scratch()
        defer { scratch.remove() }
        let searcher = try scratch.searcher(over: Self.harnessTexts)

        var answered: [String: Int] = [:]
        for name in files {
            let bytes = try Data(contentsOf: corpus.appendingPathComponent(name))
            let text = String(decoding: bytes, as: UTF8.self)
            do {
                answered[text.trimmingCharacters(in: .whitespacesAndNewlines)] = try searcher.search(SearchRequest(text: text)).total
            } catch {
                XCTAssertFalse(error.description.isEmpty, name)
                if case .engine(let e) = error, ![.queryParser, .invalidArgument].contains(e.kind) {
                    XCTFail("\(name) \(text.debugDescription): engine failure \(e)")
                }
            }
        }
        // A few inputs whose answers are known by construction of the three documents.
        XCTAssertEqual(answered["trade truce"], 1)
        XCTAssertEqual(answered["\"trade truce\""], 1)
        XCTAssertEqual(answered["+france -germany"], 1)
        XCTAssertEqual(answered["NOT trade"], 2)
    }
}

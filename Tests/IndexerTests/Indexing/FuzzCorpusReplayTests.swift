import Foundation
import XCTest
@testable import Indexer

/// Replays the libFuzzer corpus (`scripts/fuzz/corpus`) through `Searcher`, the Swift side of
/// the shim path the harness fuzzes, so its inputs are checked on every `swift test` even where
/// clang's libFuzzer is missing (`make test` also runs a bounded libFuzzer pass when it is there).
final class FuzzCorpusReplayTests: XCTestCase {
    func testEveryCorpusInputGivesAResultOrACleanError() throws {
        let corpus = ReaderFixtures.packageRoot.appendingPathComponent("scripts/fuzz/corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        XCTAssertGreaterThanOrEqual(files.count, 13, "the committed corpus is missing inputs")

        let base = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-replay-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let src = base.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: src, withIntermediateDirectories: true)
        // The harness's three documents, in the project's own words.
        let texts = [
            "Trade truce in Busan\n\nXi and Trump agree a trade truce in Busan; tariffs on soybeans cut.",
            "A new president in Seoul\n\nLee Jae-myung is sworn in as South Korea's president after the snap election.",
            "Forest fund\n\nBrazil launches a tropical forest fund at COP30 in Belem; France pledges support.",
        ]
        for (i, t) in texts.enumerated() { try t.write(to: src.appendingPathComponent("a\(i).txt"), atomically: false, encoding: .utf8) }
        var options = IndexOptions(); options.jobs = 1
        let ix = base.appendingPathComponent("ix").path
        _ = try IndexBuilder(indexPath: ix, options: options).index(folder: src.path)
        let searcher = try Searcher(indexPath: ix)

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

import Foundation
import XCTest
@testable import Indexer

/// Issue 5, fuzzing: thousands of random and mutated query strings through `Searcher`, and
/// random and mutated article files through `ArticleReader`. Each must give a result or a clean
/// error (`SearchError`, `ReadError`); a crash fails the whole test process.
///
/// Sizes scale with FUZZ_ITERATIONS (default 3 000 each), so a longer campaign is
/// `FUZZ_ITERATIONS=200000 swift test -c release --filter FuzzTests`. FUZZ_SEED fixes the seed.
final class FuzzTests: XCTestCase {
    static var iterations: Int { ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3_000 }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["FUZZ_SEED"].flatMap(UInt64.init) ?? 0x5EED_2025 }

    typealias Rng = SplitMix64

    static let querySeeds = [
        "trade tariffs", "\"trade truce\"", "title:summit", "country:KR leader:\"Xi Jinping\"",
        "date:2025-10-01..2025-11-30", "mentioned:2026", "trade AND NOT china", "(forest OR jungle) NEAR rain",
        "tariff*", "+france -germany", "country:\"South Korea\"", "leader:xi date:2025", "a OR b AND c",
        "date:..2025-01", "date:2024-12..", "country:US country:CN", "mentioned:2025-11..2026-02",
    ]
    static let queryAlphabet: [String] = ["a", "z", " ", "\"", "(", ")", ":", "*", "-", "+", "..", "AND", "OR", "NOT", "NEAR",
        "XOR", "ADJ", "/", "\\", "'", "country:", "leader:", "date:", "mentioned:", "title:", "2025", "-13-", "00", "é",
        "😀", "\u{0}", "\u{FFFD}", "\t", "\n", "%", "&", "<b>", "9999-99-99", "..2025", "Xi", "KR", "#", "@", "~", "^", "{", "}"]

    static func mutate(_ s: String, _ rng: inout Rng) -> String {
        var scalars = Array(s.unicodeScalars)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            switch Int.random(in: 0..<5, using: &rng) {
            case 0 where !scalars.isEmpty: scalars.remove(at: Int.random(in: 0..<scalars.count, using: &rng))
            case 1: scalars.insert(contentsOf: queryAlphabet.randomElement(using: &rng)!.unicodeScalars,
                                   at: Int.random(in: 0...scalars.count, using: &rng))
            case 2 where !scalars.isEmpty:
                let i = Int.random(in: 0..<scalars.count, using: &rng)
                scalars[i] = Unicode.Scalar(UInt32.random(in: 0x20...0x7E, using: &rng))!
            case 3: scalars += querySeeds.randomElement(using: &rng)!.unicodeScalars
            default:
                if scalars.count > 1 { scalars = Array(scalars[Int.random(in: 0..<scalars.count, using: &rng)...]) }
            }
        }
        var out = String.UnicodeScalarView(); out.append(contentsOf: scalars)
        return String(out)
    }

    static func randomQuery(_ rng: inout Rng) -> String {
        if Bool.random(using: &rng) { return mutate(querySeeds.randomElement(using: &rng)!, &rng) }
        return (0..<Int.random(in: 0...12, using: &rng)).map { _ in queryAlphabet.randomElement(using: &rng)! }.joined()
    }

    func testRandomAndMutatedQueriesGiveAResultOrASearchError() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let src = base.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: src, withIntermediateDirectories: true)
        let texts = [
            "Xi and Trump agree trade truce\n\nChinese President Xi Jinping met U.S. President Donald Trump in Busan on October 30, 2025 to agree a trade truce.",
            "Lee Jae-myung sworn in\n\nSouth Korea's President Lee Jae-myung took office in Seoul on June 4, 2025; Japan and China sent envoys.",
            "Forest fund launched\n\nBrazil launched a tropical forest fund at COP30 in Belem in November 2025; France pledged support.",
        ]
        for (i, t) in texts.enumerated() { try t.write(to: src.appendingPathComponent("a\(i).txt"), atomically: false, encoding: .utf8) }
        var options = IndexOptions(); options.jobs = 1
        _ = try IndexBuilder(indexPath: base.appendingPathComponent("ix").path, options: options).index(folder: src.path)
        let searcher = try Searcher(indexPath: base.appendingPathComponent("ix").path)

        var rng = Rng(state: Self.seed)
        var results = 0, errors = 0
        let started = Date()
        for n in 0..<Self.iterations {
            var r = SearchRequest(text: Self.randomQuery(&rng))
            // Unknown filter names cost a did-you-mean search over the gazetteer (tens of ms in a
            // debug build), so they come two times in a hundred and the query text carries the rest.
            switch n % 20 {
            case 1 where n % 100 == 1: r.countries = [Self.randomQuery(&rng)]
            case 2 where n % 100 == 2: r.leaders = [Self.randomQuery(&rng)]
            case 3: r.from = Self.mutate("2025-06-01", &rng); r.to = Self.mutate("2025-12", &rng)
            case 4: r.facets = [FacetSpec(.country), FacetSpec(.date)]
            case 5: r.mentionedFrom = Self.randomQuery(&rng)
            case 6: r.sort = SearchRequest.Sort.allCases.randomElement(using: &rng)!; r.offset = Int.random(in: 0...5, using: &rng)
            default: break
            }
            do {
                let result = try searcher.search(r)
                XCTAssertLessThanOrEqual(result.hits.count, r.limit)
                results += 1
            } catch {
                XCTAssertFalse(error.description.isEmpty)
                if case .engine(let e) = error, ![.queryParser, .invalidArgument].contains(e.kind) {
                    XCTFail("query \(r.text.debugDescription) (seed \(Self.seed), #\(n)): engine failure \(e)")
                }
                errors += 1
            }
        }
        print("fuzz queries: \(Self.iterations) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, \(results) results, \(errors) clean errors")
        XCTAssertGreaterThan(results, 0)
        XCTAssertGreaterThan(errors, 0, "the generator should reach some bad queries")
    }

    static let articleSeeds: [(String, String)] = [
        ("a.txt", "Title line\n\nBody text about France on March 3, 2025.\n"),
        ("a.md", "---\ntitle: \"Front matter\"\ndate: 2025-11-01\n---\n# Heading\n\nBody with *emphasis* and [a link](http://x).\n"),
        ("a.html", "<html><head><title>T</title><meta property=\"article:published_time\" content=\"2025-10-30\"></head><body><article><p>Story &amp; text</p></article></body></html>"),
        ("a.json", "{\"title\": \"T\", \"body\": \"B about Japan\", \"date\": \"2025-01-02\", \"url\": \"http://x\"}"),
        ("a.json", "[{\"headline\": \"One\", \"text\": \"First\"}, {\"headline\": \"Two\", \"content\": \"Second\"}]"),
        ("a.jsonl", "{\"title\":\"A\",\"body\":\"x\"}\n{\"title\":\"B\",\"body\":\"y\"}\n"),
        ("a.csv", "title,body,date\n\"Quoted, title\",\"Body \"\"with\"\" quotes\",2025-02-03\nPlain,Text,\n"),
    ]
    static let byteAlphabet: [UInt8] = Array("<>\"'{}[],:;\n\r\t-#*&=/\\ aZ0".utf8) + [0x00, 0x80, 0xC3, 0xA9, 0xE2, 0xEF, 0xBB, 0xBF, 0xFF, 0xFE]

    func testRandomAndMutatedArticleFilesGiveArticlesOrAReadError() {
        var rng = Rng(state: Self.seed ^ 0xA271C1E)
        var articles = 0, errors = 0
        let started = Date()
        let extensions = ["txt", "md", "html", "htm", "json", "jsonl", "csv", "markdown", "ndjson"]
        for n in 0..<Self.iterations {
            let (name, text) = Self.articleSeeds.randomElement(using: &rng)!
            var bytes = Array(text.utf8)
            if n % 5 == 0 {
                bytes = (0..<Int.random(in: 0...300, using: &rng)).map { _ in Self.byteAlphabet.randomElement(using: &rng)! }
            } else {
                for _ in 0..<Int.random(in: 1...8, using: &rng) {
                    let i = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0 where !bytes.isEmpty: bytes.remove(at: i)
                    case 1: bytes.insert(Self.byteAlphabet.randomElement(using: &rng)!, at: i)
                    case 2 where !bytes.isEmpty: bytes[i] = UInt8.random(in: 0...255, using: &rng)
                    default: bytes = Array(bytes.prefix(i))
                    }
                }
            }
            let ext = n % 3 == 0 ? extensions.randomElement(using: &rng)! : (name as NSString).pathExtension
            let file = ArticleFile(path: "/fuzz/\(n).\(ext)", relativePath: "\(n).\(ext)", size: bytes.count, modified: Date())
            do {
                let read = try ArticleReader.read(data: Data(bytes), file: file)
                for a in read.articles {
                    XCTAssertFalse(a.body.isEmpty, "article without body from \(bytes) as .\(ext)")
                    XCTAssertTrue(a.id.hasPrefix(file.relativePath))
                }
                articles += read.articles.count
            } catch {
                XCTAssertFalse(error.reason.isEmpty)
                XCTAssertEqual(error.path, file.relativePath)
                errors += 1
            }
        }
        print("fuzz articles: \(Self.iterations) files in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, \(articles) articles, \(errors) clean read errors")
        XCTAssertGreaterThan(articles, 0)
        XCTAssertGreaterThan(errors, 0)
    }
}

import Foundation
import XCTest
@testable import Indexer

/// Damaged copies of the WARC, feed and wire fixtures (bytes flipped, cut, repeated, lengths
/// rewritten): every reader returns articles or a reason, and never crashes or hangs.
final class ArchiveFuzzTests: XCTestCase {
    private func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: ReaderFixtures.articles.appendingPathComponent(name)))
    }

    private func mutate(_ bytes: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var out = bytes
        switch rng.next() % 5 {
        case 0:   // flip a few bytes
            for _ in 0..<(1 + Int(rng.next() % 8)) where !out.isEmpty { out[Int(rng.next() % UInt64(out.count))] ^= UInt8(truncatingIfNeeded: rng.next() | 1) }
        case 1:   // cut
            out = Array(out.prefix(Int(rng.next() % UInt64(out.count + 1))))
        case 2:   // drop a slice
            let a = Int(rng.next() % UInt64(out.count)), b = min(out.count, a + Int(rng.next() % 300))
            out.removeSubrange(a..<b)
        case 3:   // repeat a slice
            let a = Int(rng.next() % UInt64(out.count)), b = min(out.count, a + Int(rng.next() % 300))
            out.insert(contentsOf: out[a..<b], at: b)
        default:  // rewrite digits (lengths, chunk sizes, dates) with huge or odd numbers
            let digits = out.indices.filter { (0x30...0x39).contains(out[$0]) }
            for _ in 0..<4 where !digits.isEmpty {
                let at = digits[Int(rng.next() % UInt64(digits.count))]
                let replacement = Array(["9999999999999999999", "0", "ffffffffffffffff", "-1", "18446744073709551615"][Int(rng.next() % 5)].utf8)
                out.replaceSubrange(at..<(at + 1), with: replacement)
            }
        }
        return out
    }

    func testDamagedArchivesAndFeedsNeverCrash() throws {
        var rng = SplitMix64(state: 0x5EED_F00D)
        let sources: [(String, String)] = [("warc/pages.warc", "a.warc"), ("warc/pages.warc.gz", "a.warc.gz"),
                                           ("feeds/world.rss", "a.rss"), ("feeds/science.atom", "a.atom"),
                                           ("wire/bundle.newsml.xml", "a.xml"), ("wire/story.nitf.xml", "b.xml")]
        let inputs = try sources.map { (try fixture($0.0), $0.1) }
        var read = 0, failed = 0
        for round in 0..<600 {
            let (bytes, name) = inputs[round % inputs.count]
            var damaged = mutate(bytes, using: &rng)
            if rng.next() % 3 == 0 { damaged = mutate(damaged, using: &rng) }
            do {
                let result = try ReaderFixtures.read(bytes: damaged, as: name)
                read += 1
                for a in result.articles { XCTAssertFalse(a.body.isEmpty, "\(name) round \(round)") }
            } catch {
                failed += 1
                XCTAssertFalse((error as? ReadError)?.reason.isEmpty ?? true, "\(error)")
            }
        }
        XCTAssertGreaterThan(read, 100)
        XCTAssertGreaterThan(failed, 0)
    }
}

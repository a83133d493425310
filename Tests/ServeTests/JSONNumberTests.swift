import Foundation
import NewsIndexOutput
import XCTest

/// Issue 18: scores are written with C's formatter instead of Foundation's `String(format:)`;
/// the text must stay what `%.4f` printed before, byte for byte, rounding included.
final class JSONNumberTests: XCTestCase {
    func testADoubleIsWrittenAsPercentPointFourF() {
        var values: [Double] = [0, -0.0, 1, -1, 0.5, 0.00005, 0.00015, 0.12345, 0.12355, 2.71828, 12.999_95, 1e-9, 123_456.789,
                                9.999_999, 1e20, 1e57, 1e60, -1e300, Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Double(state >> 11) / Double(1 << 53) * 40 - 5)
        }
        for d in values {
            XCTAssertEqual(JSON.double(d).text, String(format: "%.4f", d), "\(d)")
        }
        XCTAssertEqual(JSON.double(.nan).text, "null")
        XCTAssertEqual(JSON.double(.infinity).text, "null")
    }
}

/// The byte writer escapes strings as the String one did.
final class JSONStringTests: XCTestCase {
    func testEscapes() {
        XCTAssertEqual(JSON.string("a\"b\\c\n\r\t\u{1}\u{1f}é “q” 👍🏽").text, #""a\"b\\c\n\r\t\u0001\u001fé “q” 👍🏽""#)
        for s in ["", "plain", "\u{0}", "tab\tend", "\u{7f}\u{80}\u{2028}"] {
            var old = ""
            JSON.quote(s, into: &old)
            XCTAssertEqual(JSON.string(s).text, old, s)
        }
        XCTAssertEqual(JSON.object([("k", .array([.int(-3), .bool(true), .null, .double(0.5)]))]).text, #"{"k":[-3,true,null,0.5000]}"#)
    }
}

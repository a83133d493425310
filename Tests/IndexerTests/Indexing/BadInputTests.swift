import Foundation
import XCTest
@testable import Indexer

/// Hostile files through `ArticleReader`, in process: each gives articles or a short `ReadError`,
/// never a crash (deep nesting must not exhaust the stack) and never an unbounded message.
final class BadInputTests: XCTestCase {
    private func read(_ bytes: [UInt8], as name: String) -> Result<[Article], ReadError> {
        let file = ArticleFile(path: "/bad/" + name, relativePath: name, size: bytes.count, modified: Date())
        do { return .success(try ArticleReader.read(data: Data(bytes), file: file).articles) } catch { return .failure(error) }
    }

    private func read(_ text: String, as name: String) -> Result<[Article], ReadError> { read(Array(text.utf8), as: name) }

    private func reason(_ r: Result<[Article], ReadError>) -> String? {
        if case .failure(let e) = r { return e.reason }
        return nil
    }

    func testDeepNestingIsRefusedOrReadWithoutCrashing() {
        XCTAssertTrue(reason(read(String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000), as: "deep.json"))?
            .hasPrefix("malformed JSON") == true)
        XCTAssertNotNil(reason(read(String(repeating: "{\"a\":", count: 50_000) + "1" + String(repeating: "}", count: 50_000), as: "deep2.json")))
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "Deep text about France" + String(repeating: "</div>", count: 100_000)
        if case .success(let a) = read(html, as: "deep.html") { XCTAssertTrue(a.first?.body.contains("Deep text") == true) } else { XCTFail("deep HTML") }
        let unclosed = "<html><body>" + String(repeating: "<div><span><b>", count: 50_000) + "text here"
        if case .success(let a) = read(unclosed, as: "unclosed.html") { XCTAssertTrue(a.first?.body.contains("text here") == true) } else { XCTFail("unclosed HTML") }
        XCTAssertNotNil(try? read("Title\n\n" + String(repeating: "> ", count: 50_000) + "quoted text\n", as: "deep.md").get())
    }

    func testMessagesStayShort() throws {
        let header = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        let r = try XCTUnwrap(reason(read(header + "\n" + String(repeating: "v,", count: 99_999) + "v\n", as: "wide.csv")))
        XCTAssertTrue(r.contains("no text column"), r)
        XCTAssertLessThan(r.count, 400, "a reason is one short line, not the whole header")
        // The header's first names are shown and the rest counted: shown + counted = all 100,000.
        let listed = try XCTUnwrap(r.range(of: "c0, ").map { String(r[$0.lowerBound...]) }, r)
        let parts = listed.components(separatedBy: " and ")
        XCTAssertEqual(parts.count, 2, r)
        let shown = parts[0].components(separatedBy: ", ")
        XCTAssertEqual(shown, (0..<shown.count).map { "c\($0)" }, r)
        let counted = Int(try XCTUnwrap(parts.last?.components(separatedBy: " ").first, r))
        XCTAssertEqual(shown.count + (counted ?? 0), 100_000, r)
        XCTAssertTrue(parts[1].hasPrefix("\(counted ?? -1) more"), r)
    }

    func testEncodingsAndEmptiness() {
        XCTAssertEqual(reason(read([0xEF, 0xBB, 0xBF], as: "bom.txt")), "no body text")
        XCTAssertEqual(reason(read("   \n\n\t \n", as: "ws.txt")), "no body text")
        XCTAssertEqual(reason(read([UInt8](), as: "e.md")), "empty file")
        XCTAssertEqual(reason(read(Array("Title\n\nBody".utf8) + [0, 0, 1] + Array("more".utf8), as: "nul.txt")), "binary content, not text")
        var u16: [UInt8] = [0xFF, 0xFE]
        for u in "Title here\n\nBody in UTF-16 about Germany.\n".utf16 { u16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        if case .success(let a) = read(u16, as: "u16.txt") {
            XCTAssertEqual(a.first?.title, "Title here")
            XCTAssertEqual(a.first?.decodedAsWindows1252, false)
        } else { XCTFail("UTF-16 with BOM") }
        // Cut inside a multi-byte character: not UTF-8, so the Windows-1252 fallback reads it.
        if case .success(let a) = read(Array("Title\n\nBody ends mid-char ".utf8) + [0xE2, 0x82], as: "cut.txt") {
            XCTAssertEqual(a.first?.decodedAsWindows1252, true)
        } else { XCTFail("truncated UTF-8") }
        if case .success(let a) = read(Array("Title\r\n\r\nBody with CRLF about Japan.\r\n".utf8), as: "crlf.txt") {
            XCTAssertFalse(a.first?.body.contains("\r") ?? true)
        } else { XCTFail("CRLF") }
    }
}

import Foundation
import XCTest
@testable import Indexer

/// Charsets of saved pages: BOM, declaration, detection, and stray NUL bytes.
final class HTMLCharsetTests: XCTestCase {
    private func page(_ head: String, _ body: [UInt8]) -> Data {
        Data(Array("<html><head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8))
    }

    func testWindows1250Declared() {
        // "Zażółć gęślą jaźń" in windows-1250.
        let bytes: [UInt8] = [0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0xE6, 0x20, 0x67, 0xEA, 0x9C, 0x6C, 0xB9, 0x20, 0x6A, 0x61, 0x9F, 0xF1]
        let p = HTMLPage(data: page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">", bytes))
        XCTAssertEqual(p.text, "Zażółć gęślą jaźń")
        XCTAssertEqual(p.charset, "windows-1250")
        XCTAssertFalse(p.usedWindows1252Fallback)
    }

    func testISO88592AndLatin1Labels() {
        // "Łódź" in ISO-8859-2: Ł=A3 ó=F3 d ź=BC
        let p = HTMLPage(data: page("<meta charset=\"ISO-8859-2\">", [0xA3, 0xF3, 0x64, 0xBC]))
        XCTAssertEqual(p.text, "Łódź")
        XCTAssertEqual(p.charset, "iso-8859-2")
        // ISO-8859-1 means Windows-1252, as in browsers: 0x80 is the euro sign.
        let q = HTMLPage(data: page("<meta charset=iso-8859-1>", [0x80, 0x20, 0x35, 0x20, 0xE9]))
        XCTAssertEqual(q.text, "€ 5 é")
        XCTAssertEqual(q.charset, "windows-1252")
        XCTAssertFalse(q.usedWindows1252Fallback, "declared, not guessed")
    }

    func testUndeclaredCyrillicIsDetectedAs1251() {
        // "Привет мир, новости дня" in windows-1251, repeated to give the detector enough.
        let phrase: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20, 0xEC, 0xE8, 0xF0, 0x2C, 0x20,
                               0xED, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8, 0x20, 0xE4, 0xED, 0xFF, 0x2E, 0x20]
        let p = HTMLPage(data: page("", Array(repeating: phrase, count: 6).flatMap { $0 }))
        XCTAssertEqual(p.charset, "windows-1251")
        XCTAssertTrue(p.text.hasPrefix("Привет мир, новости дня."), p.text)
    }

    func testUndeclaredLatinFallsBackTo1252() {
        let p = HTMLPage(data: page("", Array("caf".utf8) + [0xE9, 0x20] + Array("na".utf8) + [0xEF, 0x76, 0x65]))
        XCTAssertEqual(p.text, "café naïve")
        XCTAssertEqual(p.charset, "windows-1252")
        XCTAssertTrue(p.usedWindows1252Fallback)
    }

    func testDeclaredUTF8WithAStrayByteStaysUTF8() {
        let p = HTMLPage(data: page("<meta charset=\"utf-8\">", Array("Grüße".utf8) + [0xFF] + Array(" aus Köln".utf8)))
        XCTAssertEqual(p.text, "Grüße\u{FFFD} aus Köln")
        XCTAssertEqual(p.charset, "utf-8")
    }

    func testBOMWinsOverTheDeclaration() {
        // libxml2 is told the encoding, so the <meta> cannot switch it mid-parse either.
        let p = HTMLPage(data: Data([0xEF, 0xBB, 0xBF]) + page("<meta charset=\"iso-8859-1\">", Array("Zürich".utf8)))
        XCTAssertEqual(p.text, "Zürich")
        XCTAssertEqual(p.charset, "utf-8")
    }

    func testStrayNULBytesAreNotBinary() throws {
        var bytes = Array("<html><body><p>Harbour news from the coast, with a few NUL bytes left by a broken export.</p></body></html>".utf8)
        bytes.insert(0, at: 20)
        bytes.insert(0, at: 60)
        XCTAssertFalse(TextDecoding.looksBinary(Data(bytes)))
        let a = try XCTUnwrap(try ReaderFixtures.read(bytes: bytes, as: "nul.html").articles.first)
        XCTAssertTrue(a.body.contains("broken export"), a.body)
        XCTAssertFalse(a.body.contains("\0"))
        XCTAssertTrue(TextDecoding.looksBinary(Data(repeating: 0, count: 400) + Data(bytes)), "mostly NULs is binary")
    }
}

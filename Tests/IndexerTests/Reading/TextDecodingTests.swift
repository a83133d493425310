import XCTest
@testable import Indexer

final class TextDecodingTests: XCTestCase {
    func testWindows1252FileOnDisk() throws {
        let folder = try ReaderFixtures.temporaryFolder(for: self)
        // "Price: £5 – “quoted” café" in Windows-1252, with CRLF line ends.
        let bytes: [UInt8] = Array("Price rise\r\n\r\nPrice: ".utf8) + [0xA3] + Array("5 ".utf8) + [0x96]
            + Array(" ".utf8) + [0x93] + Array("quoted".utf8) + [0x94] + Array(" caf".utf8) + [0xE9] + [0x0D, 0x0A]
        let url = folder.appendingPathComponent("old.txt")
        try Data(bytes).write(to: url)
        let (files, _) = try FolderScanner(root: folder.path).scan()
        let a = try XCTUnwrap(try ArticleReader.read(XCTUnwrap(files.first)).articles.first)
        XCTAssertTrue(a.decodedAsWindows1252)
        XCTAssertEqual(a.title, "Price rise")
        XCTAssertEqual(a.body, "Price: £5 \u{2013} \u{201C}quoted\u{201D} café")
    }

    func testUTF8BOMAndCRLF() {
        let decoded = TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)))
        XCTAssertEqual(decoded, TextDecoding.Decoded(text: "a\nb\nc\n", usedWindows1252: false))
    }

    func testUTF16WithBOM() {
        let data = Data([0xFF, 0xFE] + Array("Hi\r\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertFalse(TextDecoding.looksBinary(data))
        XCTAssertEqual(TextDecoding.decode(data).text, "Hi\n")
    }

    func testAllWindows1252BytesDecode() {
        let all = (0...255).map(UInt8.init)
        XCTAssertEqual(TextDecoding.windows1252(all).unicodeScalars.count, 256)
        XCTAssertEqual(TextDecoding.windows1252([0x80, 0x9F, 0x81]), "\u{20AC}\u{178}\u{81}")
    }

    func testBinaryContentIsRejected() {
        XCTAssertThrowsError(try ReaderFixtures.read(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02], as: "img.txt")) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "binary content, not text")
        }
        let controls = [UInt8](repeating: 0x01, count: 50) + Array("abc".utf8)
        XCTAssertThrowsError(try ReaderFixtures.read(bytes: controls, as: "c.json"))
        XCTAssertThrowsError(try ReaderFixtures.read(bytes: [], as: "e.txt")) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "empty file")
        }
    }

    /// Seeded random bytes through every reader: each input either gives articles with a body, or
    /// a `ReadError` with a reason (never another error), and reads the same way twice.
    func testAnyByteSequenceReadsOrFailsWithAReason() {
        var generator = SplitMix64(state: 0x5EED_0019)
        let extensions = ["txt", "md", "html", "json", "jsonl", "csv"]
        // Mostly printable bytes with markup characters, so the readers get past the binary check.
        let alphabet = Array("<>&#;\"',\n\r-:{}[]ab ".utf8) + [0xC3, 0xA9, 0xE2, 0x80, 0x9C, 0xFF]
        var read = 0, refused = 0
        for round in 0..<300 {
            let count = Int.random(in: 1...200, using: &generator)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }
            let name = "r.\(extensions[round % extensions.count])"
            do {
                let result = try ReaderFixtures.read(bytes: bytes, as: name)
                read += 1
                for a in result.articles {
                    XCTAssertFalse(a.body.isEmpty, "round \(round) \(name): an article without a body")
                    XCTAssertFalse(a.title.contains("\n"), "round \(round) \(name): a title over several lines")
                }
                XCTAssertTrue(result.skipped.allSatisfy { !$0.reason.isEmpty }, "round \(round) \(name): \(result.skipped)")
                let again = try? ReaderFixtures.read(bytes: bytes, as: name)
                XCTAssertEqual(again?.articles.map(\.body), result.articles.map(\.body), "round \(round) \(name)")
            } catch let e as ReadError {
                refused += 1
                XCTAssertFalse(e.reason.isEmpty, "round \(round) \(name)")
            } catch {
                XCTFail("round \(round) \(name): \(type(of: error)) instead of a ReadError: \(error)")
            }
        }
        XCTAssertEqual(read + refused, 300)
        XCTAssertGreaterThan(read, 0, "no random input was readable: the readers refuse everything")
        XCTAssertGreaterThan(refused, 0, "no random input was refused: the checks never fire")
    }

    func testUnsupportedExtensionIsAnError() {
        XCTAssertThrowsError(try ReaderFixtures.read(text: "%PDF", as: "doc.pdf")) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "unsupported file type .pdf")
        }
    }
}

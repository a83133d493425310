import Foundation
import XCTest
@testable import Indexer

/// `.pdf` through Poppler, from the fixtures Tests/Fixtures/scripts/make-pdf.py writes.
final class PDFReaderTests: XCTestCase {
    override func setUpWithError() throws {
        guard PDFReader.pdftotext.url != nil, PDFReader.pdfinfo.url != nil else {
            // scripts/install-deps.sh installs poppler-utils; without it every PDF is reported, not read.
            throw XCTSkip("pdftotext/pdfinfo not installed (run scripts/install-deps.sh)")
        }
    }

    func testTextTitleAndDateFromDocumentInformation() throws {
        let a = try ReaderFixtures.readOne("pdf/border.pdf")
        XCTAssertEqual(ArticleMetadata(a), ArticleMetadata(
            id: "pdf/border.pdf", title: "Chile and Peru open a border crossing", format: "pdf",
            published: PartialDate(year: 2025, month: 11, day: 5), publishedSource: .pdfInfo))
        XCTAssertTrue(a.body.hasPrefix("SANTIAGO - Chile and Peru opened a new border crossing"), "the headline line is the title: \(a.body)")
        XCTAssertTrue(a.body.contains("President Gabriel Boric attended the ceremony"), a.body)
    }

    func testTitleFromTheLargestLineWhenTheInformationTitleIsAFileName() throws {
        let a = try ReaderFixtures.readOne("pdf/headline.pdf")
        XCTAssertEqual(a.title, "Lagoon restored on the Pacific coast", "not \"Microsoft Word - draft7.docx\", not the small kicker")
        XCTAssertNil(a.published)
        XCTAssertTrue(a.body.hasPrefix("WORLD BRIEFING\n\nLagoon restored"), a.body)
    }

    func testNoTextLayer() {
        XCTAssertThrowsError(try ReaderFixtures.read("pdf/scanned.pdf")) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "no text layer (scanned?)")
        }
    }

    func testEncrypted() {
        XCTAssertThrowsError(try ReaderFixtures.read("pdf/locked.pdf")) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "encrypted PDF (needs a password)")
        }
    }

    func testTruncatedAndFake() throws {
        let folder = try ReaderFixtures.temporaryFolder(for: self)
        let whole = try Data(contentsOf: ReaderFixtures.articles.appendingPathComponent("pdf/border.pdf"))
        let cut = folder.appendingPathComponent("cut.pdf")
        try whole.prefix(whole.count * 2 / 3).write(to: cut)
        XCTAssertThrowsError(try ArticleReader.read(ReaderFixtures.file("cut.pdf", under: folder))) { error in
            XCTAssertTrue((error as? ReadError)?.reason.hasPrefix("truncated PDF (no %%EOF at the end") ?? false, "\(error)")
        }
        // Cut after the objects, before the trailer: Poppler rebuilds the cross-reference table
        // and finds the text, which is indexed and the cut reported.
        let recoverable = folder.appendingPathComponent("recoverable.pdf")
        try whole.prefix(upTo: try XCTUnwrap(whole.range(of: Data("startxref".utf8))).lowerBound).write(to: recoverable)
        let recovered = try ArticleReader.read(ReaderFixtures.file("recoverable.pdf", under: folder))
        XCTAssertEqual(recovered.articles.map(\.title), ["Chile and Peru open a border crossing"])
        XCTAssertEqual(recovered.skipped.map(\.reason), ["truncated PDF (no %%EOF at the end); indexed the text Poppler recovered"])
        let fake = folder.appendingPathComponent("fake.pdf")
        try Data("plain words".utf8).write(to: fake)
        XCTAssertThrowsError(try ArticleReader.read(ReaderFixtures.file("fake.pdf", under: folder))) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "not a PDF (no %PDF- header)")
        }
    }

    func testMeaningfulTitles() {
        XCTAssertNil(PDFReader.meaningfulTitle("Microsoft Word - notes.docx"))
        XCTAssertNil(PDFReader.meaningfulTitle("report.pdf"))
        XCTAssertNil(PDFReader.meaningfulTitle("Untitled"))
        XCTAssertEqual(PDFReader.meaningfulTitle("  Budget talks stall "), "Budget talks stall")
    }
}

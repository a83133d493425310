import Foundation
import TestSupport
import XCTest

/// WARC, feeds, NITF, NewsML-G2 and PDF through the real binary: `index`, `show`, `tag`, queries,
/// bad input and incremental runs. Fixtures: Tests/Fixtures/articles/{warc,feeds,wire,pdf}.
final class FormatsCLITests: XCTestCase {
    private var folder: URL!
    private var index: URL!

    private static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/articles")
    private static var popplerInstalled: Bool {
        ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"].contains { FileManager.default.isExecutableFile(atPath: $0 + "/pdftotext") }
    }

    override func setUpWithError() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("newsindex-formats-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        folder = base.appendingPathComponent("archive")
        index = base.appendingPathComponent("ix")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for sub in ["warc", "feeds", "wire", "pdf"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(sub), to: folder.appendingPathComponent(sub))
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: base) }
    }

    private func indexFolder() throws -> [String: Any] {
        let r = try CLI.run(["index", folder.path, "--index", index.path, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return try r.object()
    }

    private func show(_ id: String) throws -> [String: Any] {
        let r = try CLI.run(["show", id, "--json", "--index", index.path])
        XCTAssertEqual(r.status, 0, "show \(id): \(r.stderr)")
        return try r.object()
    }

    private func reasons(_ summary: [String: Any], file: String) -> [String] {
        (summary["skipped"] as? [[String: Any]] ?? []).filter { ($0["path"] as? String)?.hasSuffix(file) == true }
            .compactMap { $0["reason"] as? String }
    }

    private func ids(_ query: [String]) throws -> Set<String> {
        let r = try CLI.run(["query"] + query + ["--json", "--limit", "100", "--index", index.path])
        XCTAssertTrue(r.status == 0 || r.status == 1, r.stderr)
        guard r.status == 0 else { return [] }
        return Set((try r.object()["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    }

    func testEveryFormatIndexesAndShows() throws {
        let summary = try indexFolder()
        let pdfs = Self.popplerInstalled ? 2 : 0
        XCTAssertEqual(summary["articles_written"] as? Int, 17 + pdfs, "\(summary)")

        let warc = try show("warc/pages.warc.gz#2")
        XCTAssertEqual(warc["format"] as? String, "warc")
        XCTAssertEqual(warc["url"] as? String, "https://wire.example/grain-convoy")
        XCTAssertEqual(warc["published"] as? String, "2025-11-02")
        XCTAssertEqual(warc["published_source"] as? String, "warc_date")
        // The offset is where the record's gzip member starts.
        let offset = try XCTUnwrap(warc["offset"] as? Int)
        let gz = try Data(contentsOf: folder.appendingPathComponent("warc/pages.warc.gz"))
        XCTAssertEqual(Array(gz[offset..<(offset + 3)]), [0x1F, 0x8B, 0x08])
        let plain = try show("warc/pages.warc#1")
        XCTAssertEqual(plain["published_source"] as? String, "html_meta")
        let raw = try Data(contentsOf: folder.appendingPathComponent("warc/pages.warc"))
        let at = try XCTUnwrap(plain["offset"] as? Int)
        XCTAssertTrue(String(decoding: raw[at..<(at + 30)], as: UTF8.self).hasPrefix("WARC/1.0\r\nWARC-Type: response"))

        let item = try show("feeds/world.rss#1")
        XCTAssertEqual(item["format"] as? String, "rss")
        XCTAssertEqual(item["published_source"] as? String, "feed")
        XCTAssertEqual(item["url"] as? String, "https://meridian.example/2025/11/01/river-accord")
        XCTAssertTrue(item["offset"] is NSNull)
        XCTAssertEqual(try show("feeds/science.atom#2")["format"] as? String, "atom")
        XCTAssertEqual(try show("feeds/digest.xml#1")["format"] as? String, "rss")
        XCTAssertEqual(try show("wire/story.nitf.xml")["format"] as? String, "nitf")
        XCTAssertEqual(try show("wire/bundle.newsml.xml#2")["format"] as? String, "newsml")

        if Self.popplerInstalled {
            let pdf = try show("pdf/border.pdf")
            XCTAssertEqual(pdf["format"] as? String, "pdf")
            XCTAssertEqual(pdf["title"] as? String, "Chile and Peru open a border crossing")
            XCTAssertEqual(pdf["published_source"] as? String, "pdf_info")
            XCTAssertEqual(reasons(summary, file: "pdf/scanned.pdf"), ["no text layer (scanned?)"])
            XCTAssertEqual(reasons(summary, file: "pdf/locked.pdf"), ["encrypted PDF (needs a password)"])
        }

        // Entities from every format reach the filters.
        XCTAssertEqual(try ids(["country:CL"]), Self.popplerInstalled
                       ? ["warc/pages.warc#5", "warc/pages.warc.gz#5", "pdf/border.pdf"] : ["warc/pages.warc#5", "warc/pages.warc.gz#5"])
        XCTAssertEqual(try ids(["canal", "--country", "Egypt"]), ["wire/item.newsml.xml"])
        XCTAssertEqual(try ids(["leader:\"Christian Stocker\""]), ["wire/story.nitf.xml"])

        // The show text names the record.
        let text = try CLI.run(["show", "warc/pages.warc#2", "--index", index.path])
        XCTAssertTrue(text.stdout.contains("record:    byte \(try show("warc/pages.warc#2")["offset"] as! Int) of the warc file"), text.stdout)
    }

    func testTagReadsEveryFormat() throws {
        let r = try CLI.run(["tag", folder.path, "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let ids = Set(try r.lines().compactMap { $0["id"] as? String })
        XCTAssertTrue(ids.isSuperset(of: ["warc/pages.warc#1", "warc/pages.warc.gz#5", "feeds/world.rss#2", "feeds/science.atom#1",
                                          "feeds/digest.xml#1", "wire/story.nitf.xml", "wire/item.newsml.xml",
                                          "wire/bundle.newsml.xml#1"]), "\(ids)")
        XCTAssertTrue(r.stderr.contains("feeds/world.rss: item 3: date \"sometime last week\" not understood"), r.stderr)
        // Web archives are often over the default cap; tag takes --max-size as index does.
        let small = try CLI.run(["tag", folder.appendingPathComponent("warc/pages.warc").path, "--max-size", "0.001"])
        XCTAssertEqual(small.status, 0, small.stderr)
        XCTAssertTrue(small.stderr.contains("pages.warc: larger than the 0.001 MB cap"), small.stderr)
        XCTAssertEqual(try CLI.run(["tag", folder.path, "--max-size", "0"]).status, 2)
    }

    func testBadInputIsReportedAndNothingIndexedIsLost() throws {
        let before = try indexFolder()
        let documents = try XCTUnwrap(before["documents"] as? Int)

        // Damaged copies beside the good files.
        let bad = folder.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        let gz = try Data(contentsOf: folder.appendingPathComponent("warc/pages.warc.gz"))
        try gz.prefix(gz.count - 400).write(to: bad.appendingPathComponent("cut.warc.gz"))
        var warc = try Data(contentsOf: folder.appendingPathComponent("warc/pages.warc"))
        let marker = Data("harbour-talks\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ".utf8)
        let at = try XCTUnwrap(warc.range(of: marker)).upperBound
        warc.replaceSubrange(at..<(at + 3), with: Data("999".utf8))
        try warc.write(to: bad.appendingPathComponent("lies.warc"))
        let feed = try String(contentsOf: folder.appendingPathComponent("feeds/world.rss"), encoding: .utf8)
        try String(feed[..<feed.range(of: "Norway added")!.lowerBound]).write(to: bad.appendingPathComponent("cut.rss"), atomically: true, encoding: .utf8)
        try "<rss><channel><item><title>A & B</title></item></channel></rss>".write(to: bad.appendingPathComponent("amp.xml"), atomically: true, encoding: .utf8)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("pdf/border.pdf"))
        try pdf.prefix(pdf.count / 2).write(to: bad.appendingPathComponent("cut.pdf"))

        let after = try indexFolder()
        // Every earlier article is still there, plus what the damaged files still hold:
        // cut.warc.gz 2 pages, lies.warc 2 (its first record lies), cut.rss 2 items.
        XCTAssertEqual(after["documents"] as? Int, documents + 6, "\(after)")
        XCTAssertTrue(reasons(after, file: "bad/cut.warc.gz").contains { $0.contains("is truncated") }, "\(after)")
        XCTAssertTrue(reasons(after, file: "bad/lies.warc").contains { $0.contains("Content-Length 999") }, "\(after)")
        XCTAssertTrue(reasons(after, file: "bad/cut.rss").contains { $0.hasPrefix("invalid XML at line") && $0.hasSuffix("2 articles before it read") },
                      "\(after)")
        XCTAssertEqual(reasons(after, file: "bad/amp.xml").count, 1)
        XCTAssertTrue(reasons(after, file: "bad/amp.xml").first?.hasPrefix("invalid XML at line 1") ?? false, "\(after)")
        if Self.popplerInstalled {
            XCTAssertTrue(reasons(after, file: "bad/cut.pdf").first?.hasPrefix("truncated PDF") ?? false, "\(after)")
        }
        XCTAssertEqual(try show("warc/pages.warc#1")["title"] as? String, "Harbour talks resume between Japan and South Korea")
    }

    func testIncrementalByFile() throws {
        _ = try indexFolder()
        XCTAssertEqual(try ids(["Nairobi"]), ["feeds/world.rss#2"])
        let feedURL = folder.appendingPathComponent("feeds/world.rss")
        var feed = try String(contentsOf: feedURL, encoding: .utf8)
        // Drop the second item; the others keep their numbers only if they come before it.
        let start = feed.range(of: "    <item>\n      <title>Kenya")!.lowerBound
        let end = feed.range(of: "</item>", range: start..<feed.endIndex)!.upperBound
        feed.removeSubrange(start..<end)
        try feed.write(to: feedURL, atomically: true, encoding: .utf8)
        let summary = try indexFolder()
        XCTAssertEqual(summary["updated"] as? Int, 1, "\(summary)")
        XCTAssertEqual(try ids(["Nairobi"]), [], "the removed item left the index")
        XCTAssertEqual(try ids(["Parana"]), ["feeds/world.rss#1"])
        let again = try indexFolder()
        XCTAssertEqual(again["updated"] as? Int, 0)
        XCTAssertEqual(again["added"] as? Int, 0)
    }
}

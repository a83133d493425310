import Foundation
import TestSupport
import XCTest

/// `search tag` end to end: entities per article as JSON Lines, without an index.
final class TagCommandTests: XCTestCase {
    private var workspace: CLIWorkspace!

    override func setUpWithError() throws { workspace = try CLIWorkspace() }
    override func tearDown() { workspace?.remove() }

    func testTagFolderAsJSONLines() throws {
        let r = try CLI.run(["tag", workspace.corpus.path, "--json"], cwd: workspace.root)
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = try r.lines()
        XCTAssertEqual(lines.count, 10)
        let byName = Dictionary(uniqueKeysWithValues: lines.map { (($0["path"] as? String ?? "") as NSString).lastPathComponent as String }.enumerated().map { ($1, lines[$0]) })
        for o in lines {
            XCTAssertEqual(Set(o.keys), ["path", "id", "title", "published", "published_source", "countries", "leaders", "dates"])
            XCTAssertTrue((o["path"] as? String ?? "").hasPrefix(workspace.corpus.path + "/"), "\(o["path"] ?? "")")
        }
        let f01 = try XCTUnwrap(byName["f01-china-us-trade.txt"])
        XCTAssertEqual(f01["title"] as? String, "Xi Jinping and Donald Trump trade warnings over tariffs")
        XCTAssertEqual(f01["published"] as? String, "2025-03-10")
        XCTAssertEqual(f01["published_source"] as? String, "front_matter")
        XCTAssertEqual(EntityJSON.codes(f01), ["CN", "US"])
        XCTAssertEqual(try EntityJSON.country("CN", in: f01)["name"] as? String, "China")
        let xi = try EntityJSON.leader("cn-xi-jinping", in: f01)
        XCTAssertEqual(xi["in_office"] as? Bool, true)
        // Mentions are the matched text and its offset in title + "\n\n" + body, in Unicode scalars.
        let xiMentions = try XCTUnwrap(xi["mentions"] as? [[String: Any]])
        XCTAssertEqual(xiMentions.compactMap { $0["text"] as? String }, ["Xi Jinping", "Xi Jinping", "Xi"])
        XCTAssertEqual(xiMentions.first?["offset"] as? Int, 0)
        let dates = try XCTUnwrap(f01["dates"] as? [[String: Any]])
        XCTAssertEqual(dates.compactMap { $0["value"] as? String }, ["2025-03-04"])
        XCTAssertEqual((dates.first?["mentions"] as? [[String: Any]])?.first?["text"] as? String, "March 4, 2025")

        let f04 = try XCTUnwrap(byName["f04-no-entities.txt"])
        XCTAssertEqual((f04["countries"] as? [Any])?.count, 0)
        XCTAssertEqual((f04["leaders"] as? [Any])?.count, 0)
        XCTAssertEqual((f04["dates"] as? [Any])?.count, 0)

        // Tagging writes no index.
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("Index").path))
    }

    func testTagOneFileAsText() throws {
        let r = try CLI.run(["tag", workspace.corpus.appendingPathComponent("f06-germany-scholz.txt").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("Olaf Scholz defends his budget plan\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("  published: 2024-09-12 (from front_matter)\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("  country    DE Germany: "), r.stdout)
        XCTAssertTrue(r.stdout.contains("  leader     Olaf Scholz (de-olaf-scholz, head_of_government, DE, in office): "), r.stdout)
    }

    func testTagMissingPathFails() throws {
        let r = try CLI.run(["tag", workspace.root.appendingPathComponent("missing").path])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertEqual(r.stderrLines.count, 1, r.stderr)
    }
}

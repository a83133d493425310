import XCTest
@testable import Indexer

final class FolderScannerTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = try ReaderFixtures.temporaryFolder(for: self)
    }

    private func write(_ relative: String, _ text: String = "Title\n\nBody.\n") throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testListsSortedFilesAndSkipsHidden() throws {
        try write("b/2.txt")
        try write("a.md")
        try write("b/1.HTML", "<p>x</p>")
        try write(".hidden.txt")
        try write(".git/config.txt")
        try write("b/.cache/x.json", "{}")
        let (files, skipped) = try FolderScanner(root: root.path).scan()
        XCTAssertEqual(files.map(\.relativePath), ["a.md", "b/1.HTML", "b/2.txt"])
        XCTAssertEqual(skipped, [])
        let first = try XCTUnwrap(files.first)
        XCTAssertEqual(first.path, root.standardizedFileURL.path + "/a.md")
        XCTAssertEqual(first.size, 13)
        XCTAssertLessThan(abs(first.modified.timeIntervalSinceNow), 600)
    }

    func testReportsUnsupportedEmptyAndOversizedFiles() throws {
        try write("doc.pdf", "%PDF-1.4")
        try write("README")
        try write("empty.txt", "")
        try write("big.txt", String(repeating: "x", count: 2_500))
        try write("ok.txt")
        let (files, skipped) = try FolderScanner(root: root.path, maxFileSize: 1_000).scan()
        XCTAssertEqual(files.map(\.relativePath), ["ok.txt"])
        XCTAssertEqual(skipped, [
            Skip(path: "README", reason: "unsupported file type (no extension)"),
            Skip(path: "big.txt", reason: "larger than the 0.001 MB cap (0.0025 MB)"),
            Skip(path: "doc.pdf", reason: "unsupported file type .pdf"),
            Skip(path: "empty.txt", reason: "empty file"),
        ])
    }

    func testSizeCapWording() {
        XCTAssertEqual(FolderScanner.megabytes(20_000_000), "20")
        XCTAssertEqual(FolderScanner.megabytes(31_234_567), "31.2")
        XCTAssertEqual(FolderScanner.megabytes(2_500_000), "2.5")
    }

    func testSymlinkLoopIsNotFollowed() throws {
        try write("a/story.txt")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("a/loop").path,
                                                   withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: root.appendingPathComponent("a/story.txt").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("dangling.txt").path,
                                                   withDestinationPath: root.appendingPathComponent("nowhere").path)
        let (files, skipped) = try FolderScanner(root: root.path).scan()
        XCTAssertEqual(files.map(\.relativePath), ["a/story.txt", "link.txt"], "links to files are followed")
        XCTAssertEqual(skipped.map(\.path), ["a/loop", "dangling.txt"])
        XCTAssertEqual(skipped.last?.reason, "broken symbolic link")
    }

    func testSymlinkToOutsideFolderIsFollowed() throws {
        let outside = try ReaderFixtures.temporaryFolder(for: self)
        try Data("T\n\nB\n".utf8).write(to: outside.appendingPathComponent("x.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("ext").path, withDestinationPath: outside.path)
        let (files, _) = try FolderScanner(root: root.path).scan()
        XCTAssertEqual(files.map(\.relativePath), ["ext/x.txt"])
    }

    func testSingleFileRoot() throws {
        try write("one.json", "{\"title\": \"t\", \"text\": \"b\"}")
        let (files, skipped) = try FolderScanner(root: root.appendingPathComponent("one.json").path).scan()
        XCTAssertEqual(files.map(\.relativePath), ["one.json"])
        XCTAssertEqual(skipped, [])
    }

    func testMissingRootThrows() {
        XCTAssertThrowsError(try FolderScanner(root: root.appendingPathComponent("nope").path).scan()) { error in
            XCTAssertEqual((error as? ScanError)?.reason, "no such file or folder")
        }
    }

    func testUnreadableSubfolderIsReported() throws {
        // In-process, root reads through chmod 000; as root the same case runs as `nobody` through
        // setpriv in ReliabilityBadInputTests.testUnreadableFileAndFolderAreReported.
        try XCTSkipIf(geteuid() == 0, "permissions do not apply to root; covered as nobody by ReliabilityBadInputTests")
        try write("locked/x.txt")
        let locked = root.appendingPathComponent("locked").path
        XCTAssertEqual(chmod(locked, 0), 0)
        addTeardownBlock { chmod(locked, 0o755) }
        let (_, skipped) = try FolderScanner(root: root.path).scan()
        XCTAssertEqual(skipped, [Skip(path: "locked", reason: "folder could not be read")])
    }
}

import Foundation
import XCTest
@testable import Indexer

/// Where the gazetteer's data files are looked for: the environment, the installed
/// `share/newsindex`, then SwiftPM's bundle beside the binary; never the checkout.
final class GazetteerFilesTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func makeDataFolder(_ relative: String, files: [String] = ["countries", "leaders"]) throws -> URL {
        let dir = root.appendingPathComponent(relative, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for f in files { try Data("# as_of test\n".utf8).write(to: dir.appendingPathComponent(f + ".tsv")) }
        return dir
    }

    func testInstalledLayoutIsFoundFromTheBinarysFolder() throws {
        let share = try makeDataFolder("prefix/share/newsindex")
        let binary = root.appendingPathComponent("prefix/bin/search")
        XCTAssertEqual(GazetteerFiles.folder(environment: [:], executable: binary)?.standardizedFileURL.path, share.path)
    }

    func testEnvironmentComesFirst() throws {
        _ = try makeDataFolder("prefix/share/newsindex")
        let mine = try makeDataFolder("elsewhere")
        let binary = root.appendingPathComponent("prefix/bin/search")
        let found = GazetteerFiles.folder(environment: ["NEWSINDEX_RESOURCES": mine.path], executable: binary)
        XCTAssertEqual(found?.standardizedFileURL.path, mine.path)
    }

    func testAFolderMissingOneFileIsPassedOver() throws {
        _ = try makeDataFolder("prefix/share/newsindex", files: ["countries"])
        let binary = root.appendingPathComponent("prefix/bin/search")
        XCTAssertNil(GazetteerFiles.folder(environment: [:], executable: binary))
    }

    func testOrderIsEnvironmentThenShareThenBundle() {
        let binary = URL(fileURLWithPath: "/opt/x/bin/search")
        let paths = GazetteerFiles.candidates(environment: ["NEWSINDEX_RESOURCES": "/data"], executable: binary).map(\.path)
        XCTAssertEqual(Array(paths.prefix(2)), ["/data", "/opt/x/share/newsindex"])
        XCTAssertTrue(paths.dropFirst(2).allSatisfy { $0.hasPrefix("/opt/x/bin/NewsIndex_Indexer.") }, "\(paths)")
    }

    /// The test binary itself sits beside SwiftPM's bundle, as `.build/debug/search` does.
    func testThisBuildFindsItsBundle() throws {
        let folder = try XCTUnwrap(GazetteerFiles.folder(environment: [:]))
        XCTAssertTrue(folder.path.contains("NewsIndex_Indexer."), folder.path)
    }
}

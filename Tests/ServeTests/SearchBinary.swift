import Foundation
import XCTest

/// The built `search` executable, to compare the servers with the CLI and to run `search mcp`.
enum SearchBinary {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }()

    static func url() throws -> URL {
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        var candidates = [bundle.deletingLastPathComponent().appendingPathComponent("search")]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.path)) ?? []
        for name in names.sorted() where name.hasPrefix(".build") {
            candidates.append(packageRoot.appendingPathComponent(name).appendingPathComponent("debug/search"))
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("the search binary was not built next to the tests (run swift build first)")
        }
        return found
    }

    /// Runs `search ARGS…` and returns its standard output.
    static func output(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = try url()
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

private final class BundleMarker {}

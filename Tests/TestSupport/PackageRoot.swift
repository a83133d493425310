import Foundation

/// Folders of the package the tests run in: found from this file's path, never from the
/// working directory (`swift test` may run anywhere).
public enum PackageRoot {
    /// The first folder above this file that holds Package.swift.
    public static let url: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// A path inside the package: `PackageRoot.path("Tests/Fixtures/corpus")`.
    public static func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// The fixture corpus written for the tests (ten articles and EXPECTED.md).
    public static let fixtureCorpus = path("Tests/Fixtures/corpus")
}

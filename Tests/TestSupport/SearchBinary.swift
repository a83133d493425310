import Foundation

/// The `search` binary built with the tests, checked before any end-to-end test uses it: a
/// missing binary, or one older than the sources, fails the run (it would test other code).
public enum SearchBinary {
    /// Why the binary cannot be used; thrown, so the test fails (never skips).
    public struct Unusable: Error, CustomStringConvertible {
        public var description: String
    }

    final class Anchor {}

    /// `search` next to the test bundle in the build products folder. On Linux the bundle URL is
    /// the products folder itself; on macOS it is the `.xctest` inside it.
    public static let url: URL = {
        let bundle = Bundle(for: Anchor.self).bundleURL
        let candidates = [bundle.deletingLastPathComponent().appendingPathComponent("search"), bundle.appendingPathComponent("search")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// The binary, or why it cannot be used (checked once per test process).
    public static func checked() throws -> URL {
        try status.get()
    }

    private static let status: Result<URL, Unusable> = {
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: url.path) else {
            return .failure(Unusable(description: "no search binary at \(url.path): run swift build (swift test builds it)"))
        }
        let built = modified(url) ?? .distantPast
        if let newer = newestSource(), newer.date > built {
            return .failure(Unusable(description: "the search binary at \(url.path) is older than \(newer.path): run swift build"))
        }
        return .success(url)
    }()

    private static func modified(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }

    /// The most recently changed file the binary is built from.
    private static func newestSource() -> (path: String, date: Date)? {
        var newest: (path: String, date: Date)?
        let roots = [PackageRoot.path("Sources"), PackageRoot.path("Package.swift")]
        for root in roots {
            var files = [root]
            if let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey]) {
                files = e.compactMap { $0 as? URL }
            }
            // Code only: resource files are copied beside the binary, not linked into it.
            for f in files where ["swift", "c", "cpp", "h"].contains(f.pathExtension) || f.lastPathComponent == "Package.swift" {
                guard let d = modified(f) else { continue }
                if newest == nil || d > newest!.date { newest = (f.path, d) }
            }
        }
        return newest
    }
}

import Foundation

/// A path that was not indexed, and why, in words a user can act on.
public struct Skip: Sendable, Hashable, Codable {
    public var path: String
    public var reason: String
    /// The file was indexed before and is still there: its earlier version stays in the index.
    public var kept: Bool?
    /// One record of a multi-record file (`line 4: …`), not a whole file.
    public var record: Bool?
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
}

extension Skip {
    /// Readers and the scanner name paths relative to the root; reports name them in full.
    public func absolute(root: String) -> Skip {
        if path.hasPrefix("/") { return self }
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: root, isDirectory: &isDir)
        let base = isDir.boolValue ? root : (root as NSString).deletingLastPathComponent
        var s = self
        s.path = path.isEmpty ? root : (base as NSString).appendingPathComponent(path)
        return s
    }
}

import Foundation

/// Whether a path holds an index: a Xapian database folder or a stub file listing shards.
public enum IndexLocation {
    public static func exists(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return false }
        if !isDir.boolValue { return true }   // a stub file; Xapian judges its contents
        let fm = FileManager.default
        return ["iamglass", "iamchert", "iamhoney", "XAPIANDB"].contains { fm.fileExists(atPath: (path as NSString).appendingPathComponent($0)) }
    }
}

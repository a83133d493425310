import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` (following symbolic links) says about a path, in the few fields the scanner needs.
struct FileInfo {
    struct Identity: Hashable { var device: UInt64; var inode: UInt64 }

    var identity: Identity
    var isDirectory: Bool
    var isRegularFile: Bool
    var size: Int
    var modified: Date

    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let type = st.st_mode & S_IFMT
        identity = Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        isDirectory = type == S_IFDIR
        isRegularFile = type == S_IFREG
        size = Int(st.st_size)
        #if canImport(Darwin)
        let ts = st.st_mtimespec
        #else
        let ts = st.st_mtim
        #endif
        modified = Date(timeIntervalSince1970: Double(ts.tv_sec) + Double(ts.tv_nsec) / 1_000_000_000)
    }

    static func isSymlink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    /// The current `errno` in words, with a friendlier text for "does not exist".
    static func lastErrorText(orMissing missing: String) -> String {
        let code = errno
        if code == ENOENT || code == ENOTDIR { return missing }
        return String(cString: strerror(code)).lowercased()
    }
}

import Foundation

/// What change detection compares: size and mtime first (cheap), then a content hash.
struct FileState: Equatable {
    var size: Int
    var modified: Int64        // whole seconds since 1970
    var contentHash: UInt64

    init(size: Int, modified: Date, contentHash: UInt64) {
        self.size = size
        self.modified = Int64(modified.timeIntervalSince1970.rounded(.down))
        self.contentHash = contentHash
    }

    init?(encoded: String) {
        let p = encoded.split(separator: ":")
        guard p.count == 3, let s = Int(p[0]), let m = Int64(p[1]), let h = UInt64(p[2], radix: 16) else { return nil }
        size = s; modified = m; contentHash = h
    }

    var encoded: String { "\(size):\(modified):\(String(contentHash, radix: 16))" }

    /// A file modified in the last seconds before the run may change again within the same
    /// second, keeping its size and whole-second mtime (the "racy git" problem). Such a state is
    /// stored with no mtime, so the next run checks its hash instead of trusting the stat.
    func trustingStat(ifOlderThan runStart: Date, margin: TimeInterval = 2) -> FileState {
        guard Double(modified) + 1 > runStart.timeIntervalSince1970 - margin else { return self }
        var s = self
        s.modified = -1
        return s
    }

    func sameStat(as file: ArticleFile) -> Bool {
        size == file.size && modified == Int64(file.modified.timeIntervalSince1970.rounded(.down))
    }
}

import Foundation

/// Names the process holding an index's write lock. Xapian's own lock does the locking;
/// this file only lets a refused second writer say who is writing.
struct WriterLock {
    let file: String

    init(indexPath: String) { file = (indexPath as NSString).appendingPathComponent("newsindex.writer") }

    func claim() {
        let text = "pid \(ProcessInfo.processInfo.processIdentifier), started \(ISO8601DateFormatter().string(from: Date()))\n"
        try? text.write(toFile: file, atomically: true, encoding: .utf8)
    }

    func release() { try? FileManager.default.removeItem(atPath: file) }

    func owner() -> String? {
        guard let s = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : "`search index` (\(t))"
    }
}

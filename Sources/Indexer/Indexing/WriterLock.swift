import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names the process holding an index's write lock. Xapian's own lock (`flintlock`) does the
/// locking; this note (`newsindex.writer`) only lets a refused second writer say who is writing.
///
///     WriterLock(indexPath: "Index").owner()   // "`search index` (pid 4242, started 2025-11-01T10:00:00Z)"
struct WriterLock {
    let file: String

    init(indexPath: String) { file = (indexPath as NSString).appendingPathComponent("newsindex.writer") }

    /// Written just after Xapian granted the lock, so a note names the current holder
    /// unless that holder died without removing it (then `owner()` says so).
    func claim() {
        let text = "pid \(ProcessInfo.processInfo.processIdentifier), started \(ISO8601DateFormatter().string(from: Date()))\n"
        try? text.write(toFile: file, atomically: true, encoding: .utf8)
    }

    func release() { try? FileManager.default.removeItem(atPath: file) }

    func owner() -> String? {
        guard let s = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { return nil }
        if let pid = Self.pid(in: t), !Self.isRunning(pid) {
            return "another writer (the last note, \(t), names a process that is no longer running)"
        }
        return "`search index` (\(t))"
    }

    static func pid(in note: String) -> pid_t? {
        guard note.hasPrefix("pid ") else { return nil }
        return pid_t(note.dropFirst(4).prefix { $0.isNumber })
    }

    /// `kill(pid, 0)` probes without signalling; EPERM still means the process exists.
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

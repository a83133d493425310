import Foundation
import Indexer

/// A live status line on standard error, redrawn in place, in the manner of cargo or pip.
final class ProgressLine {
    private let enabled: Bool
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ p: IndexProgress) {
        guard enabled else { return }
        var line: String
        switch p.phase {
        case .scanning: line = "Scanning…"
        case .committing: line = "Committing…"
        case .done: return
        case .indexing:
            let rate = p.elapsed > 0 ? Double(p.articles) / p.elapsed : 0
            let fraction = p.filesTotal > 0 ? Double(p.filesDone) / Double(p.filesTotal) : 0
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "") + String(repeating: " ", count: max(0, width - filled - 1))
            let remaining = fraction > 0 ? p.elapsed / fraction - p.elapsed : 0
            line = "Indexing [\(bar)] \(p.filesDone)/\(p.filesTotal) files, \(Int(rate)) articles/s, ETA \(Self.clock(remaining))"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drawn = false
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}

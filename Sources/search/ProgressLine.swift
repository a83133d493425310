import Foundation
import Indexer

/// A live status line on standard error, redrawn in place, in the manner of cargo or pip:
///
///     Indexing [=========>              ] 4210/10000 files, 812 articles/s, ETA 0:07
///
/// Drawn only when standard error is a terminal (and TERM is not `dumb`); never with `--quiet`
/// or `--json`. With NO_COLOR set the line carries no escape sequence at all: it is cleared with
/// spaces instead of `ESC[2K`, and the verb is not coloured.
final class ProgressLine {
    private let enabled: Bool
    private let plain: Bool
    private var drawnWidth = 0
    private var lastDraw = 0.0

    init(enabled: Bool, plain: Bool) {
        self.enabled = enabled
        self.plain = plain
    }

    /// Standard error is a terminal that can take `\r` redraws.
    static var terminalAllowsIt: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    func update(_ p: IndexProgress) {
        guard enabled, p.phase != .done else { return }
        // At most ten redraws a second, but every phase change shows at once.
        let now = ProcessInfo.processInfo.systemUptime
        if p.phase == .indexing, p.filesDone < p.filesTotal, now - lastDraw < 0.1 { return }
        lastDraw = now
        draw(Self.text(p, colored: !plain))
    }

    func finish() {
        guard drawnWidth > 0 else { return }
        write(plain ? "\r" + String(repeating: " ", count: drawnWidth) + "\r" : "\r\u{1B}[2K")
        drawnWidth = 0
    }

    private func draw(_ line: String) {
        let width = Self.visibleWidth(line)
        if plain {
            write("\r" + line + String(repeating: " ", count: max(0, drawnWidth - width)))
        } else {
            write("\r\u{1B}[2K" + line)
        }
        drawnWidth = width
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }

    /// The line for one progress event; `colored` adds a bold green verb as cargo does.
    static func text(_ p: IndexProgress, colored: Bool) -> String {
        func verb(_ v: String) -> String { colored ? "\u{1B}[1;32m\(v)\u{1B}[0m" : v }
        switch p.phase {
        case .scanning: return verb("Scanning") + " for article files…"
        case .committing: return verb("Committing") + " \(p.articles) articles…"
        case .done: return ""
        case .indexing:
            let rate = p.elapsed > 0 ? Double(p.articles) / p.elapsed : 0
            let fraction = p.filesTotal > 0 ? min(1, Double(p.filesDone) / Double(p.filesTotal)) : 0
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "")
                + String(repeating: " ", count: max(0, width - filled - 1))
            let eta = fraction > 0 ? clock(p.elapsed / fraction - p.elapsed) : "--:--"
            return verb("Indexing") + " [\(bar)] \(p.filesDone)/\(p.filesTotal) files, \(Int(rate)) articles/s, ETA \(eta)"
        }
    }

    /// Characters shown, not counting escape sequences.
    static func visibleWidth(_ s: String) -> Int {
        var n = 0
        var inEscape = false
        for u in s.unicodeScalars {
            if inEscape { if u == "m" { inEscape = false }; continue }
            if u == "\u{1B}" { inEscape = true; continue }
            n += 1
        }
        return n
    }

    static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "--:--" }
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}

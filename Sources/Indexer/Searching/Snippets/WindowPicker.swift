/// Picks the snippet window: of all windows of `length` bytes that start at a matched word, the one
/// holding the most distinct terms, the earliest of equals. Fed one match at a time, so the scan
/// can stop as soon as a window holds every term.
struct WindowPicker {
    struct Window {
        /// Index of the window's first match.
        var first: Int
        /// End of its last match (a byte offset).
        var lastEnd: Int
    }

    let length: Int
    private let termCount: Int
    private var counts: [Int]
    private var distinct = 0
    private var best = 0
    private var bestFirst = 0
    /// The first match of the windows still open (of the complete window once `add` returns true).
    private(set) var first = 0

    init(termCount: Int, length: Int) {
        self.termCount = termCount
        self.length = length
        counts = [Int](repeating: 0, count: termCount)
    }

    /// Takes the last of `matches` (in text order); true once some window holds every term.
    mutating func add(_ matches: [SnippetMaker.Match]) -> Bool {
        guard let m = matches.last else { return false }
        // Windows starting before `m` that cannot reach it are complete: keep the best.
        while first < matches.count - 1 && matches[first].start + length < m.end {
            if distinct > best { (best, bestFirst) = (distinct, first) }
            counts[matches[first].id] -= 1
            if counts[matches[first].id] == 0 { distinct -= 1 }
            first += 1
        }
        if counts[m.id] == 0 { distinct += 1 }
        counts[m.id] += 1
        return distinct == termCount
    }

    /// The best window once every match is added.
    func finish(_ matches: [SnippetMaker.Match]) -> Window? {
        guard !matches.isEmpty else { return nil }
        // Later windows hold a subset of the one starting at `first`.
        let chosen = distinct > best ? first : bestFirst
        let limit = matches[chosen].start + length
        var lastEnd = matches[chosen].end
        for m in matches[chosen...] {
            if m.start > limit { break }
            if m.end <= limit { lastEnd = max(lastEnd, m.end) }
        }
        return Window(first: chosen, lastEnd: lastEnd)
    }
}

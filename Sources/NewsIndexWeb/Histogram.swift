import Indexer

/// A date facet as an SVG bar chart with a bar for every bucket, empty ones included. Each bar links
/// to that bucket as a date range; app.js adds dragging across bars. SVG attributes, not inline
/// styles, so the page keeps `default-src 'self'`.
enum Histogram {
    static func render(_ f: FacetResult, title: String, fromParam: String, toParam: String, state: PageState) -> String {
        let buckets = filled(f.values)
        var out = "<section class=\"facet histogram\" data-facet=\"\(fromParam)\"><h3>\(title)"
        if let g = f.granularity { out += " <span class=\"muted\">by \(g.rawValue)</span>" }
        out += "</h3>"
        guard !buckets.isEmpty else { return out + "<p class=\"muted\">no dates</p></section>" }
        let peak = max(1, buckets.map(\.count).max() ?? 1)
        let from = state.value(fromParam), to = state.value(toParam)
        let base = state.setting([(fromParam, nil), (toParam, nil)])
        let width = 10
        out += "<svg class=\"bars\" viewBox=\"0 0 \(buckets.count * width) 100\" preserveAspectRatio=\"none\" role=\"img\""
        out += " aria-label=\"\(HTML.escape(title)) histogram\" data-base=\"\(base.href())\" data-from=\"\(fromParam)\" data-to=\"\(toParam)\">"
        for (i, b) in buckets.enumerated() {
            let h = b.count == 0 ? 0 : max(3, Int(Double(b.count) / Double(peak) * 96))
            let inRange = (from.map { b.value >= $0 } ?? true) && (to.map { b.value <= $0 || b.value.hasPrefix($0) } ?? true) && (from != nil || to != nil)
            let href = state.setting([(fromParam, b.value), (toParam, b.value)]).href()
            out += "<a href=\"\(href)\" class=\"bar\(inRange ? " in" : "")\(b.count == 0 ? " zero" : "")\" data-bucket=\"\(HTML.escape(b.value))\">"
            out += "<rect x=\"\(i * width)\" y=\"0\" width=\"\(width)\" height=\"100\" class=\"hit\"/>"
            out += "<rect x=\"\(i * width + 1)\" y=\"\(100 - h)\" width=\"\(width - 2)\" height=\"\(h)\"/>"
            out += "<title>\(HTML.escape(b.value)): \(b.count)</title></a>"
        }
        out += "</svg><p class=\"axis\"><span>\(HTML.escape(buckets.first!.value))</span><span>\(HTML.escape(buckets.last!.value))</span></p>"
        return out + "</section>"
    }

    /// The buckets from the first to the last, with the empty ones the facet leaves out.
    struct Bucket { var value: String; var count: Int }

    static func filled(_ values: [FacetValue]) -> [Bucket] {
        guard let first = values.first?.value, let last = values.last?.value else { return [] }
        let counts = Dictionary(values.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        var out: [Bucket] = []
        var key = first
        while out.count < 1000 {
            out.append(Bucket(value: key, count: counts[key] ?? 0))
            if key >= last { break }
            guard let next = next(key) else { break }
            key = next
        }
        return out
    }

    /// The bucket after `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func next(_ key: String) -> String? {
        let parts = key.split(separator: "-").compactMap { Int($0) }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch parts.count {
        case 1: return String(parts[0] + 1)
        case 2: return parts[1] == 12 ? "\(parts[0] + 1)-01" : "\(parts[0])-\(two(parts[1] + 1))"
        case 3:
            let (y, m, d) = (parts[0], parts[1], parts[2])
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
            if d < days { return "\(y)-\(two(m))-\(two(d + 1))" }
            return m == 12 ? "\(y + 1)-01-01" : "\(y)-\(two(m + 1))-01"
        default: return nil
        }
    }
}

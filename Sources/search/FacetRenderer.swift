import Foundation
import Indexer

/// Renders facet counts as aligned tables and date histograms (JSON and CSV: `FacetJSON`, `CSV`).
enum FacetRenderer {
    static func text(_ facets: [FacetResult]) -> String {
        var out = ""
        for f in facets {
            let exact = f.exact ? "exact" : "estimated"
            let multi = f.ignoresOwnFilter ? ", ignoring its own filter" : ""
            if f.spec.dimension == .date || f.spec.dimension == .mentioned {
                let g = f.granularity?.rawValue ?? "month"
                out += Terminal.bold("\(f.spec.name) by \(g)") + " (\(f.values.count) buckets, \(exact)\(multi))\n"
                out += histogram(f.values)
            } else {
                out += Terminal.bold(f.spec.name) + " (top \(f.values.count) of \(f.distinct) values, \(exact)\(multi))\n"
                out += table(f.values, showCode: f.spec.pairedWith == nil)
            }
            out += "\n"
        }
        return out
    }

    static func table(_ values: [FacetValue], showCode: Bool) -> String {
        let labelWidth = min(40, values.map { $0.label.count }.max() ?? 0)
        let codeWidth = values.map { $0.value.count }.max() ?? 0
        let countWidth = values.map { String($0.count).count }.max() ?? 0
        var out = ""
        for v in values {
            var line = "  " + pad(String(v.label.prefix(40)), labelWidth)
            if showCode && v.value != v.label { line += "  " + pad(v.value, codeWidth) }
            line += "  " + String(repeating: " ", count: countWidth - String(v.count).count) + String(v.count)
            out += line + "\n"
        }
        return out
    }

    static func histogram(_ values: [FacetValue], width: Int = 40) -> String {
        let maxCount = values.map(\.count).max() ?? 0
        let labelWidth = values.map { $0.label.count }.max() ?? 0
        let countWidth = values.map { String($0.count).count }.max() ?? 0
        var out = ""
        for v in values {
            let n = maxCount == 0 ? 0 : max(v.count > 0 ? 1 : 0, Int((Double(v.count) / Double(maxCount) * Double(width)).rounded()))
            out += "  " + pad(v.label, labelWidth) + "  " + String(repeating: " ", count: countWidth - String(v.count).count)
                + String(v.count) + " " + String(repeating: "█", count: n) + "\n"
        }
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}

import Foundation

/// How text is folded before it becomes terms: accents off ("México" → "Mexico"), case kept
/// (Xapian lowercases, and a capital still tells the query parser not to stem). Indexing folds
/// titles and bodies, searching folds the query's words, and the snippet maker folds the body
/// words it compares, so all three meet on one form. Changing this changes the terms: bump
/// `Schema.version`.
///
///     Schema.foldAccents("São Paulo, Zürich") == "Sao Paulo, Zurich"
extension Schema {
    public static func foldAccents(_ text: String) -> String {
        var needs = false
        for u in text.utf8 where u >= 0x80 { needs = true; break }
        guard needs else { return text }
        var out = String.UnicodeScalarView()
        var changed = false
        for s in text.unicodeScalars {
            if s.value < 0xC0 || (s.value > 0x24F && s.value < 0x300) || (s.value > 0x36F && s.value < 0x1E00) || s.value > 0x1EFF {
                out.append(s)
                continue
            }
            changed = true
            if let folded = AccentTable.shared.folded[s.value] {
                out.append(contentsOf: folded.unicodeScalars)
            } else if !(0x300...0x36F).contains(s.value) {
                out.append(s)
            }
        }
        return changed ? String(out) : text
    }
}

/// Base letters for the Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF), built once.
/// Combining marks (U+0300–U+036F) have no entry and are dropped.
private final class AccentTable: Sendable {
    static let shared = AccentTable()
    let folded: [UInt32: String]

    /// Letters that do not decompose into a base letter plus a mark.
    private static let specials: [UInt32: String] = [
        0xD8: "O", 0xF8: "o", 0x141: "L", 0x142: "l", 0x110: "D", 0x111: "d", 0x131: "i",
        0xC6: "AE", 0xE6: "ae", 0x152: "OE", 0x153: "oe", 0xDF: "ss", 0xDE: "Th", 0xFE: "th", 0xD0: "D", 0xF0: "d",
    ]

    private init() {
        var table: [UInt32: String] = [:]
        for v in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let s = Unicode.Scalar(v) else { continue }
            if let r = Self.specials[v] { table[v] = r; continue }
            let base = String(s).decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { !(0x300...0x36F).contains($0.value) }
            if !base.isEmpty, base.count != 1 || base.first != s { table[v] = String(String.UnicodeScalarView(base)) }
            else { table[v] = String(s) }
        }
        folded = table
    }
}

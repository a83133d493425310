import Foundation

/// Case and diacritic folding shared by the gazetteer keys and the tokenizer, so that
/// "Erdoğan", "ERDOGAN" and "erdogan" meet on one key.
///
///     NameFolding.fold("Erdoğan") == "erdogan"
enum NameFolding {
    /// Letters that do not decompose into a base letter plus a combining mark.
    private static let specials: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ß": "ss", "þ": "th", "ð": "d", "’": "'", "‘": "'", "ʼ": "'",
    ]

    static func fold<S: StringProtocol>(_ text: S) -> String {
        var ascii = true
        for u in text.utf8 where u >= 0x80 { ascii = false; break }
        if ascii { return text.lowercased() }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if let r = specials[s] { out.append(contentsOf: r.unicodeScalars); continue }
            if s.isASCII { out.append(s); continue }
            // Decompose and keep base letters only (é → e, ğ → g, ş → s).
            let decomposed = String(s).decomposedStringWithCanonicalMapping.unicodeScalars
            for d in decomposed where !(d.properties.generalCategory == .nonspacingMark) {
                out.append(d)
            }
        }
        return String(out).lowercased()
    }
}

/// Invisible and non-breaking spaces in a body, made plain for passages: a no-break space
/// (U+00A0, U+2007, U+202F) shows as a space, and zero-width characters (U+200B–U+200D, U+2060,
/// U+FEFF) are dropped, so they neither split a highlighted word nor reach a terminal raw.
///
///     SnippetText.spacesFolded("trade\u{A0}truce") == "trade truce"
enum SnippetText {
    static func spacesFolded(_ text: String) -> String {
        // The bytes these start with: C2 (U+00A0), E2 (U+2007…U+2060), EF (U+FEFF).
        guard text.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else { return text }
        var out = String.UnicodeScalarView()
        var changed = false
        for s in text.unicodeScalars {
            switch s.value {
            case 0xA0, 0x2007, 0x202F: out.append(" "); changed = true
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: changed = true
            default: out.append(s)
            }
        }
        return changed ? String(out) : text
    }
}

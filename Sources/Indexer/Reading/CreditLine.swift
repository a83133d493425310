import Foundation

/// A picture credit or a caption signed with one, set as a plain paragraph inside the story:
/// "Foto: A. Name", "(Credit: Name / Agency)", "A pier at dawn. © Harbour Board",
/// "Name/Agency via Getty Images". Captions inside `<figure>` are gone already; these are the
/// ones templates put in a `<p>` or `<span>` between the story's paragraphs.
///
///     CreditLine.isCredit("Photo: Jane Doe")   // true
enum CreditLine {
    /// Longest paragraph that may be a caption with its credit.
    static let longestCaption = 300
    /// Longest paragraph that may be a credit line by its opening word alone.
    static let longestCredit = 120
    /// Longest line that is only a picture agency's name.
    static let longestAgencyLine = 80

    static func isCredit(_ paragraph: String) -> Bool {
        let line = String(StoryEdges.stripped(paragraph))
        guard line.count <= longestCaption, !line.utf8.contains(0x0A), let end = line.last else { return false }
        if line.unicodeScalars.contains("©") { return true }
        // Each pattern runs only where its shape allows it: regular expressions are the cost here.
        if line.count <= longestCredit, line.prefix(24).contains(where: { $0 == ":" || $0 == "|" || $0 == "/" }),
           matches(opening, line) { return true }
        if let colon = line.lastIndex(of: ":"), line.distance(from: colon, to: line.endIndex) <= 64, matches(signed, line) {
            return true
        }
        if end == ")", line.utf8.contains(UInt8(ascii: "/")), matches(agencyCredit, line) { return true }
        return line.count <= longestAgencyLine && !".!?".contains(end) && matches(agency, line)
    }

    private static func matches(_ pattern: NSRegularExpression, _ line: String) -> Bool {
        pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// Words that introduce a credit, in the languages of the pages we read.
    private static let creditWord = #"(?:foto|fotos|photo|photos|photo credit|bild|bilder|bildquelle|credit|credits|"#
        + #"image|images|picture|pictures|illustration|grafik|abbildung|abb\.|quelle|fuente|foto de|fotografía|"#
        + #"crédito|créditos|zdjęcie|zdjęcia|fot\.|źródło)"#
    /// "Foto: …", "(Quelle: …", "Bild | …" at the start.
    private static let opening = try! NSRegularExpression(pattern: #"^\(?"# + creditWord + #"\s*[:|/]"#,
                                                          options: .caseInsensitive)
    /// A caption ending in its credit: "… at dawn. Foto: Name", "… (Photo: Name)".
    private static let signed = try! NSRegularExpression(pattern: #"\(?\b"# + creditWord + #"\s*:\s*[^.!?:]{1,60}\)?\s*$"#,
                                                         options: .caseInsensitive)
    /// A caption ending in a wire photo credit: "… (REUTERS/Name)", "… (AP Photo/Name)".
    private static let agencyCredit = try! NSRegularExpression(pattern: #"\((?:"# + agencies + #"|ap photo|foto|photo)\s*/[^()]{1,50}\)\s*$"#,
                                                               options: .caseInsensitive)
    private static let agency = try! NSRegularExpression(pattern: #"\b"# + agencies + #"\b"#, options: .caseInsensitive)
    /// Picture agencies and wire services whose name alone makes a credit line.
    private static let agencies = #"(?:getty images|reuters|dpa|afp|ap photo|imago|shutterstock|istock|adobe ?stock|"#
        + #"picture alliance|keystone|epa|efe|anadolu)"#
}

import Foundation

/// A line that heads one of the page's own sections rather than a part of the story: related
/// stories, "about the author", contact, sources, a table of contents, print and share, and a
/// "last updated" stamp. Templates leave these inside the story's container after the block
/// they head has gone (a link list, an author box). The words are the usual headings of such
/// sections in the languages of the pages we read.
///
///     SectionLabel.isPageLabel("Related articles")   // true
enum SectionLabel {
    /// Longest "last updated" line.
    static let longestStamp = 100

    static func isPageLabel(_ paragraph: String) -> Bool {
        if StoryEdges.isLabel(paragraph) {
            let lower = paragraph.lowercased()
            let isEdge: (Character) -> Bool = { $0.isWhitespace || edgeMarks.contains($0) }
            if let first = lower.firstIndex(where: { !isEdge($0) }), let last = lower.lastIndex(where: { !isEdge($0) }),
               headings.contains(String(lower[first...last])) { return true }
        }
        guard paragraph.count <= longestStamp else { return false }
        let head = paragraph.prefix(16).lowercased().drop { $0.isWhitespace }
        guard stampStarts.contains(where: { head.hasPrefix($0) }) else { return false }
        return updated.firstMatch(in: paragraph, range: NSRange(paragraph.startIndex..., in: paragraph)) != nil
    }

    /// The words a stamp opens with (`updated` checks the rest).
    private static let stampStarts = ["zuletzt", "letzte", "aktualisiert", "änderung", "aktualisierung", "geändert", "updated",
                                      "last ", "actualizado", "mis à jour", "zaktualizowano", "atualizado"]

    /// Marks around a heading that do not make it another heading ("Contact:", "» Read more").
    private static let edgeMarks: Set<Character> = [":", ".", "!", "?", "…", "»", "«", "\"", "“", "”"]

    private static let headings: Set<String> = [
        // the author
        "über den autor", "über die autorin", "about the author", "sobre el autor", "à propos de l'auteur", "o autorze",
        // contact, further information, sources
        "weitere informationen", "mehr informationen", "zusatzinformationen", "kontakt", "contact", "ansprechpartner",
        "pressekontakt", "quellen", "quelle", "sources", "originalpublikation", "originalveröffentlichung",
        // related stories
        "ähnliche beiträge", "ähnliche artikel", "verwandte artikel", "related", "related articles", "related posts",
        "related stories", "mehr zum thema", "zum weiterlesen", "weiterlesen", "schon gelesen", "lesen sie auch",
        "auch interessant", "das könnte sie auch interessieren", "das könnte dich auch interessieren", "read more",
        "read also", "see also", "more on this", "you may also like", "te puede interesar", "lee también", "lea también",
        "noticias relacionadas", "zobacz też", "zobacz również", "czytaj też", "czytaj także", "leia também",
        "voir aussi", "à lire aussi", "lire aussi", "nächster artikel", "vorheriger artikel", "next article", "previous article",
        // the page's tools
        "inhaltsverzeichnis", "inhalt", "table of contents", "contents", "drucken", "print", "teilen", "share",
    ]

    /// "Aktualisiert am 17.01.2021", "Last updated: 3 May 2022", "Letzte Änderung 14.02.2019".
    private static let updated = try! NSRegularExpression(
        pattern: #"^\s*(?:zuletzt |letzte )?(?:aktualisiert|änderung|aktualisierung|geändert|updated|last updated|"#
            + #"last modified|actualizado|mis à jour|zaktualizowano|atualizado)\b[^\n]{0,60}\d"#,
        options: .caseInsensitive)
}

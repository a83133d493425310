import Foundation

/// Trims what a story's container holds around the story itself: at the end, a run of short
/// lines that are not sentences ("More on this topic:", "Contact") and of the site's notices
/// (`SignOff`: "Follow us on …", "© 2024 …"), and at the start a short dateline or posting line
/// ("12.12.2022, 08:30", "Posted by … | 31 December 2008"). The story's own paragraphs end as
/// sentences; these lines label what came after, or the page. Picture credits (`CreditLine`)
/// short calls to action (`SignOff.isCallout`) and the headings of the page's own sections
/// (`SectionLabel`: "Related articles", "About the author") go wherever they stand.
///
///     StoryEdges.trim("Story.\n\nMore on this topic:")   // "Story."
enum StoryEdges {
    /// Longest trailing line taken for a label.
    static let trailingLabel = 90
    /// Longest leading line taken for a dateline.
    static let leadingDateline = 100
    /// Most trailing paragraphs dropped as a run of labels and notices.
    static let longestRun = 4

    static func trim(_ text: String) -> String {
        var paragraphs = text.components(separatedBy: "\n\n")
        var dropped = 0
        while paragraphs.count > 2, dropped < 3, let last = paragraphs.last, isLabel(last) {
            paragraphs.removeLast()
            dropped += 1
        }
        let credits = paragraphs.filter { !CreditLine.isCredit($0) }
        if !credits.isEmpty, credits.count < paragraphs.count { paragraphs = credits }
        guard paragraphs.count > 2 else { return paragraphs.joined(separator: "\n\n") }
        // Then a run of labels and notices with a notice in it, up to `longestRun`.
        var run = paragraphs.count
        var notice = false
        while run > 2, paragraphs.count - run < longestRun {
            let last = paragraphs[run - 1]
            if SignOff.isNotice(last) { notice = true } else if !isLabel(last) { break }
            run -= 1
        }
        if notice { paragraphs.removeSubrange(run...) }
        let story = paragraphs.filter { !SignOff.isCallout($0) && !SectionLabel.isPageLabel($0) }
        if story.count >= 2 { paragraphs = story }
        if paragraphs.count > 2, isDateline(paragraphs[0]) { paragraphs.removeFirst() }
        return paragraphs.joined(separator: "\n\n")
    }

    /// A short single line that does not end as a sentence does (a table's rows or a list's
    /// items are several lines, and stay).
    static func isLabel(_ paragraph: String) -> Bool {
        let line = stripped(paragraph)
        guard line.count <= trailingLabel, !line.utf8.contains(0x0A), let end = line.last else { return false }
        return !sentenceEnds.contains(end)
    }

    /// A short line with a date in it that is not a sentence.
    static func isDateline(_ paragraph: String) -> Bool {
        let line = paragraph.trimmingCharacters(in: .whitespaces)
        guard line.count <= leadingDateline, let end = line.last, end != ".", end != "!", end != "?" else { return false }
        return line.range(of: #"\b(1[89]|20)\d\d\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"#, options: .regularExpression) != nil
    }

    /// The paragraph without the spaces around it. Foundation's `trimmingCharacters` bridges
    /// every string it sees, which costs more than the rest of the trimming together.
    static func stripped(_ paragraph: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = paragraph.firstIndex(where: { !isSpace($0) }),
              let last = paragraph.lastIndex(where: { !isSpace($0) }) else { return "" }
        return paragraph[first...last]
    }

    private static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "\"", "”", "“", "»", "«", "'", "’", ")", "]", "。", "！", "？"]
}

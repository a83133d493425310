import Foundation

/// A paragraph in which the site, not the story, speaks to the reader: a copyright notice, a
/// call to subscribe, follow, sign in, download the app, donate or join, an advertising label.
/// Story containers end with runs of these ("Follow us on …", "© 2024 … All rights reserved")
/// and templates drop short ones between the paragraphs ("Anzeige", "Become a member!"). The
/// cues are the common wording of such notices in the languages of the pages we read.
///
///     SignOff.isNotice("Subscribe to our newsletter for more.")   // true
///     SignOff.isCallout("Werbung")                                 // true
enum SignOff {
    /// Longest paragraph taken for a notice: a story's own paragraphs that mention a newsletter
    /// or an app are usually longer.
    static let longestNotice = 400
    /// Longest notice dropped from inside the story.
    static let longestCallout = 150

    /// A short paragraph with a notice's wording.
    static func isNotice(_ paragraph: String) -> Bool {
        guard paragraph.count <= longestNotice else { return false }
        if paragraph.unicodeScalars.contains("©") { return true }
        // Word by word rather than one regular expression of every cue: that costs a
        // millisecond a page.
        let words = paragraph.lowercased().split { !($0.isLetter || $0.isNumber) }
        for (i, word) in words.enumerated() {
            if stems.contains(where: { word.hasPrefix($0) }) { return true }
            for cue in phrases[String(word)] ?? [] where i + cue.words.count <= words.count {
                let last = cue.words.count - 1
                if zip(cue.words, words[i...]).enumerated().allSatisfy({ n, pair in
                    n == last && cue.stem ? pair.1.hasPrefix(pair.0) : pair.1 == pair.0
                }) { return true }
            }
        }
        return words.contains("follow") && follow.firstMatch(in: paragraph, range: NSRange(paragraph.startIndex..., in: paragraph)) != nil
    }

    /// A notice that cannot be the story's own sentence wherever it stands: short, and an
    /// exclamation, a label without a full stop, or a copyright line.
    static func isCallout(_ paragraph: String) -> Bool {
        let line = StoryEdges.stripped(paragraph)
        guard line.count <= longestCallout, let end = line.last else { return false }
        // The shape first: most paragraphs are sentences, and the cues are a long expression.
        let text = String(line)
        guard end == "!" || StoryEdges.isLabel(text) || line.unicodeScalars.contains("©") || !".?".contains(end) && {
            let lower = text.lowercased()
            return lower.utf8.contains("rights".utf8) || lower.utf8.contains("rechte".utf8)
        }() else { return false }
        return isNotice(text)
    }

    /// Whole words or phrases; a trailing `*` lets a word go on ("abonnier*": abonnieren, abonniert).
    private static let cues = [
        // copyright
        "©", "copyright", "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados",
        "tous droits réservés", "wszelkie prawa zastrzeżone", "todos os direitos reservados", "tutti i diritti riservati",
        // subscribe
        "subscribe*", "subscription*", "newsletter*", "abonnier*", "abonnement*", "im abo", "e-paper", "suscríbete",
        "suscribirse", "suscripción", "abonnez-vous", "subskrypc*", "prenumerat*", "assine", "iscriviti",
        // follow
        "follow us", "folge uns", "folgt uns", "folgen sie uns", "síguenos", "suivez-nous", "obserwuj nas", "siga-nos", "seguici",
        // sign in
        "sign up", "log in", "einloggen", "anmelden", "registrieren", "inicia sesión", "regístrate", "zaloguj się",
        "kommentare zu schreiben", "um zu kommentieren", "to comment", "para comentar",
        // the app
        "download the", "app herunter*", "unsere app", "our app", "la app", "descarga la",
        // support, join
        "unterstütze*", "support us", "donate", "spenden sie", "spende jetzt", "jetzt spenden", "wesprzyj", "apóyanos",
        "werden sie mitglied", "become a member", "hazte socio", "únete", "join us", "zapraszamy",
        // advertising
        "advertise*", "advertisement", "anzeige", "werbung",
    ]

    private struct Cue {
        let words: [String]
        /// The last word may go on.
        let stem: Bool
    }

    /// Single-word cues that may go on, tried as prefixes of every word.
    private static let stems: [String] = cues.filter { $0.hasSuffix("*") && !$0.contains(" ") }.map { String($0.dropLast()) }

    /// The other cues by their first word ("e-paper" is the words "e", "paper").
    private static let phrases: [String: [Cue]] = {
        var byFirst: [String: [Cue]] = [:]
        for cue in cues where !(cue.hasSuffix("*") && !cue.contains(" ")) && cue != "©" {
            let stem = cue.hasSuffix("*")
            let words = cue.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
            byFirst[words[0], default: []].append(Cue(words: words, stem: stem))
        }
        return byFirst
    }()

    /// "Follow The Daily on Twitter", "follow her on Instagram".
    private static let follow = try! NSRegularExpression(
        pattern: #"\bfollow\b[^.!?]{0,40}\bon (?:twitter|facebook|instagram|linkedin|tiktok|youtube|x)\b"#,
        options: .caseInsensitive)
}

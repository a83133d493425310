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
        paragraph.count <= longestNotice
            && cue.firstMatch(in: paragraph, range: NSRange(paragraph.startIndex..., in: paragraph)) != nil
    }

    /// A notice that cannot be the story's own sentence wherever it stands: short, and an
    /// exclamation, a label without a full stop, or a copyright line.
    static func isCallout(_ paragraph: String) -> Bool {
        let line = paragraph.trimmingCharacters(in: .whitespaces)
        guard line.count <= longestCallout, let end = line.last, isNotice(line) else { return false }
        let lower = line.lowercased()
        return end == "!" || StoryEdges.isLabel(line) || line.contains("©") || lower.contains("rights") || lower.contains("rechte")
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

    private static let cue: NSRegularExpression = {
        let words = cues.map { cue -> String in
            let stem = cue.hasSuffix("*")
            let word = stem ? String(cue.dropLast()) : cue
            let open = word.first!.isLetter ? #"(?<!\w)"# : ""
            let close = stem || !word.last!.isLetter ? "" : #"(?!\w)"#
            return open + NSRegularExpression.escapedPattern(for: word) + close
        }
        // "Follow The Daily on Twitter", "follow her on Instagram".
        let follow = #"\bfollow\b[^.!?]{0,40}\bon (?:twitter|facebook|instagram|linkedin|tiktok|youtube|x)\b"#
        return try! NSRegularExpression(pattern: (words + [follow]).joined(separator: "|"), options: .caseInsensitive)
    }()
}

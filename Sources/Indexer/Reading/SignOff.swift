import Foundation

/// A paragraph in which the site, not the story, speaks to the reader: a copyright notice, a
/// call to subscribe, follow, sign in, download the app, donate or join, an advertising note.
/// Story containers end with runs of these ("Follow us on …", "© 2024 … All rights reserved").
/// The cues are the common wording of such notices in the languages of the pages we read.
///
///     SignOff.isSignOff("Subscribe to our newsletter for more.")   // true
enum SignOff {
    /// Longest paragraph taken for a notice: a story's own paragraphs that mention a newsletter
    /// or an app are usually longer.
    static let longest = 400

    static func isSignOff(_ paragraph: String) -> Bool {
        guard paragraph.count <= longest else { return false }
        let text = paragraph.lowercased()
        return cues.contains { cue in
            var from = text.startIndex
            while let found = text.range(of: cue, range: from..<text.endIndex) {
                // At a word's start: "anmelden", not "abzumelden"-like inner matches.
                if found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter { return true }
                from = found.upperBound
            }
            return false
        }
    }

    private static let cues = [
        // copyright
        "©", "copyright", "all rights reserved", "alle rechte vorbehalten", "todos los derechos", "tous droits",
        "wszelkie prawa", "todos os direitos", "tutti i diritti",
        // subscribe
        "subscribe", "subscription", "newsletter", "abonnier", "abonnement", "im abo", "e-paper", "suscríbete",
        "suscribirse", "suscripción", "abonnez", "subskrypc", "prenumer", "assine", "iscriviti",
        // follow
        "follow us", "follow the", "folge uns", "folgen sie uns", "síguenos", "suivez-nous", "obserwuj", "siga-nos", "seguici",
        // sign in
        "sign up", "log in", "einloggen", "anmelden", "registrieren", "inicia sesión", "regístrate", "zaloguj",
        "kommentare zu schreiben", "um zu kommentieren", "to comment", "para comentar",
        // the app
        "download the", "app herunter", "unsere app", "our app", "la app", "descarga",
        // support, join
        "unterstütze", "unterstützen sie", "support us", "donate", "spenden sie", "jetzt spenden", "wesprzyj", "apóyanos",
        "dona ", "werden sie mitglied", "become a member", "hazte socio", "únete", "join us", "zapraszamy",
        // advertising
        "advertise", "anzeige", "werbung",
    ]
}

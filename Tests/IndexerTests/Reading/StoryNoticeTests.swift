import XCTest
@testable import Indexer

/// Paragraphs inside a story's container that are not the story's: picture credits anywhere
/// (`CreditLine`) and the site's notices at the end (`SignOff`). Pages and lines written for
/// these tests.
final class StoryNoticeTests: XCTestCase {
    typealias Story = MainTextExtractionTests

    func testCreditLines() {
        for credit in ["Foto: Anna Beispiel", "Photo: J. Doe", "(Credit: Jane Doe / Harbour Agency)", "Bild: Archiv/Stadtwerke",
                       "Quelle: Pressestelle", "Fuente: Ayuntamiento", "fot. shutterstock",
                       "The new pier at dawn. © Harbour Board", "Der neue Steg im Morgenlicht (Foto: Max Muster)",
                       "Fishermen at the quay. Photo: Jane Doe", "Fishermen at the quay (REUTERS/Jane Doe)",
                       "Name Surname/Harbour Agency via Getty Images", "AFP / NAME SURNAME", "Shutterstock"] {
            XCTAssertTrue(CreditLine.isCredit(credit), credit)
        }
        for prose in [Story.paragraph1, "The photo agency said it would appeal (dpa).",
                      "Reuters reported on Monday that the talks had failed.", "Foto", "Photographs were taken by the council: all of them.",
                      String(repeating: "A long caption about the harbour and its piers. ", count: 8) + "Foto: Max Muster"] {
            XCTAssertFalse(CreditLine.isCredit(prose), prose)
        }
    }

    func testSignOffs() {
        for notice in ["Follow us on Facebook and Instagram for more stories.", "Folge uns auf Twitter!",
                       "Abonnieren Sie unseren Newsletter.", "© 2024 Harbour News. All rights reserved.",
                       "Sie müssen sich anmelden, um Kommentare zu schreiben.", "Download the Harbour News app for iOS and Android.",
                       "Únete a nuestro canal.", "Zapraszamy do subskrypcji.", "Anzeige", "Sign-up successful!",
                       "Get the E-Paper", "Follow The Harbour Post on Instagram."] {
            XCTAssertTrue(SignOff.isNotice(notice), notice)
        }
        for prose in [Story.paragraph1, "The council will publish its decision in the next newsletter" + String(repeating: " and more", count: 50),
                      "Die Strafanzeige wurde am Montag gestellt.", "Sie folgten dem Fluss bis zur Mündung.",
                      "Wir beginnen mit dem Anzeigefilter.", "The plan does not follow the advice of the engineers.",
                      "1400 Euro kamen bei der Spendenaktion zusammen."] {
            XCTAssertFalse(SignOff.isNotice(prose), String(prose.prefix(80)))
        }
        // Inside the story only what cannot be a sentence of it: a label, an exclamation, a copyright line.
        for callout in ["Anzeige", "Werbung", "Become a member today!", "Alle Rechte vorbehalten\nNachdruck nur mit Genehmigung"] {
            XCTAssertTrue(SignOff.isCallout(callout), callout)
        }
        for sentence in ["The council will ask residents to sign up for the ferry pass.", "Follow us on Facebook" + String(repeating: " and elsewhere", count: 12)] {
            XCTAssertFalse(SignOff.isCallout(sentence), sentence)
        }
    }

    func testSectionLabels() {
        for label in ["Related articles", "Über den Autor", "Weitere Informationen:", "Zobacz również", "Te puede interesar",
                      "Inhaltsverzeichnis", "Aktualisiert am 17.01.2021.", "Last updated: 3 May 2022"] {
            XCTAssertTrue(SectionLabel.isPageLabel(label), label)
        }
        // A heading of the story, a sentence with the words in it, an update told in a sentence.
        for line in ["The pier's contents", "Kontaktsperre im Hafen", "Read more about the harbour in our archive.",
                     "Updated plans for the pier were shown to the council in 2021 and approved by a wide margin after a long debate."] {
            XCTAssertFalse(SectionLabel.isPageLabel(line), line)
        }
        XCTAssertEqual(StoryEdges.trim("One.\n\nRelated articles\n\nTwo.\n\nContact:\n\nThree."), "One.\n\nTwo.\n\nThree.")
    }

    func testEdgesDropCreditsAnywhereAndANoticeRunAtTheEnd() {
        let story = ["One.", "Foto: Max Muster", "Two.", "Three."]
        XCTAssertEqual(StoryEdges.trim(story.joined(separator: "\n\n")), "One.\n\nTwo.\n\nThree.")
        // A run of labels and notices goes whole once a notice is in it …
        let signed = ["One.", "Two.", "Three.", "Follow us on Facebook for more.", "Newsletter", "Subscribe now!"]
        XCTAssertEqual(StoryEdges.trim(signed.joined(separator: "\n\n")), "One.\n\nTwo.\n\nThree.")
        // … but only at the end: a notice inside the story stays, and so does a sentence after it.
        let inside = ["One.", "Subscribe to our newsletter.", "Two.", "Three."]
        XCTAssertEqual(StoryEdges.trim(inside.joined(separator: "\n\n")), inside.joined(separator: "\n\n"))
        // A call to action is dropped wherever it stands.
        XCTAssertEqual(StoryEdges.trim("One.\n\nWerbung\n\nTwo.\n\nJoin us today!\n\nThree."), "One.\n\nTwo.\n\nThree.")
        // A story that is only a credit keeps it: something is better than nothing.
        XCTAssertEqual(StoryEdges.trim("Foto: Max Muster"), "Foto: Max Muster")
    }

    func testPageWithCaptionsAndSignOffsInsideTheContainer() {
        let html = """
        <html><body><div class="entry-content">
        <p>\(Story.paragraph1)</p><p><span>The northern pier after the second storm. © Harbour Board</span></p>
        <p>\(Story.paragraph2)</p><p>Foto: Anna Beispiel</p><p>\(Story.paragraph3)</p>
        <p>Follow us on Facebook and Instagram, or send us a message.</p>
        <p>© 2024 Harbour News. This article may not be reprinted without permission.</p></div></body></html>
        """
        for parser in [HTMLDocument.Parser.libxml2, .tokenizer] {
            let text = HTMLPage(html: html, parser: parser).text
            XCTAssertEqual(text, [Story.paragraph1, Story.paragraph2, Story.paragraph3].joined(separator: "\n\n"), "\(parser)")
        }
    }
}

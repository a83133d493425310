import XCTest
@testable import Indexer

final class CountryRecognizerTests: XCTestCase {
    let recognizer = CountryRecognizer()

    func codes(_ body: String, title: String = "", date: String? = "2025-11-01") -> [String] {
        recognizer.recognize(title: title, body: body, published: date.flatMap(PartialDate.init)).map(\.code)
    }

    func testNamesShortFormsAndAdjectives() {
        XCTAssertEqual(codes("The U.S. and Britain agreed; South Korean officials watched."), ["US", "GB", "KR"])
        XCTAssertEqual(codes("Talks with the DPRK and the ROK resumed."), ["KP", "KR"])
        XCTAssertEqual(codes("Troops returned to the States after the drill."), ["US"])
        XCTAssertEqual(codes("Chinese and Japanese negotiators met Canadians."), ["CN", "JP", "CA"])
        XCTAssertEqual(codes("Erdoğan's Türkiye and Turkey's neighbours"), ["TR"])
    }

    func testCapitalsAndSeatsOfGovernment() {
        XCTAssertEqual(codes("Beijing said on Monday it would retaliate."), ["CN"])
        XCTAssertEqual(codes("The Kremlin rejected the plan and Downing Street declined to comment."), ["RU", "GB"])
        XCTAssertEqual(codes("The White House and the Elysee issued statements."), ["US", "FR"])
        XCTAssertEqual(codes("Seoul's response angered Pyongyang."), ["KR", "KP"])
    }

    func testDatelines() {
        let seoul = recognizer.recognize(title: "Exports rise", body: "SEOUL, Nov 1 (Reuters) - Exports rose.", published: nil)
        XCTAssertEqual(seoul.map(\.code), ["KR"])
        XCTAssertEqual(seoul.first?.mentions.first, Mention(text: "SEOUL", offset: 14))
        XCTAssertEqual(codes("TOKYO, April 8 - Shares fell."), ["JP"])
        XCTAssertEqual(codes("NEW YORK - Stocks rose on Tuesday."), ["US"])
        XCTAssertEqual(codes("FRANKFURT, March 3 - The bourse extended hours."), ["DE"])
        XCTAssertEqual(codes("WILMINGTON, Del., March 3 - The company said profits rose."), ["US"])
        XCTAssertEqual(codes("Toronto, April 8 - Shr profit 63 cts vs 22 cts"), ["CA"])
        XCTAssertEqual(codes("HONG KONG, June 2 - Shares were mixed."), ["HK"])
        XCTAssertEqual(codes("BOMBAY, June 2 - Cotton prices rose."), ["IN"])
        XCTAssertEqual(recognizer.recognize(title: "", body: "In Des Moines, Iowa, workers struck.", published: nil).count, 0)
    }

    func testTraps() {
        XCTAssertEqual(codes("We ate turkey at Thanksgiving."), [])
        XCTAssertEqual(codes("Turkey and Greece signed the accord."), ["TR", "GR"])
        XCTAssertEqual(codes("She moved to Atlanta, Georgia, last year."), [])
        XCTAssertEqual(codes("Georgia said Russian troops had crossed the border near Tbilisi."), ["GE", "RU"])
        XCTAssertEqual(codes("Michael Jordan scored 40 points."), [])
        XCTAssertEqual(codes("Chad Smith plays the drums."), [])
        XCTAssertEqual(codes("Ships sailed in the East China Sea and the South China Sea."), [])
        XCTAssertEqual(codes("Papua New Guinea signed the deal."), ["PG"])
        XCTAssertEqual(codes("Fires spread in Washington state and New Mexico."), [])
        XCTAssertEqual(codes("A storm formed over the Indian Ocean."), [])
        XCTAssertEqual(codes("Niger and Nigeria share a border."), ["NE", "NG"])
        XCTAssertEqual(codes("Korean food is popular."), [])
        XCTAssertEqual(codes("Korean exports rose, officials in Seoul said."), ["KR"])
        XCTAssertEqual(codes("He works at the Washington Post in Latin America."), [])
        XCTAssertEqual(codes("they drank from fine china in new jersey"), [])
    }

    func testHistoricalStatesByDate() {
        XCTAssertEqual(codes("Soviet and West German officials met.", date: "1987-04-01"), ["SUHH", "DE"])
        XCTAssertEqual(codes("Russian officials met East German envoys.", date: "1987-04-01"), ["SUHH", "DDDE"])
        XCTAssertEqual(codes("Russian officials met.", date: "2025-04-01"), ["RU"])
        XCTAssertEqual(codes("Russian officials met.", date: nil), ["RU"])
        XCTAssertEqual(codes("Yugoslav and Czechoslovak delegates", date: "1987-04-01"), ["YUCS", "CSHH"])
    }

    func testOffsetsCountScalarsFromTitleAndOrderByFirstMention() {
        let result = recognizer.recognize(title: "🇰🇷 Visit to Japan", body: "Seoul said. Japan agreed.", published: nil)
        XCTAssertEqual(result.map(\.code), ["JP", "KR"])
        let text = Array(("🇰🇷 Visit to Japan" + "\n\n" + "Seoul said. Japan agreed.").unicodeScalars)
        for entity in result {
            for m in entity.mentions {
                XCTAssertEqual(String(String.UnicodeScalarView(text[m.offset..<(m.offset + m.text.unicodeScalars.count)])), m.text)
            }
        }
        XCTAssertEqual(result[0].mentions.map(\.offset), [12, 31])
    }

    func testNoCrashOnRandomText() {
        // Deterministic pseudo-random mixes of letters, marks, punctuation and emoji.
        let pieces = ["U", ".", "S", "'s", "’", "-", " ", "\n", "Xi", "Lee", "President", "é", "\u{301}", "🇰🇷",
                      "Korea", "KOREA", ",", "(", "Jae", "myung", "former", "Vice", "St", "NEW", "YORK"]
        var seed: UInt64 = 42
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            _ = recognizer.recognize(title: text, body: text, published: PartialDate("2025-11-01"))
            _ = LeaderRecognizer().recognize(title: "", body: text, published: nil)
        }
    }

    func testNoCrashOnOddInput() {
        for body in ["", " ", "\n\n\n", "'s", "U.", "A.B.C.", "-", "’", "🙂🙂", String(repeating: "U.S. ", count: 200), "\u{0}\u{301}x"] {
            _ = recognizer.recognize(title: body, body: body, published: nil)
            _ = LeaderRecognizer().recognize(title: body, body: body, published: nil)
        }
    }
}

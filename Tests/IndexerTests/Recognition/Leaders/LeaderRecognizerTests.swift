import XCTest
@testable import Indexer

final class LeaderRecognizerTests: XCTestCase {
    let recognizer = LeaderRecognizer()

    func ids(_ body: String, title: String = "", date: String? = "2025-11-01") -> [String] {
        recognizer.recognize(title: title, body: body, published: date.flatMap(PartialDate.init)).map(\.id)
    }

    func testResolutionByDate() {
        XCTAssertEqual(ids("President Lee arrived in Tokyo.", date: "2025-11-01"), ["kr-lee-jae-myung"])
        XCTAssertEqual(ids("President Lee arrived in Tokyo.", date: "2010-06-01"), ["kr-lee-myung-bak"])
        XCTAssertEqual(ids("President Bush spoke.", date: "1990-05-01"), ["us-george-h-w-bush"])
        XCTAssertEqual(ids("President Bush spoke.", date: "2005-05-01"), ["us-george-w-bush"])
        XCTAssertEqual(ids("Prime Minister Takeshita spoke.", date: "1987-06-01"), [])
        XCTAssertEqual(ids("Prime Minister Takeshita spoke.", date: "1988-01-15"), ["jp-noboru-takeshita"])
        XCTAssertEqual(ids("Prime Minister Lee spoke.", date: "2010-06-01"), ["sg-lee-hsien-loong"])
        // Unknown date: the current holder.
        XCTAssertEqual(ids("President Lee spoke.", date: nil), ["kr-lee-jae-myung"])
    }

    func testTitlePatternsIntroduce() {
        XCTAssertEqual(ids("Chinese President Xi Jinping will visit."), ["cn-xi-jinping"])
        XCTAssertEqual(ids("Japan's new Prime Minister Sanae Takaichi met him."), ["jp-sanae-takaichi"])
        XCTAssertEqual(ids("Chancellor Friedrich Merz said."), ["de-friedrich-merz"])
        XCTAssertEqual(ids("King Charles III opened parliament."), ["gb-charles-iii"])
        XCTAssertEqual(ids("Emir Sheikh Tamim received the envoy."), ["qa-tamim-bin-hamad"])
        XCTAssertEqual(ids("Premier Li said growth would hold."), ["cn-li-qiang"])
        // A plural title before two names, each with its country (a sentence written for the test).
        XCTAssertEqual(ids("Prime Ministers Anibal Cavaco Silva of Portugal and Zhao Ziyang of China signed a statement on Macau.",
                           date: "1987-04-13"),
                       ["pt-anibal-cavaco-silva", "cn-zhao-ziyang"])
        XCTAssertEqual(ids("Soviet leader Mikhail Gorbachev said.", date: "1987-04-13"), ["su-mikhail-gorbachev"])
    }

    func testHonorificsParticlesAndRegnalNames() {
        XCTAssertEqual(ids("His Majesty King Abdullah II met envoys."), ["jo-abdullah-ii"])
        XCTAssertEqual(ids("Saudi Crown Prince Mohammed bin Salman arrived."), ["sa-mohammed-bin-salman"])
        XCTAssertEqual(ids("Pope Leo XIV and Emperor Naruhito spoke."), ["va-leo-xiv", "jp-naruhito"])
        XCTAssertEqual(ids("Supreme Leader Ayatollah Ali Khamenei spoke."), ["ir-ali-khamenei"])
        XCTAssertEqual(ids("Talks with von der Leyen went on."), ["eu-ursula-von-der-leyen"])
        XCTAssertEqual(ids("Syria's interim President Ahmed al-Sharaa spoke. Later al-Sharaa left."), ["sy-ahmed-al-sharaa"])
        XCTAssertEqual(ids("Sir Keir Starmer and Mr Trump spoke."), ["gb-keir-starmer", "us-donald-trump"])
        XCTAssertEqual(ids("Melania Trump visited a school."), [])
        XCTAssertEqual(ids("British Prime Minister Theresa May said.", date: "2017-03-29"), ["gb-theresa-may"])
        XCTAssertEqual(ids("Theresa May said.", date: "2017-03-29"), ["gb-theresa-may"])
        XCTAssertEqual(ids("Prices may rise. May said it would.", date: "2017-03-29"), [])
        XCTAssertEqual(ids("Jay Carney, a former spokesman, spoke."), [])
    }

    func testSurnamesResolveToTheIntroducedPersonOnly() {
        let body = "South Korean President Lee Jae-myung met Xi. Harvard's Seong-Hyon Lee said the talks mattered. Lee later left."
        let result = recognizer.recognize(title: "", body: body, published: PartialDate("2025-11-01"))
        let lee = result.first { $0.id == "kr-lee-jae-myung" }
        XCTAssertEqual(lee?.mentions.map(\.text), ["Lee Jae-myung", "Lee"])
        XCTAssertEqual(ids("Harvard's Seong-Hyon Lee said ties were fragile. Lee added more."), [])
        XCTAssertEqual(ids("Stanford's Gi-Wook Shin said so. Lee agreed."), [])
        XCTAssertEqual(ids("Prime Minister Sanae Takaichi spoke. Takaichi later said more."),
                       ["jp-sanae-takaichi"])
        XCTAssertEqual(recognizer.recognize(title: "", body: "Prime Minister Sanae Takaichi spoke. Takaichi said.",
                                            published: PartialDate("2025-11-01")).first?.mentions.count, 2)
    }

    func testNameVariants() {
        XCTAssertEqual(ids("Lee Jae Myung spoke."), ["kr-lee-jae-myung"])
        XCTAssertEqual(ids("Lee Jaemyung spoke."), ["kr-lee-jae-myung"])
        XCTAssertEqual(ids("Erdoğan spoke, then Erdogan left."), ["tr-recep-tayyip-erdogan"])
        XCTAssertEqual(ids("Zelenskyy, Zelensky and Zelenskiy are one man."), ["ua-volodymyr-zelenskyy"])
        XCTAssertEqual(ids("Lula and Prabowo met."), ["br-lula", "id-prabowo-subianto"])
        XCTAssertEqual(ids("George W. Bush spoke.", date: "2005-01-01"), ["us-george-w-bush"])
        XCTAssertEqual(ids("Prime Minister Kishida Fumio spoke.", date: "2023-01-01"), ["jp-fumio-kishida"])
        XCTAssertEqual(ids("Donald J. Trump spoke."), ["us-donald-trump"])
        // After a title, a middle initial or a given-name spelling the data lacks.
        XCTAssertEqual(ids("Prime Minister Wilfried A. Martens spoke.", date: "1987-04-01"), ["be-wilfried-martens"])
        XCTAssertEqual(ids("President Francois Mitterand spoke.", date: "1987-04-01"), ["fr-francois-mitterrand"])
    }

    func testNotSittingLeaders() {
        XCTAssertEqual(ids("Vice President Harris spoke.", date: "2024-05-01"), [])
        XCTAssertEqual(ids("The Premier League resumes."), [])
        XCTAssertEqual(ids("Fed Chairman Powell spoke."), [])
        XCTAssertEqual(ids("Former President Obama spoke.", date: "2012-01-01"), [])
        XCTAssertEqual(ids("former President Bush spoke.", date: "2005-01-01"), [])
        XCTAssertEqual(ids("Barack Obama spoke.", date: "2025-01-01"), [])
        XCTAssertEqual(ids("President-elect Trump spoke.", date: "2024-12-01"), [])
        XCTAssertEqual(ids("European Commission President Ursula von der Leyen spoke."), ["eu-ursula-von-der-leyen"])
        XCTAssertEqual(ids("Harvard President Alan Garber spoke."), [])
    }

    func testBareSurnames() {
        XCTAssertEqual(ids("Reagan said the deficit would fall.", date: "1987-04-01"), ["us-ronald-reagan"])
        XCTAssertEqual(ids("REAGAN VISITS FLOODED FARM TOWNS", date: "1987-04-01"), ["us-ronald-reagan"])
        XCTAssertEqual(ids("Thatcher and Gorbachev met.", date: "1987-04-01"), ["gb-margaret-thatcher", "su-mikhail-gorbachev"])
        XCTAssertEqual(ids("Lee said the talks went well."), [])
        XCTAssertEqual(ids("Kim said the talks went well."), [])
        XCTAssertEqual(ids("Bush said so.", date: "1987-04-01"), [])
        XCTAssertEqual(ids("Reagan Administration officials said.", date: "1987-04-01"), ["us-ronald-reagan"])
    }

    func testEntityFields() throws {
        let r = recognizer.recognize(title: "Xi meets Trump", body: "U.S. President Donald Trump met Xi Jinping.",
                                     published: PartialDate("2025-10-30"))
        XCTAssertEqual(r.map(\.id), ["cn-xi-jinping", "us-donald-trump"])
        let trump = try XCTUnwrap(r.last)
        XCTAssertEqual(trump.role, "both")
        XCTAssertEqual(trump.country, "US")
        XCTAssertEqual(trump.mentions.map(\.text), ["Trump", "Donald Trump"])
        XCTAssertEqual(trump.mentions.map(\.offset), [9, 31])
    }
}

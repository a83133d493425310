import XCTest
@testable import Indexer

final class DateAbsoluteTests: XCTestCase {
    func testWrittenFullDates() {
        DateTestSupport.assertValues([
            "The accord was signed on November 1, 2025, in Gyeongju.": ["2025-11-01"],
            "Talks ended Nov. 1, 2025 without a deal.": ["2025-11-01"],
            "Voting closes on 1 Nov 2025 at noon.": ["2025-11-01"],
            "The law takes effect on the 1st of November 2025.": ["2025-11-01"],
            "Filed Sept. 30, 2024 in Ottawa.": ["2024-09-30"],
            "The 29th February 2024 sitting was cancelled.": ["2024-02-29"],
        ])
        DateTestSupport.assertSpans(["Talks ended Nov. 1, 2025.": ["Nov. 1, 2025"]])
    }

    func testShortWeekdayOnlyBeforeAFullDate() {
        DateTestSupport.assertSpans([
            "Sat 1 Nov 2025 10.00 GMT": ["Sat 1 Nov 2025"],
            "Posted Thu., Oct. 30, 2025": ["Thu., Oct. 30, 2025"],
        ])
        DateTestSupport.assertValues(["The Sun and Sat. editions": []])
    }

    func testTheYearNumber() {
        DateTestSupport.assertValues(["Fears grew in the year 2000.": ["2000"]])
    }

    func testImpossibleDaysAreNotDates() {
        DateTestSupport.assertValues([
            "Nothing happened on February 30, 2025.": [],
            "The 31st of April 2025 never came.": [],
        ])
    }

    func testWeekdayIsPartOfTheDate() {
        XCTAssertEqual(DateTestSupport.spans("They meet on Saturday, November 1, 2025, in Seoul."),
                       ["Saturday, November 1, 2025"])
    }

    func testIsoAndUnambiguousNumericDates() {
        DateTestSupport.assertValues([
            "Updated 2025-11-01 by the desk.": ["2025-11-01"],
            "Stamped 2025-11-01T10:30:00Z.": ["2025-11-01"],
            "Dated 2025/11/01.": ["2025-11-01"],
            "Dated 13/01/2025.": ["2025-01-13"],
            "Dated 01/13/2025.": ["2025-01-13"],
            "Dated 05.05.2025.": ["2025-05-05"],
        ])
    }

    func testAmbiguousNumericDatesAreSkipped() {
        DateTestSupport.assertValues([
            "Dated 11/01/2025 in the file.": [],
            "Dated 03/04/2025.": [],
        ])
    }

    func testMonthPrecision() {
        DateTestSupport.assertValues([
            "Inflation peaked in November 2024.": ["2024-11"],
            "Marchers met in March 2025.": ["2025-03"],
            "Sales fell in Sept 2023.": ["2023-09"],
        ])
    }

    func testMonthDayTakesTheNearestYear() {
        DateTestSupport.assertValues(["Talks began Nov 1 in Busan.": ["2025-11-01"]])
        DateTestSupport.assertValues(dated: [
            ("2026-01-10", "The vote was held December 20.", ["2025-12-20"]),
            ("2025-12-20", "The vote is set for January 5.", ["2026-01-05"]),
            ("2025-04-02", "The vote was on 3 March.", ["2025-03-03"]),
            (nil, "Talks began Nov 1 in Busan.", []),
            // A named weekday picks the year it fits: 2024-10-30 was a Wednesday, 2025-10-30 a Thursday.
            ("2025-04-20", "Talks began Wednesday, Oct. 30.", ["2024-10-30"]),
            ("2025-04-20", "Talks began Thursday, Oct. 30.", ["2025-10-30"]),
        ])
    }

    func testBareMonthInTimeContext() {
        DateTestSupport.assertValues([
            "Prices rose in October.": ["2025-10"],
            "Nothing has moved since June.": ["2025-06"],
            "Unchanged since November.": ["2025-11"],
            "The vote last December was close.": ["2024-12"],
            "Elections are due next March.": ["2026-03"],
            "She won by the end of October.": ["2025-10"],
            "since her October appointment": ["2025-10"],
            "since Lee's June election victory": ["2025-06"],
            "the October election": ["2025-10"],
            "Growth slowed in mid-November.": ["2025-11"],
            "October's election was close.": ["2025-10"],
            "June's husband spoke.": [],
        ])
        DateTestSupport.assertValues(["Talks resume in January.": ["2026-01"]], published: DateTestSupport.date("2025-11-20"))
        DateTestSupport.assertValues(["Prices rose in October.": []], published: nil)
    }

    func testMayTheVerbAndTheName() {
        DateTestSupport.assertValues([
            "Prices may rise, the bank said.": [],
            "Theresa May said the deal was done.": [],
            "May said she would stay.": [],
            "It was a decision by May and her cabinet.": [],
            "Ever since May became leader, the party split.": [],
            "The vote is in May, officials said.": ["2025-05"],
            "The vote is in May and June.": ["2025-05", "2025-06"],
            "The vote took place on May 5, 2021.": ["2021-05-05"],
        ])
    }

    func testMarchAugustAndJuneAsWords() {
        DateTestSupport.assertValues([
            "Thousands joined a march on the capital.": [],
            "They recalled the Long March and the March on Washington.": [],
            "China launched a Long March 5 rocket.": [],
            "Protesters Plan To March On Capitol": [],
            "An august institution, it said.": [],
            "June Smith told reporters in Leeds.": [],
            "in June Smith won the seat": [],
            "The Sun reported that fans sat down.": [],
            "Sat, Sun and Mon are short forms.": [],
        ])
    }

    func testYearsInYearContexts() {
        DateTestSupport.assertValues([
            "Ties hit bottom in 2016.": ["2016"],
            "The first summit since 2017.": ["2017"],
            "Net zero by 2030, they said.": ["2030"],
            "2016's deployment angered Beijing.": ["2016"],
            "Before the 2025 election, polls shifted.": ["2025"],
            "Growth slowed in mid-2025.": ["2025"],
            "By the end of 2024 the plan was dead.": ["2024"],
            "He served from 2016 to 2020.": ["2016", "2020"],
            "It will publish its 2026 growth outlook.": ["2026"],
            "In the first 10 months of 2025, exports grew.": ["2025"],
            "The 2000 troops and the 1950 residents left.": [],
        ])
    }

    func testNumbersThatAreNotYears() {
        DateTestSupport.assertValues([
            "It cost $2025 to fix.": [],
            "Attendance was 2,025 in total.": [],
            "About 2025 people attended.": [],
            "Up by 2025 votes.": [],
            "The index rose 1.2025 points.": [],
            "The meeting starts at 10:30.": [],
            "Seoul won 3-1 at home.": [],
            "See page 2025 of the report.": [],
            "Call 555-2025 or 02-2025-1234.": [],
            "Ticket 2016-0345 was closed.": [],
            "The 1990s were calmer.": [],
            "A ruling in 1850 and in 2150.": [],
            "FY2025 results in 2025% terms.": [],
            "The index rose by 2000 and fell from 1950 to 2010 points.": [],
            "Turnout grew from 1990 to 2010 votes.": [],
        ])
    }

    func testMergedByValueInOrderOfFirstMention() {
        let found = DateRecognizer().recognize(
            title: "Summit on Nov 1",
            body: "Leaders met in 2016. On November 1, 2025 they met again; today's talks, in 2016 terms, were short.",
            published: DateTestSupport.saturday)
        XCTAssertEqual(found.map(\.value.description), ["2025-11-01", "2016"])
        XCTAssertEqual(found[0].mentions.map(\.text), ["Nov 1", "November 1, 2025", "today"])
        XCTAssertEqual(found[1].mentions.count, 2)
    }

    func testOffsetsCountUnicodeScalarsFromTitlePlusBody() throws {
        let title = "Zürich 🇨🇭 talks"
        let body = "Le café said on Nov. 1, 2025 that…"
        let found = DateRecognizer().recognize(title: title, body: body, published: nil)
        let all = Array((title + "\n\n" + body).unicodeScalars)
        let m = try XCTUnwrap(found.first?.mentions.first)
        XCTAssertEqual(m.text, "Nov. 1, 2025")
        XCTAssertEqual(String(String.UnicodeScalarView(all[m.offset..<(m.offset + m.text.unicodeScalars.count)])), m.text)
        XCTAssertEqual(m.offset, title.unicodeScalars.count + 2 + "Le café said on ".unicodeScalars.count)
    }

    func testTenseOfTheClauseSidesAnOpenYear() {
        DateTestSupport.assertValues([
            "The vote was held on Dec. 20 in Seoul.": ["2024-12-20"],
            "The vote will be held on Dec. 20 in Seoul.": ["2025-12-20"],
            "The vote on Dec. 20 is close.": ["2025-12-20"],
            "He said the vote in January would be close.": ["2026-01"],
        ])
        DateTestSupport.assertValues(["He joined the bank in June.": ["2024-06"]], published: DateTestSupport.date("2025-03-10"))
        DateTestSupport.assertValues(["He will join the bank in June.": ["2026-06"]], published: DateTestSupport.date("2025-09-10"))
    }

    func testChainedMonths() {
        XCTAssertEqual(DateTestSupport.values("Talks ran from March to April.", published: PartialDate("2025-05-20")),
                       ["2025-03", "2025-04"])
    }
}

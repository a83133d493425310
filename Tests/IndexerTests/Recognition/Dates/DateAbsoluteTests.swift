import XCTest
@testable import Indexer

final class DateAbsoluteTests: XCTestCase {
    private func values(_ body: String, published: PartialDate? = DateTestSupport.saturday) -> [String] {
        DateTestSupport.values(body, published: published)
    }

    func testWrittenFullDates() {
        XCTAssertEqual(values("The accord was signed on November 1, 2025, in Gyeongju."), ["2025-11-01"])
        XCTAssertEqual(values("Talks ended Nov. 1, 2025 without a deal."), ["2025-11-01"])
        XCTAssertEqual(values("Voting closes on 1 Nov 2025 at noon."), ["2025-11-01"])
        XCTAssertEqual(values("The law takes effect on the 1st of November 2025."), ["2025-11-01"])
        XCTAssertEqual(values("Filed Sept. 30, 2024 in Ottawa."), ["2024-09-30"])
        XCTAssertEqual(values("The 29th February 2024 sitting was cancelled."), ["2024-02-29"])
        XCTAssertEqual(DateTestSupport.spans("Talks ended Nov. 1, 2025."), ["Nov. 1, 2025"])
    }

    func testShortWeekdayOnlyBeforeAFullDate() {
        XCTAssertEqual(DateTestSupport.spans("Sat 1 Nov 2025 10.00 GMT"), ["Sat 1 Nov 2025"])
        XCTAssertEqual(DateTestSupport.spans("Posted Thu., Oct. 30, 2025"), ["Thu., Oct. 30, 2025"])
        XCTAssertEqual(values("The Sun and Sat. editions"), [])
    }

    func testTheYearNumber() {
        XCTAssertEqual(values("Fears grew in the year 2000."), ["2000"])
    }

    func testImpossibleDaysAreNotDates() {
        XCTAssertEqual(values("Nothing happened on February 30, 2025."), [])
        XCTAssertEqual(values("The 31st of April 2025 never came."), [])
    }

    func testWeekdayIsPartOfTheDate() {
        XCTAssertEqual(DateTestSupport.spans("They meet on Saturday, November 1, 2025, in Seoul."),
                       ["Saturday, November 1, 2025"])
    }

    func testIsoAndUnambiguousNumericDates() {
        XCTAssertEqual(values("Updated 2025-11-01 by the desk."), ["2025-11-01"])
        XCTAssertEqual(values("Stamped 2025-11-01T10:30:00Z."), ["2025-11-01"])
        XCTAssertEqual(values("Dated 2025/11/01."), ["2025-11-01"])
        XCTAssertEqual(values("Dated 13/01/2025."), ["2025-01-13"])
        XCTAssertEqual(values("Dated 01/13/2025."), ["2025-01-13"])
        XCTAssertEqual(values("Dated 05.05.2025."), ["2025-05-05"])
    }

    func testAmbiguousNumericDatesAreSkipped() {
        XCTAssertEqual(values("Dated 11/01/2025 in the file."), [])
        XCTAssertEqual(values("Dated 03/04/2025."), [])
    }

    func testMonthPrecision() {
        XCTAssertEqual(values("Inflation peaked in November 2024."), ["2024-11"])
        XCTAssertEqual(values("Marchers met in March 2025."), ["2025-03"])
        XCTAssertEqual(values("Sales fell in Sept 2023."), ["2023-09"])
    }

    func testMonthDayTakesTheNearestYear() {
        XCTAssertEqual(values("Talks began Nov 1 in Busan."), ["2025-11-01"])
        XCTAssertEqual(values("The vote was held December 20.", published: DateTestSupport.date("2026-01-10")), ["2025-12-20"])
        XCTAssertEqual(values("The vote is set for January 5.", published: DateTestSupport.date("2025-12-20")), ["2026-01-05"])
        XCTAssertEqual(values("The vote was on 3 March.", published: DateTestSupport.date("2025-04-02")), ["2025-03-03"])
        XCTAssertEqual(values("Talks began Nov 1 in Busan.", published: nil), [])
        // A named weekday picks the year it fits: 2024-10-30 was a Wednesday, 2025-10-30 a Thursday.
        XCTAssertEqual(values("Talks began Wednesday, Oct. 30.", published: DateTestSupport.date("2025-04-20")), ["2024-10-30"])
        XCTAssertEqual(values("Talks began Thursday, Oct. 30.", published: DateTestSupport.date("2025-04-20")), ["2025-10-30"])
    }

    func testBareMonthInTimeContext() {
        XCTAssertEqual(values("Prices rose in October."), ["2025-10"])
        XCTAssertEqual(values("Talks resume in January.", published: DateTestSupport.date("2025-11-20")), ["2026-01"])
        XCTAssertEqual(values("Nothing has moved since June."), ["2025-06"])
        XCTAssertEqual(values("Unchanged since November."), ["2025-11"])
        XCTAssertEqual(values("The vote last December was close."), ["2024-12"])
        XCTAssertEqual(values("Elections are due next March."), ["2026-03"])
        XCTAssertEqual(values("She won by the end of October."), ["2025-10"])
        XCTAssertEqual(values("since her October appointment"), ["2025-10"])
        XCTAssertEqual(values("since Lee's June election victory"), ["2025-06"])
        XCTAssertEqual(values("the October election"), ["2025-10"])
        XCTAssertEqual(values("Growth slowed in mid-November."), ["2025-11"])
        XCTAssertEqual(values("October's election was close."), ["2025-10"])
        XCTAssertEqual(values("June's husband spoke."), [])
        XCTAssertEqual(values("Prices rose in October.", published: nil), [])
    }

    func testMayTheVerbAndTheName() {
        XCTAssertEqual(values("Prices may rise, the bank said."), [])
        XCTAssertEqual(values("Theresa May said the deal was done."), [])
        XCTAssertEqual(values("May said she would stay."), [])
        XCTAssertEqual(values("It was a decision by May and her cabinet."), [])
        XCTAssertEqual(values("Ever since May became leader, the party split."), [])
        XCTAssertEqual(values("The vote is in May, officials said."), ["2025-05"])
        XCTAssertEqual(values("The vote is in May and June."), ["2025-05", "2025-06"])
        XCTAssertEqual(values("The vote took place on May 5, 2021."), ["2021-05-05"])
    }

    func testMarchAugustAndJuneAsWords() {
        XCTAssertEqual(values("Thousands joined a march on the capital."), [])
        XCTAssertEqual(values("They recalled the Long March and the March on Washington."), [])
        XCTAssertEqual(values("China launched a Long March 5 rocket."), [])
        XCTAssertEqual(values("Protesters Plan To March On Capitol"), [])
        XCTAssertEqual(values("An august institution, it said."), [])
        XCTAssertEqual(values("June Smith told reporters in Leeds."), [])
        XCTAssertEqual(values("in June Smith won the seat"), [])
        XCTAssertEqual(values("The Sun reported that fans sat down."), [])
        XCTAssertEqual(values("Sat, Sun and Mon are short forms."), [])
    }

    func testYearsInYearContexts() {
        XCTAssertEqual(values("Ties hit bottom in 2016."), ["2016"])
        XCTAssertEqual(values("The first summit since 2017."), ["2017"])
        XCTAssertEqual(values("Net zero by 2030, they said."), ["2030"])
        XCTAssertEqual(values("2016's deployment angered Beijing."), ["2016"])
        XCTAssertEqual(values("Before the 2025 election, polls shifted."), ["2025"])
        XCTAssertEqual(values("Growth slowed in mid-2025."), ["2025"])
        XCTAssertEqual(values("By the end of 2024 the plan was dead."), ["2024"])
        XCTAssertEqual(values("He served from 2016 to 2020."), ["2016", "2020"])
        XCTAssertEqual(values("It will publish its 2026 growth outlook."), ["2026"])
        XCTAssertEqual(values("In the first 10 months of 2025, exports grew."), ["2025"])
        XCTAssertEqual(values("The 2000 troops and the 1950 residents left."), [])
    }

    func testNumbersThatAreNotYears() {
        XCTAssertEqual(values("It cost $2025 to fix."), [])
        XCTAssertEqual(values("Attendance was 2,025 in total."), [])
        XCTAssertEqual(values("About 2025 people attended."), [])
        XCTAssertEqual(values("Up by 2025 votes."), [])
        XCTAssertEqual(values("The index rose 1.2025 points."), [])
        XCTAssertEqual(values("The meeting starts at 10:30."), [])
        XCTAssertEqual(values("Seoul won 3-1 at home."), [])
        XCTAssertEqual(values("See page 2025 of the report."), [])
        XCTAssertEqual(values("Call 555-2025 or 02-2025-1234."), [])
        XCTAssertEqual(values("Ticket 2016-0345 was closed."), [])
        XCTAssertEqual(values("The 1990s were calmer."), [])
        XCTAssertEqual(values("A ruling in 1850 and in 2150."), [])
        XCTAssertEqual(values("FY2025 results in 2025% terms."), [])
        XCTAssertEqual(values("The index rose by 2000 and fell from 1950 to 2010 points."), [])
        XCTAssertEqual(values("Turnout grew from 1990 to 2010 votes."), [])
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
        XCTAssertEqual(values("The vote was held on Dec. 20 in Seoul."), ["2024-12-20"])
        XCTAssertEqual(values("The vote will be held on Dec. 20 in Seoul."), ["2025-12-20"])
        XCTAssertEqual(values("The vote on Dec. 20 is close."), ["2025-12-20"])
        XCTAssertEqual(values("He joined the bank in June.", published: PartialDate("2025-03-10")), ["2024-06"])
        XCTAssertEqual(values("He will join the bank in June.", published: PartialDate("2025-09-10")), ["2026-06"])
        XCTAssertEqual(values("He said the vote in January would be close."), ["2026-01"])
    }

    func testChainedMonths() {
        XCTAssertEqual(DateTestSupport.values("Talks ran from March to April.", published: PartialDate("2025-05-20")),
                       ["2025-03", "2025-04"])
    }
}

import XCTest
@testable import Indexer

/// The rules the bundled data must keep whenever someone edits or regenerates it.
final class GazetteerConsistencyTests: XCTestCase {
    let g = Gazetteer.shared

    func testEveryLeaderCountryExists() {
        for l in g.leaders {
            XCTAssertNotNil(g.country(code: l.country), "\(l.id): unknown country \(l.country)")
        }
    }

    func testEveryEndComesAfterItsStart() {
        for l in g.leaders {
            for t in l.terms {
                XCTAssertNotNil(PartialDate(t.start), "\(l.id): bad start \(t.start)")
                if let end = t.end {
                    XCTAssertNotNil(PartialDate(end), "\(l.id): bad end \(end)")
                    XCTAssertLessThan(t.start, end, "\(l.id): end \(end) not after start \(t.start)")
                }
            }
        }
    }

    func testTermsNeverOverlapForOneCountryAndRole() {
        var slots: [String: [(start: String, end: String, id: String)]] = [:]
        for l in g.leaders {
            for t in l.terms {
                let roles = t.role == "both" ? ["head_of_state", "head_of_government"] : [t.role]
                for r in roles { slots[l.country + "/" + r, default: []].append((t.start, t.end ?? "9999-12-31", l.id)) }
            }
        }
        // San Marino's two captains regent hold the head-of-state office together.
        for (slot, terms) in slots where slot != "SM/head_of_state" {
            let sorted = terms.sorted { $0.start < $1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                XCTAssertLessThanOrEqual(a.end, b.start, "\(slot): \(a.id) until \(a.end) overlaps \(b.id) from \(b.start)")
            }
        }
    }

    func testRolesAndCodesAreWellFormed() {
        let roles: Set<String> = ["head_of_state", "head_of_government", "both", "effective_ruler"]
        for l in g.leaders {
            XCTAssertTrue(l.terms.allSatisfy { roles.contains($0.role) }, l.id)
            XCTAssertTrue(l.terms.allSatisfy { !$0.source.isEmpty && !$0.titles.isEmpty }, l.id)
            XCTAssertTrue(l.id.hasPrefix(l.country.prefix(2).lowercased() + "-"), l.id)
        }
        for c in g.countries {
            XCTAssertTrue(c.code.count == 2 || c.code.count == 4, c.code)
            XCTAssertFalse(c.source.isEmpty, c.code)
        }
        XCTAssertEqual(Set(g.countries.map(\.code)).count, g.countries.count, "duplicate country codes")
    }

    func testFilesCarryHeaderAndAsOfNote() throws {
        for name in ["countries", "leaders"] {
            let url = try XCTUnwrap(Gazetteer.bundledURL(name))
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines = text.split(separator: "\n")
            XCTAssertTrue(lines[0].hasPrefix("# as_of "), name)
            XCTAssertTrue(lines[1].split(separator: "\t").contains("source"), name)
        }
    }
    /// UN members and observers, Taiwan and Kosovo (scripts/gazetteer/leaders_build.py SOVEREIGN).
    static let sovereign = """
        AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM
        CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR
        HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC
        MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PY QA RO RS
        RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US
        UY UZ VA VC VE VN VU WS YE ZA ZM ZW FM MH PW PS XK
        """.split(whereSeparator: \.isWhitespace).map(String.init)
    /// Realms share the British monarch and Andorra the French president as head of state.
    static let sharedHead: Set<String> = ["AG", "AU", "BS", "BZ", "CA", "GD", "JM", "NZ", "PG", "KN", "LC", "VC", "SB", "TV", "AD"]

    /// Every state has a head of state and a head of government in office on each sample day
    /// (one person may hold both), and the historical states have a ruler in their years.
    func testWholeWorldHasSittingLeaders() {
        var byCountry: [String: [LeaderTerm]] = [:]
        for l in g.leaders { byCountry[l.country, default: []] += l.terms }
        func holds(_ c: String, _ role: String, _ day: String) -> Bool {
            let d = PartialDate(day)!
            return (byCountry[c] ?? []).contains { ($0.role == role || $0.role == "both") && $0.covers(d) }
        }
        for day in ["1995-07-01", "2005-07-01", "2015-07-01", "2024-07-01", "2025-12-01"] {
            for c in Self.sovereign where !(c == "SS" && day < "2011-07-09") && !(c == "ME" && day < "2006-06-05")
                && !(c == "TL" && day < "2002-05-20") && !(c == "XK" && day < "2008-02-17") && !(c == "ER" && day < "1993-05-24")
                && !(c == "RS" && day < "2006-06-05") && !(c == "PS" && day < "1994-07-05") && !(c == "PW" && day < "1994-10-01") {
                // Barbados was a realm until 2021.
                let shared = Self.sharedHead.contains(c) || (c == "BB" && day < "2021-11-30")
                XCTAssertTrue(holds(c, "head_of_state", day) || shared, "\(c) \(day): no head of state")
                XCTAssertTrue(holds(c, "head_of_government", day), "\(c) \(day): no head of government")
            }
        }
        for (c, day) in [("SUHH", "1950-07-01"), ("SUHH", "1987-07-01"), ("DDDE", "1960-07-01"), ("YUCS", "1970-07-01"),
                         ("CSHH", "1975-07-01"), ("CSXX", "2004-07-01"), ("DE", "1955-07-01"), ("IN", "1950-07-01")] {
            let d = PartialDate(day)!
            XCTAssertTrue((byCountry[c] ?? []).contains { $0.covers(d) }, "\(c) \(day): no ruler")
        }
    }
}

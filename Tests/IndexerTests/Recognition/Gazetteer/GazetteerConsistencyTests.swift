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
        for (slot, terms) in slots {
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
}

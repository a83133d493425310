import XCTest

/// Reads the entity lists of an article in JSON output (a query hit, a `tag` line), checking
/// that each entry has exactly the keys its kind has.
enum EntityJSON {
    static func codes(_ article: [String: Any]) -> Set<String> {
        Set((article["countries"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
    }

    static func country(_ code: String, in article: [String: Any], file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let countries = try XCTUnwrap(article["countries"] as? [[String: Any]], file: file, line: line)
        let c = try XCTUnwrap(countries.first { $0["code"] as? String == code }, "no country \(code)", file: file, line: line)
        XCTAssertEqual(Set(c.keys), ["code", "name", "mentions"], file: file, line: line)
        return c
    }

    static func leader(_ id: String, in article: [String: Any], file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let leaders = try XCTUnwrap(article["leaders"] as? [[String: Any]], file: file, line: line)
        let l = try XCTUnwrap(leaders.first { $0["id"] as? String == id }, "no leader \(id)", file: file, line: line)
        XCTAssertEqual(Set(l.keys), ["id", "name", "country", "role", "in_office", "mentions"], file: file, line: line)
        return l
    }
}

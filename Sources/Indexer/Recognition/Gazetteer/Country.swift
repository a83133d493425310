/// A country, historical state or supranational body from `countries.tsv`.
///
///     Gazetteer.shared.country(code: "KR")?.name == "South Korea"
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2, ISO 3166-3 alpha-4 for historical states, or XK / EU.
    public let code: String
    public let alpha3: String
    /// Display name ("South Korea", not "Korea, Republic of").
    public let name: String
    /// `current`, `historical` or `supranational`.
    public let kind: String
    /// Names, short forms, abbreviations and seats of government.
    public let names: [String]
    /// Adjectives and demonyms ("South Korean").
    public let adjectives: [String]
    public let capitals: [String]
    /// Dateline cities that stand for the country ("FRANKFURT").
    public let cities: [String]
    /// First and last day the state existed, `YYYY-MM-DD`, when bounded.
    public let validFrom: String?
    public let validTo: String?
    public let source: String
    /// Aliases that need a second mention of the country to count ("Georgia", "Jordan").
    let ambiguous: [String]
    /// Phrases that contain an alias but are not the country ("East China Sea").
    let notNames: [String]

    /// Whether the state existed at some time within `date` (always true for an unknown date).
    public func exists(at date: PartialDate?) -> Bool {
        guard let date else { return true }
        if let validTo {
            if let start = CompactDay.start(date), let to = CompactDay.parse(validTo) {
                if start >= to { return false }
            } else if date.compactStart >= Self.compact(validTo) {
                return false
            }
        }
        if let validFrom {
            if let end = CompactDay.end(date), let from = CompactDay.parse(validFrom) {
                if end < from { return false }
            } else if date.compactEnd < Self.compact(validFrom) {
                return false
            }
        }
        return true
    }

    static func compact(_ iso: String) -> String { iso.replacingOccurrences(of: "-", with: "") }
}

/// Where in an article's text an entity was seen.
/// `offset` counts Unicode scalars (characters as Swift's `unicodeScalars` sees them) from
/// the start of `title + "\n\n" + body`.
public struct Mention: Sendable, Hashable, Codable {
    public var text: String
    public var offset: Int
    public init(text: String, offset: Int) { self.text = text; self.offset = offset }
}

public struct CountryEntity: Sendable, Hashable {
    /// ISO 3166-1 alpha-2, ISO 3166-3 alpha-4 for historical states, or XK / EU.
    public var code: String
    public var name: String
    public var mentions: [Mention]
    public init(code: String, name: String, mentions: [Mention]) {
        self.code = code; self.name = name; self.mentions = mentions
    }
}

public struct LeaderEntity: Sendable, Hashable {
    /// Stable id, e.g. `kr-lee-jae-myung`.
    public var id: String
    public var name: String
    public var country: String
    /// `head_of_state`, `head_of_government`, `both`, or `effective_ruler` (a party leader who ruled, e.g. Deng Xiaoping):
    /// the role held on the publication date, else the last one held.
    public var role: String
    public var mentions: [Mention]
    /// Whether the person held an office on the publication date; nil when the date is
    /// unknown or only the file's modification time.
    public var inOffice: Bool?
    public init(id: String, name: String, country: String, role: String, mentions: [Mention], inOffice: Bool? = nil) {
        self.id = id; self.name = name; self.country = country; self.role = role; self.mentions = mentions
        self.inOffice = inOffice
    }
}

public struct DateEntity: Sendable, Hashable {
    public var value: PartialDate
    public var mentions: [Mention]
    public init(value: PartialDate, mentions: [Mention]) { self.value = value; self.mentions = mentions }
}

/// Everything the recognisers found in one article, each list ordered by first mention.
public struct Entities: Sendable, Hashable {
    public var countries: [CountryEntity]
    public var leaders: [LeaderEntity]
    public var dates: [DateEntity]
    /// The publication date after recognition (the reader's, or one found in a dateline or the text).
    public var published: PartialDate?
    public var publishedSource: PublishedSource?

    public init(countries: [CountryEntity] = [], leaders: [LeaderEntity] = [], dates: [DateEntity] = [],
                published: PartialDate? = nil, publishedSource: PublishedSource? = nil) {
        self.countries = countries; self.leaders = leaders; self.dates = dates
        self.published = published; self.publishedSource = publishedSource
    }
}

import Foundation

/// The one place that names term prefixes, value slots and the stored-data format.
/// Indexing writes what this file says; searching reads it back the same way.
public enum Schema {
    /// Bumped when a change makes old indexes unreadable; `search index` then asks for `--full`.
    /// 3: accents folded in words (Schema+Folding).
    /// 4: leaders named at any date, with `XLI` terms, the `leadersInOffice` slot (6) and `in_office` in the data.
    /// 5: the stored article's header in `Slot.header`, the document data only its body (StoredArticle).
    public static let version = 5
    public static let language = "english"
    public static let stemStrategy = StemStrategy.some
    /// Title words count this many times a body word, so a title match outranks a passing mention.
    public static let titleWeight: UInt32 = 4

    // MARK: Terms

    public enum Prefix {
        /// Unique id: `Q` + root key + `:` + article id (hashed when long).
        public static let unique = "Q"
        /// Article id alone, for `search show ID`.
        public static let articleID = "XI"
        /// Every article of one file under one root, for incremental updates: `XF` + root key + `:` + relative path.
        public static let file = "XF"
        /// Every article under one root: `XR` + root key.
        public static let root = "XR"
        /// Title text (positional, stemmed), searchable as `title:`.
        public static let title = "S"
        public static let country = "XC"          // + lowercase code: XCkr
        public static let leader = "XL"           // + leader id: XLkr-lee-jae-myung (named, at any date)
        /// Leaders in office on the publication date: `XLI` + id (ids are lowercase, so no clash with `XL`).
        public static let leaderInOffice = "XLI"
        public static let publishedYear = "XY"    // + 2025
        public static let publishedMonth = "XM"   // + 202511
        public static let publishedDay = "XD"     // + 20251101
        public static let mentionedYear = "XNY"   // + 2025 (any mention within that year)
        public static let mentionedMonth = "XNM"  // + 202511 (mentions of month or day precision)
        public static let mentionedDay = "XND"    // + 20251101
        /// Reader's format, e.g. XTmd, and the Windows-1252 fallback marker XTcp1252.
        public static let kind = "XT"
        /// One band of the body's near-duplicate signature: `XB` + band key. Copies of a story share one.
        public static let band = "XB"
        /// The near-duplicate cluster the article belongs to: `XK` + cluster key.
        public static let cluster = "XK"
    }

    // MARK: Value slots

    public enum Slot {
        /// Publication date as `YYYYMMDD`: sorting, ranges, and the date facet (counted per day, rolled up).
        public static let published: UInt32 = 0
        /// The article's entity combination: sorted country codes, a tab, sorted leader ids,
        /// each list joined by spaces. One stock ValueCountMatchSpy on it yields exact
        /// multi-valued counts for both facets and their pairs, on local and remote shards alike.
        public static let entities: UInt32 = 1
        /// Distinct mentioned dates cut to month (or year), sorted, space-joined: the `mentioned` facet.
        public static let mentioned: UInt32 = 2
        /// The body's near-duplicate signature (`NearDuplicateSignature.encoded`); none for short bodies.
        public static let signature: UInt32 = 3
        /// The near-duplicate cluster key shared by copies of one story: the collapse key of `--collapse`.
        public static let cluster: UInt32 = 4
        /// When the article was last written: the writer's batch sequence (`Metadata.sequence`),
        /// as 16 zero-padded digits so that string order is number order. Saved searches list
        /// what came after their mark.
        public static let written: UInt32 = 5
        /// A tab, then the sorted ids of the leaders in office on the publication date, space-joined
        /// (the entities format with no countries): the `leader-in-office` facet.
        public static let leadersInOffice: UInt32 = 6
        /// The stored article's header (`StoredArticle.encodedHeader`): what a hit shows, kept
        /// apart from the body so that reading it inflates nothing (see StoredArticle).
        public static let header: UInt32 = 7
    }

    // MARK: Metadata keys

    public enum Metadata {
        public static let schemaVersion = "newsindex.schema"
        /// JSON `IndexInfo`: roots, last update, tool version.
        public static let info = "newsindex.info"
        /// The sequence of the last committed batch (`Slot.written`): milliseconds since 1970, or
        /// one more than the previous batch's when the clock has not moved on.
        public static let sequence = "newsindex.sequence"
        /// Per indexed file: `f` + its file term → `FileState` (size, mtime, content hash).
        public static func fileState(fileTerm: String) -> String { "f" + fileTerm }
    }

    // MARK: Term builders

    /// Terms longer than Xapian's 245-byte limit are rejected, so long keys keep a readable head and a hash tail.
    static func bounded(_ term: String, limit: Int = 240) -> String {
        guard term.utf8.count > limit else { return term }
        var head = ""
        for ch in term {
            if head.utf8.count + String(ch).utf8.count > limit - 18 { break }
            head.append(ch)
        }
        return head + "#" + StableHash.hex(term)
    }

    public static func uniqueTerm(rootKey: String, articleID: String) -> String {
        bounded(Prefix.unique + rootKey + ":" + articleID)
    }

    public static func articleIDTerm(_ id: String) -> String { bounded(Prefix.articleID + id) }

    public static func fileTerm(rootKey: String, relativePath: String) -> String {
        bounded(Prefix.file + rootKey + ":" + relativePath, limit: 230)
    }

    public static func rootTerm(rootKey: String) -> String { Prefix.root + rootKey }

    public static func writtenValue(_ sequence: Int64) -> String {
        let digits = String(sequence)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }

    public static func bandTerm(_ key: String) -> String { Prefix.band + key }
    public static func clusterTerm(_ key: String) -> String { Prefix.cluster + key }

    public static func countryTerm(_ code: String) -> String { Prefix.country + code.lowercased() }
    public static func leaderTerm(_ id: String) -> String { Prefix.leader + id.lowercased() }
    public static func leaderInOfficeTerm(_ id: String) -> String { Prefix.leaderInOffice + id.lowercased() }

    /// Any leader in office on the publication date: what `--in-office` alone filters on.
    public static let anyLeaderInOfficeTerm = Prefix.leaderInOffice

    /// The entities-slot format with no countries, so the same splitter counts it.
    public static func leadersInOfficeValue(_ ids: [String]) -> String { entitiesValue(countries: [], leaders: ids) }

    public static func publishedTerms(_ d: PartialDate) -> [String] {
        dateTerms(d, year: Prefix.publishedYear, month: Prefix.publishedMonth, day: Prefix.publishedDay)
    }

    public static func mentionedTerms(_ d: PartialDate) -> [String] {
        dateTerms(d, year: Prefix.mentionedYear, month: Prefix.mentionedMonth, day: Prefix.mentionedDay)
    }

    /// Year, year+month and year+month+day terms, as far as the date's precision goes.
    private static func dateTerms(_ d: PartialDate, year: String, month: String, day: String) -> [String] {
        let y = PartialDate.digits(d.year, width: 4)
        var t = [year + y]
        if let m = d.month {
            let ym = y + PartialDate.digits(m, width: 2)
            t.append(month + ym)
            if let dd = d.day { t.append(day + ym + PartialDate.digits(dd, width: 2)) }
        }
        return t
    }

    // MARK: Entity slot

    public static func entitiesValue(countries: [String], leaders: [String]) -> String {
        Set(countries).sorted().joined(separator: " ") + "\t" + Set(leaders).sorted().joined(separator: " ")
    }

    public static func parseEntitiesValue(_ v: String) -> (countries: [String], leaders: [String]) {
        let parts = v.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        let c = parts.first.map { $0.split(separator: " ").map(String.init) } ?? []
        let l = parts.count > 1 ? parts[1].split(separator: " ").map(String.init) : []
        return (c, l)
    }

    public static func mentionedValue(_ dates: [PartialDate]) -> String {
        Set(dates.map { $0.truncated(to: .month).description }).sorted().joined(separator: " ")
    }
}

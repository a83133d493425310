/// A head of state or government, with every term they served.
///
///     Gazetteer.shared.leader(id: "kr-lee-jae-myung")?.name == "Lee Jae-myung"
public struct Leader: Sendable, Hashable {
    /// Stable id, e.g. `kr-lee-jae-myung`.
    public let id: String
    /// Canonical name in the order English news uses.
    public let name: String
    /// Country code of the office (one person holding offices in two countries has two ids).
    public let country: String
    /// Role in the latest term: `head_of_state`, `head_of_government`, `both` or `effective_ruler`.
    public let role: String
    public let terms: [LeaderTerm]
    public let familyName: String
    /// Forms that name the person alone ("Reagan", "Lula", "Prabowo").
    public let shortNames: [String]
    /// Forms used only after a title ("King Charles", "Emir Tamim").
    public let titleNames: [String]
    /// Full-name variants ("Lee Jae Myung", "Donald J. Trump").
    public let aliases: [String]

    /// The term in office at some time within `date`; for an unknown date, the latest term.
    public func term(at date: PartialDate?) -> LeaderTerm? {
        guard let date else { return terms.last }
        return terms.last { $0.covers(date) }
    }
}

/// One continuous spell in one office.
public struct LeaderTerm: Sendable, Hashable {
    public let role: String
    /// News titles for the office ("President", "Prime Minister", "Premier").
    public let titles: [String]
    /// `YYYY-MM-DD`.
    public let start: String
    /// `YYYY-MM-DD`, nil while in office.
    public let end: String?
    public let source: String

    /// Whether the term overlaps the period `date` names (a day, month or year).
    public func covers(_ date: PartialDate) -> Bool {
        if let from = CompactDay.start(date), let to = CompactDay.end(date), let s = CompactDay.parse(start) {
            if to < s { return false }
            guard let end else { return true }
            if let e = CompactDay.parse(end) { return from < e }
        }
        let from = date.compactStart, to = date.compactEnd
        let s = Country.compact(start)
        if to < s { return false }
        if let end, from >= Country.compact(end) { return false }
        return true
    }
}

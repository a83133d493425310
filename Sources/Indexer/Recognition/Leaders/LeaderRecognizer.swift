/// Finds the people an article names who held a head-of-state or head-of-government office
/// at any time, and whether they held it on the publication date.
///
/// A full name finds the person whatever the date ("Donald Trump" in 2023). A title
/// ("Chinese President Xi Jinping", "Emir Sheikh Tamim", "former President Obama") or a full
/// name introduces a person; later bare surnames ("Xi", "Lee") resolve to them, else to the
/// one holder of an office on the date with that surname, else to nobody. Ambiguous forms
/// ("President Lee") resolve against the date. A surname inside someone else's name
/// ("Harvard's Seong-Hyon Lee", "Michelle Obama") or after "Vice" never counts.
///
///     LeaderRecognizer().recognize(title: "", body: "President Lee met…", published: PartialDate("2010-06-01"))
///         .map(\.id) == ["kr-lee-myung-bak"]
public struct LeaderRecognizer: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    public func recognize(title: String, body: String, published: PartialDate?) -> [LeaderEntity] {
        recognize(ArticleText(title: title, body: body), published: published)
    }

    func recognize(_ text: ArticleText, published: PartialDate?) -> [LeaderEntity] {
        var scan = LeaderScan(gazetteer: gazetteer, first: text, date: published)
        scan.scan(text)
        return scan.entities()
    }
}

/// The state of one left-to-right pass over an article, given whole or piece after piece.
struct LeaderScan {
    let gazetteer: Gazetteer
    /// The piece being scanned.
    private(set) var text: ArticleText
    private(set) var tokens: [TextToken]
    let date: PartialDate?
    /// Short-name key → the person it was last introduced for.
    var introduced: [String: Int] = [:]
    /// Short-name keys seen on people who are not sitting leaders ("Seong-Hyon Lee", "former President Bush").
    /// One-word keys, by their `PhraseHash` value: claiming runs for every capitalised word, so
    /// no String hashing there (a phrase of several words is never claimed).
    var claimed: Set<UInt64> = []
    var mentions: [Int: MentionList] = [:]
    /// Tokens of the piece before this index are the title (0 after the first piece).
    private(set) var titleEnd: Int
    /// A headline that capitalises every word ("Putin Warns West"): case says nothing there.
    let titleCase: Bool
    /// Pairs of the title's adjacent keys that later pieces write joined (`noteLaterJoins`).
    private var laterJoins: Set<String> = []

    /// `first` is the whole text or its first piece, which holds the title.
    init(gazetteer: Gazetteer, first: ArticleText, date: PartialDate?) {
        self.gazetteer = gazetteer
        self.text = first
        self.tokens = first.tokens
        self.date = date
        titleEnd = LeaderScan.titleEnd(of: first)
        titleCase = LeaderScan.isTitleCase(tokens[..<titleEnd])
    }

    static func titleEnd(of text: ArticleText) -> Int {
        text.tokens.firstIndex { $0.start >= text.bodyStart } ?? text.tokens.count
    }

    /// Scans one piece (or the whole text), carrying what earlier pieces introduced and claimed.
    mutating func scan(_ piece: ArticleText) {
        text = piece
        tokens = piece.tokens
        titleEnd = LeaderScan.titleEnd(of: piece)
        run(from: piece.firstToken)
    }

    /// Whether `bodyJoins` needs the pieces after the first: only a title-case headline asks it.
    var needsLaterJoins: Bool { titleCase }

    /// Before the first piece is scanned: which of the title's adjacent word pairs a later piece
    /// writes joined, as `bodyJoins` would find scanning the whole body.
    mutating func noteLaterJoins(in piece: ArticleText) {
        guard titleEnd > 1 else { return }
        var pairs: Set<String> = []
        for k in 1..<titleEnd { pairs.insert(tokens[k - 1].key + " " + tokens[k].key) }
        let later = piece.tokens
        var k = 1
        while k < later.count {
            if later[k].separator.joinsName {
                let pair = later[k - 1].key + " " + later[k].key
                if pairs.contains(pair) { laterJoins.insert(pair) }
            }
            k += 1
        }
    }

    /// Most words of four letters or more capitalised, and at least two of them.
    static func isTitleCase(_ title: ArraySlice<TextToken>) -> Bool {
        var words = 0, capitalized = 0
        for t in title where t.key.utf8.count >= 4 && !t.isAllCaps {
            words += 1
            if t.isCapitalized { capitalized += 1 }
        }
        return capitalized >= 2 && capitalized * 4 >= words * 3
    }

    /// Whether token `i` sits in a title-case headline.
    func inTitleCase(_ i: Int) -> Bool { titleCase && i < titleEnd }

    /// Whether the body writes tokens `a` and `b` together as one name ("Michelle Obama"), so a
    /// title-case headline's "Michelle Obama Visits" is read the same way.
    func bodyJoins(_ a: Int, _ b: Int) -> Bool {
        let ka = tokens[a].key, kb = tokens[b].key
        var k = titleEnd + 1
        while k < tokens.count {
            if tokens[k].key == kb, tokens[k - 1].key == ka, tokens[k].separator.joinsName { return true }
            k += 1
        }
        return laterJoins.contains(ka + " " + kb)
    }

    private mutating func run(from start: Int) {
        var i = start
        while i < tokens.count {
            if let t = LeaderVocabulary.titlePhrases.longestMatch(in: tokens, at: i, crossComma: false) {
                i = handleTitle(at: i, length: t.length, titleClass: t.values[0])
                continue
            }
            if let c = gazetteer.countryPhrases.longestMatch(in: tokens, at: i),
               gazetteer.leaderPhrases.longestMatch(in: tokens, at: i, crossComma: false) == nil {
                i += c.length
                continue
            }
            if isNameLike(tokens[i]) || startsWithParticle(i) {
                i = handleName(at: i)
                continue
            }
            i += 1
        }
    }

    func entities() -> [LeaderEntity] {
        mentions.map { (person, ms) -> LeaderEntity in
            let l = gazetteer.leaders[person]
            let held = date.flatMap { l.term(at: $0) }
            return LeaderEntity(id: l.id, name: l.name, country: l.country, role: held?.role ?? l.role,
                                mentions: ms.mentions.sorted { $0.offset < $1.offset },
                                inOffice: date.map { _ in held != nil })
        }
        .sorted { $0.mentions[0].offset < $1.mentions[0].offset }
    }

    // MARK: - Titles

    /// "[former] [Chinese] President [Sheikh] <Name>": returns the index after what it consumed.
    mutating func handleTitle(at i: Int, length: Int, titleClass: String) -> Int {
        var blocked = false
        /// "former President", "President-elect": the person held or will hold the office, not now.
        var notSitting = false
        var qualifier: Set<String>?
        // Look back over modifiers and a country qualifier.
        var k = i - 1
        var sepIndex = i
        while k >= 0, tokens[sepIndex].separator.joinsName {
            let t = tokens[k]
            if LeaderVocabulary.notSittingModifiers.contains(t) { notSitting = true; break }
            if LeaderVocabulary.blockingModifiers.contains(t) { blocked = true; break }
            if qualifier == nil, let q = gazetteer.countryPhrases.matches(in: tokens, endingAt: k + 1),
               !q.values.contains(where: { $0.kind == .blocker }) {
                qualifier = Set(q.values.filter { $0.country >= 0 }.map { gazetteer.countries[$0.country].code })
                k -= q.length
                sepIndex = k + 1
                continue
            }
            if LeaderVocabulary.sittingModifiers.contains(t) && !t.isPossessive {
                k -= 1
                sepIndex = k + 1
                continue
            }
            // "Fed Chairman", "Harvard President", "Commission President": an organisation's title.
            if qualifier == nil, (t.isCapitalized || t.isAllCaps), !LeaderVocabulary.stopwords.contains(t) {
                blocked = true
            }
            break
        }
        var j = i + length
        if j < tokens.count, tokens[j].separator == .hyphen, ["elect", "designate", "nominee"].contains(tokens[j].key) {
            notSitting = true
            j += 1
        }
        while j < tokens.count, tokens[j].separator.joinsName, LeaderVocabulary.honorifics.contains(tokens[j]) {
            j += 1
        }
        guard j < tokens.count, tokens[j].separator.joinsName, isNameLike(tokens[j]) else { return i + length }
        let run = nameRun(from: j)
        guard let phrases = cover(run) ?? coverWithGivenName(run), !phrases.isEmpty else {
            claim(run)
            return run.upperBound
        }
        if phrases.count > 1 {
            claim(run)
            return run.upperBound
        }
        let p = phrases[0]
        if blocked {
            // "Vice President Joe Biden", "Fed Chairman X": the title is not a leader's, but a
            // full name still names the person; a short one stays with whoever it was.
            let full = p.names.filter { $0.kind == .full }.map(\.leader)
            if p.range == run, !full.isEmpty, let person = resolve(full, titleClass: nil, qualifier: qualifier) {
                record(person, p.range)
            } else {
                claim(run)
            }
            return run.upperBound
        }
        var candidates = p.names.map(\.leader)
        if p.range.lowerBound > run.lowerBound {
            // A given name the gazetteer lacks ("President Francois Mitterand"): keep the
            // people whose name starts with the same letter.
            let initial = tokens[run.lowerBound].key.first
            candidates = candidates.filter { NameFolding.fold(gazetteer.leaders[$0].name).first == initial }
        }
        if notSitting, let date {
            // "former President Bush" in 2005 is the father: not whoever holds the office then.
            let others = candidates.filter { gazetteer.leaders[$0].term(at: date) == nil }
            if !others.isEmpty { candidates = others }
        }
        // A generic title with a surname ("Chairman Mao", "leader Kim") names someone else as
        // often as a leader out of office: only a specific title or a full name reaches other dates.
        let anyDate = titleClass != "leader" || p.names.contains { $0.kind == .full }
        let person = notSitting
            ? resolveAnyDate(candidates, titleClass: titleClass, qualifier: qualifier)
            : anyDate ? resolve(candidates, titleClass: titleClass, qualifier: qualifier)
            : resolveAtDate(candidates, titleClass: titleClass, qualifier: qualifier)
        if let person {
            record(person, p.range.lowerBound > run.lowerBound ? run : p.range)
        } else {
            claim(run)
        }
        return run.upperBound
    }

    // MARK: - Names without a title

    mutating func handleName(at i: Int) -> Int {
        let run = nameRun(from: i)
        guard let phrases = cover(run), !phrases.isEmpty else {
            // "That Put Donald Trump In The White House": a whole full name ending a capitalised run.
            if let tail = fullNameEnding(run), let person = resolveBare(tail) {
                claim(run.lowerBound..<tail.range.lowerBound)
                record(person, tail.range)
            } else {
                claim(run)
            }
            return run.upperBound
        }
        // "former Bush adviser", "ex-Prime Minister" handled by titles; here only a modifier right before.
        if i > 0, tokens[i].separator.joinsName, ["former", "late", "ex"].contains(tokens[i - 1].key) {
            claim(run)
            return run.upperBound
        }
        // A capitalised word before the run makes it part of a longer name ("Seong-Hyon Lee"),
        // unless the run is a whole full name ("That Put Donald Trump In The White House").
        let wholeFullName = phrases.count == 1 && phrases[0].range.count >= 2 && phrases[0].range == run
            && phrases[0].names.contains { $0.kind == .full }
        if !wholeFullName, !tokens[i].isAllCaps, i > 0, tokens[i].separator.joinsName, isNameLike(tokens[i - 1]),
           !tokens[i - 1].isPossessive, !LeaderVocabulary.honorifics.contains(tokens[i - 1]),
           gazetteer.countryPhrases.matches(in: tokens, endingAt: i) == nil,
           !inTitleCase(i) || bodyJoins(i - 1, i) {
            claim(run)
            return run.upperBound
        }
        var resolved: [(Int, Range<Int>)] = []
        for p in phrases {
            guard let person = resolveBare(p) else {
                claim(run)
                return run.upperBound
            }
            resolved.append((person, p.range))
        }
        for (person, range) in resolved { record(person, range) }
        return run.upperBound
    }

    /// A name without a title: a full name resolves by date; a short form resolves to an
    /// introduced person, or alone if distinctive, unclaimed and unique at the date.
    func resolveBare(_ p: Phrase) -> Int? {
        let full = p.names.filter { $0.kind == .full }.map(\.leader)
        if !full.isEmpty { return resolve(full, titleClass: nil, qualifier: nil) }
        let key = p.key
        if let person = introduced[key] { return person }
        let isClaimed = p.range.count == 1 && claimed.contains(tokens[p.range.lowerBound].keyHash.value)
        guard !isClaimed, !LeaderVocabulary.commonSurnames.contains(key) else { return nil }
        let shorts = Set(p.names.filter { $0.kind == .short }.map(\.leader))
        let active = shorts.filter { gazetteer.leaders[$0].term(at: date) != nil && (date != nil || gazetteer.leaders[$0].terms.last?.end == nil) }
        return active.count == 1 ? active.first : nil
    }

    /// Picks the person among candidates for the title and country qualifier: whoever held
    /// the office on the date, else whoever held it at another time ("Donald Trump" in 2023,
    /// "President Trump" in 2023 both name him).
    func resolve(_ candidates: [Int], titleClass: String?, qualifier: Set<String>?) -> Int? {
        resolveAtDate(candidates, titleClass: titleClass, qualifier: qualifier)
            ?? resolveAnyDate(candidates, titleClass: titleClass, qualifier: qualifier)
    }

    /// Among people who held a fitting office at any time: one alone, else one introduced
    /// earlier, else the one whose term lies nearest the date (the latest with no date).
    func resolveAnyDate(_ candidates: [Int], titleClass: String?, qualifier: Set<String>?) -> Int? {
        var best: [(person: Int, distance: Int)] = []
        let from = date.flatMap(CompactDay.start), to = date.flatMap(CompactDay.end)
        for person in Set(candidates) {
            let l = gazetteer.leaders[person]
            if let qualifier, !qualifier.contains(l.country) { continue }
            let fitting = l.terms.filter { term in
                guard let titleClass, titleClass != "leader" else { return true }
                return LeaderVocabulary.classes(of: term.titles).contains(titleClass)
            }
            guard !fitting.isEmpty else { continue }
            var distance = Int.max
            for term in fitting {
                let s = CompactDay.parse(term.start) ?? 0
                let e = term.end.flatMap(CompactDay.parse) ?? 99_999_999
                guard let from, let to else { distance = min(distance, 99_999_999 - e); continue }
                distance = min(distance, e <= from ? from - e : (s > to ? s - to : 0))
            }
            best.append((person, distance))
        }
        if best.count <= 1 { return best.first?.person }
        if let intro = best.first(where: { introduced.values.contains($0.person) }) { return intro.person }
        return best.min { $0.distance != $1.distance ? $0.distance < $1.distance : $0.person < $1.person }?.person
    }

    /// Picks the sitting person among candidates for the date, title and country qualifier.
    func resolveAtDate(_ candidates: [Int], titleClass: String?, qualifier: Set<String>?) -> Int? {
        var best: [(person: Int, term: LeaderTerm)] = []
        for person in Set(candidates) {
            let l = gazetteer.leaders[person]
            if let qualifier, !qualifier.contains(l.country) { continue }
            let terms = date.map { d in l.terms.filter { $0.covers(d) } } ?? l.terms.suffix(1).map { $0 }
            let fitting = terms.filter { term in
                guard let titleClass, titleClass != "leader" else { return true }
                return LeaderVocabulary.classes(of: term.titles).contains(titleClass)
            }
            if let term = fitting.last { best.append((person, term)) }
        }
        if best.count <= 1 { return best.first?.person }
        // Prefer someone already introduced, then a current holder, then the latest start.
        if let intro = best.first(where: { introduced.values.contains($0.person) }) { return intro.person }
        return best.max { a, b in
            let ac = a.term.end == nil, bc = b.term.end == nil
            return ac != bc ? !ac : a.term.start < b.term.start
        }?.person
    }

    // MARK: - Runs and phrases

    struct Phrase {
        let range: Range<Int>
        let key: String
        let names: [LeaderName]
    }

    /// Capitalised words, particles and hyphenated parts that read as one name; stops at
    /// possessives, titles, and words like "Administration".
    func nameRun(from i: Int) -> Range<Int> {
        if (tokens[i].isAllCaps && !tokens[i].isInitial) || inTitleCase(i) {
            // Headlines and datelines: no case signal, so the run is just the phrase.
            let n = gazetteer.leaderPhrases.longestMatch(in: tokens, at: i, crossComma: false)?.length ?? 1
            return i..<(i + n)
        }
        // A known name is never cut short by a word that is also a stopword ("Theresa May").
        let known = gazetteer.leaderPhrases.longestMatch(in: tokens, at: i, crossComma: false)?.length ?? 1
        var j = i + known
        if !tokens[j - 1].isPossessive {
            while j < tokens.count, tokens[j].separator.joinsName {
                let t = tokens[j]
                let lowerContinuation = t.separator == .hyphen && !t.isCapitalized
                let particle = LeaderVocabulary.particles.contains(t) && j + 1 < tokens.count
                    && (isNameLike(tokens[j + 1]) || LeaderVocabulary.particles.contains(tokens[j + 1]))
                guard isNameLike(t) || lowerContinuation || particle else { break }
                if LeaderVocabulary.nameFollowers.contains(t) { break }
                if LeaderVocabulary.stopwords.contains(t) && !particle { break }
                if LeaderVocabulary.titlePhrases.longestMatch(in: tokens, at: j, crossComma: false) != nil { break }
                j += 1
                if t.isPossessive { break }
            }
        }
        return i..<j
    }

    /// Splits a run into leader phrases, longest first; nil when some part is not a leader name.
    func cover(_ run: Range<Int>) -> [Phrase]? {
        var out: [Phrase] = []
        var j = run.lowerBound
        while j < run.upperBound {
            guard let m = gazetteer.leaderPhrases.longestMatch(in: tokens, at: j, crossComma: false),
                  j + m.length <= run.upperBound else {
                // "President Marcos Jr.": a suffix belongs to the name before it when the person's
                // own name carries one; "Donald Trump Jr." is someone else.
                if let last = out.last, last.range.upperBound == j, LeaderVocabulary.suffixes.contains(tokens[j]) {
                    let keep = last.names.filter { hasSuffix($0.leader, tokens[j].key) }
                    if !keep.isEmpty {
                        out[out.count - 1] = Phrase(range: last.range.lowerBound..<(j + 1), key: last.key, names: keep)
                        j += 1
                        continue
                    }
                }
                // Initials and other trailing words do not belong to a known variant.
                return nil
            }
            let r = j..<(j + m.length)
            out.append(Phrase(range: r, key: r.map { tokens[$0].key }.joined(separator: " "), names: m.values))
            j += m.length
        }
        return out
    }

    /// A full name of two or more words that ends `run` after other capitalised words, or nil.
    func fullNameEnding(_ run: Range<Int>) -> Phrase? {
        guard run.count >= 3 else { return nil }
        for j in (run.lowerBound + 1)..<(run.upperBound - 1) {
            guard let m = gazetteer.leaderPhrases.longestMatch(in: tokens, at: j, crossComma: false),
                  j + m.length == run.upperBound else { continue }
            let full = m.values.filter { $0.kind == .full }
            guard !full.isEmpty else { return nil }
            let r = j..<run.upperBound
            return Phrase(range: r, key: r.map { tokens[$0].key }.joined(separator: " "), names: full)
        }
        return nil
    }

    /// Whether one of the person's written names ends in `suffix` ("jr").
    func hasSuffix(_ person: Int, _ suffix: String) -> Bool {
        let l = gazetteer.leaders[person]
        return ([l.name] + l.aliases).contains { Tokenizer.tokenize($0).last?.key == suffix }
    }

    /// After a title: unknown leading names followed by a leader phrase that ends the run.
    func coverWithGivenName(_ run: Range<Int>) -> [Phrase]? {
        guard run.count >= 2 else { return nil }
        for j in (run.lowerBound + 1)..<run.upperBound {
            if let m = gazetteer.leaderPhrases.longestMatch(in: tokens, at: j, crossComma: false),
               j + m.length == run.upperBound {
                let r = j..<run.upperBound
                return [Phrase(range: r, key: r.map { tokens[$0].key }.joined(separator: " "), names: m.values)]
            }
        }
        return nil
    }

    /// "von der Leyen", "al-Sharaa", "bin Salman" in running text.
    func startsWithParticle(_ i: Int) -> Bool {
        guard LeaderVocabulary.particles.contains(tokens[i]), i + 1 < tokens.count,
              tokens[i + 1].separator.joinsName else { return false }
        return isNameLike(tokens[i + 1]) || (i + 2 < tokens.count && LeaderVocabulary.particles.contains(tokens[i + 1])
            && tokens[i + 2].separator.joinsName && isNameLike(tokens[i + 2]))
    }

    func isNameLike(_ t: TextToken) -> Bool {
        (t.isCapitalized || t.isAllCaps) && !LeaderVocabulary.stopwords.contains(t)
    }

    mutating func claim(_ run: Range<Int>) {
        for j in run { claimed.insert(tokens[j].keyHash.value) }
    }

    mutating func record(_ person: Int, _ range: Range<Int>) {
        let m = text.mention(range)
        mentions[person, default: MentionList()].insert(m)
        for key in gazetteer.leaderShortKeys[person] { introduced[key] = person }
    }
}

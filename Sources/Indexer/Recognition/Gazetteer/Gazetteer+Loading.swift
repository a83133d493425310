import Foundation

extension Gazetteer {
    /// Parses the two TSV files (comment lines start with `#`, then a header row).
    convenience init(countriesTSV: String, leadersTSV: String) {
        let countries = Gazetteer.countries(from: TSVTable(countriesTSV))
        self.init(countries: countries, leaders: Gazetteer.leaders(from: TSVTable(leadersTSV)))
    }

    /// URL of a bundled resource file (`countries`, `leaders`); see `GazetteerFiles` for where.
    static func bundledURL(_ name: String) -> URL? {
        GazetteerFiles.url(name)
    }

    /// Without its data files the recognisers would find nothing and every article would index
    /// with no countries or leaders: a broken install stops here, in one line, instead.
    static func loadBundled() -> Gazetteer {
        guard let folder = GazetteerFiles.folder() else {
            FileHandle.standardError.write(Data((GazetteerFiles.missingMessage() + "\n").utf8))
            exit(1)
        }
        func read(_ name: String) -> String {
            let url = folder.appendingPathComponent(name + ".tsv")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                FileHandle.standardError.write(Data("search: cannot read \(url.path)\n".utf8))
                exit(1)
            }
            return text
        }
        return Gazetteer(countriesTSV: read("countries"), leadersTSV: read("leaders"))
    }

    /// The `|`-separated items of a cell, trimmed, empty items dropped.
    static func list(_ cell: Substring) -> [String] {
        if cell.isEmpty { return [] }
        // A search's start-up pays for every list in both files: scan the cell's bytes in place
        // (`|` is ASCII, so a byte split finds the same items as a Character split).
        let found = cell.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            var out: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "|") {
                let trimmed = TSVTable.trimmedString(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                start = i + 1
                if !trimmed.isEmpty { out.append(trimmed) }
            }
            return out
        }
        return found ?? list(Substring(String(cell)))
    }

    static func countries(from table: TSVTable) -> [Country] {
        let code = table.column("code"), alpha3 = table.column("alpha3"), name = table.column("name"),
            kind = table.column("kind"), names = table.column("names"), adjectives = table.column("adjectives"),
            capitals = table.column("capitals"), cities = table.column("cities"),
            validFrom = table.column("valid_from"), validTo = table.column("valid_to"),
            source = table.column("source"), ambiguous = table.column("ambiguous"), notNames = table.column("not_names")
        return table.rows.compactMap { r -> Country? in
            guard let c = r[code], !c.isEmpty else { return nil }
            let codeText = String(c)
            let nonEmpty = { (s: Substring?) -> String? in (s ?? "").isEmpty ? nil : String(s!) }
            return Country(code: codeText, alpha3: r[alpha3].map(String.init) ?? "", name: r[name].map(String.init) ?? codeText,
                           kind: r[kind].map(String.init) ?? "current",
                           names: list(r[names] ?? ""), adjectives: list(r[adjectives] ?? ""), capitals: list(r[capitals] ?? ""),
                           cities: list(r[cities] ?? ""), validFrom: nonEmpty(r[validFrom]), validTo: nonEmpty(r[validTo]),
                           source: r[source].map(String.init) ?? "", ambiguous: list(r[ambiguous] ?? ""),
                           notNames: list(r[notNames] ?? ""))
        }
    }

    /// Groups one-row-per-term into one `Leader` per id, terms in date order.
    static func leaders(from table: TSVTable) -> [Leader] {
        let idCol = table.column("id"), startCol = table.column("start"), endCol = table.column("end"),
            name = table.column("name"), country = table.column("country"), role = table.column("role"),
            titles = table.column("titles"), source = table.column("source"), family = table.column("family_name"),
            aliasCol = table.column("aliases"), shortCol = table.column("short_names"), titleCol = table.column("title_names")
        var order: [Substring] = []
        var grouped: [Substring: [TSVRow]] = [:]
        for r in table.rows {
            guard let id = r[idCol], !id.isEmpty, let start = r[startCol], !start.isEmpty else { continue }
            if grouped[id] == nil { order.append(id) }
            grouped[id, default: []].append(r)
        }
        return order.map { id in
            let rs = grouped[id]!.sorted { ($0[startCol] ?? "") < ($1[startCol] ?? "") }
            let first = rs[0]
            let idText = String(id)
            let terms = rs.map { r in
                LeaderTerm(role: r[role].map(String.init) ?? "", titles: list(r[titles] ?? ""),
                           start: r[startCol].map(String.init) ?? "",
                           end: (r[endCol] ?? "").isEmpty ? nil : String(r[endCol]!),
                           source: r[source].map(String.init) ?? "")
            }
            var aliases: [String] = []
            var shorts: [String] = []
            var titleNames: [String] = []
            for r in rs {
                aliases += list(r[aliasCol] ?? "").filter { !aliases.contains($0) }
                shorts += list(r[shortCol] ?? "").filter { !shorts.contains($0) }
                titleNames += list(r[titleCol] ?? "").filter { !titleNames.contains($0) }
            }
            return Leader(id: idText, name: first[name].map(String.init) ?? idText,
                          country: first[country].map(String.init) ?? "",
                          role: terms.last?.role ?? "", terms: terms, familyName: first[family].map(String.init) ?? "",
                          shortNames: shorts, titleNames: titleNames, aliases: aliases)
        }
    }

    // MARK: - Indexes

    static func buildCountryPhrases(_ countries: [Country]) -> PhraseIndex<CountryAlias> {
        var index = PhraseIndex<CountryAlias>()
        for (i, c) in countries.enumerated() {
            let ambiguous = Set(c.ambiguous.map(NameFolding.fold))
            var seen = Set<String>()
            func add(_ phrase: String, _ kind: CountryAlias.Kind) {
                let folded = NameFolding.fold(phrase)
                guard seen.insert(folded).inserted else { return }
                let letters = phrase.unicodeScalars.filter { $0.properties.isAlphabetic }
                let caseSensitive = letters.count >= 2 && letters.count <= 4 && !phrase.contains(".")
                    && letters.allSatisfy { $0.properties.isUppercase }
                index.add(phrase, CountryAlias(country: i, kind: kind, caseSensitive: caseSensitive,
                                               ambiguous: ambiguous.contains(folded)))
            }
            for n in c.names { add(n, .name) }
            for a in c.adjectives {
                add(a, .adjective)
                // Plural demonyms: "Canadian" → "Canadians".
                if a.hasSuffix("n") { add(a + "s", .adjective) }
            }
            for cap in c.capitals { add(cap, .capital) }
            for a in c.ambiguous { add(a, .name) }
            for b in c.notNames { index.add(b, CountryAlias(country: -1, kind: .blocker, caseSensitive: false, ambiguous: false)) }
        }
        return index
    }

    static func buildCityPhrases(_ countries: [Country]) -> PhraseIndex<Int> {
        var index = PhraseIndex<Int>()
        for (i, c) in countries.enumerated() {
            // "BIRMINGHAM, Ala." style entries name the city before the comma.
            for city in c.cities { index.add(String(city.split(separator: ",")[0]), i) }
            for cap in c.capitals { index.add(cap, i) }
        }
        return index
    }

    static func buildLeaderPhrases(_ leaders: [Leader]) -> PhraseIndex<LeaderName> {
        var index = PhraseIndex<LeaderName>()
        for (i, l) in leaders.enumerated() {
            var seen = Set<String>()
            func add(_ phrase: String, _ kind: LeaderName.Kind) {
                let keys = Tokenizer.tokenize(phrase).map(\.key)
                let key = keys.joined(separator: " ")
                guard !keys.isEmpty, seen.insert(key).inserted else { return }
                index.add(keys: keys, LeaderName(leader: i, kind: kind))
            }
            add(l.name, .full)
            for a in l.aliases { add(a, .full) }
            for s in l.shortNames { add(s, .short) }
            if !l.familyName.isEmpty { add(l.familyName, .family) }
            for t in l.titleNames { add(t, .title) }
        }
        return index
    }
}

/// A tab-separated file: `#` comment lines, a header row, then data rows. Cells are
/// slices of the file text, found by scanning its bytes in place; columns are looked up by
/// name once, not per row.
struct TSVTable {
    private var columns: [Substring: Int] = [:]
    private(set) var rows: [TSVRow] = []

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        // Cells as byte offsets first; a native string turns offsets into indices in O(1).
        let lines: [[Range<Int>]] = utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [[Range<Int>]] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                if lineStart == lineEnd || bytes[lineStart] == UInt8(ascii: "#") { continue }
                var cells: [Range<Int>] = []
                var cellStart = lineStart
                for i in lineStart..<lineEnd where bytes[i] == UInt8(ascii: "\t") {
                    cells.append(cellStart..<i)
                    cellStart = i + 1
                }
                cells.append(cellStart..<lineEnd)
                lines.append(cells)
            }
            return lines
        } ?? []
        let base = utf8.startIndex
        var header: [Substring]?
        for line in lines {
            let cells = line.map { r in text[utf8.index(base, offsetBy: r.lowerBound)..<utf8.index(base, offsetBy: r.upperBound)] }
            if header == nil { header = cells } else { rows.append(TSVRow(cells: cells)) }
        }
        // A repeated column name reads the later column, as a name → value map would.
        for (i, name) in (header ?? []).enumerated() { columns[name] = i }
    }

    /// Position of a header column; nil when the file has no such column.
    func column(_ name: String) -> Int? { columns[Substring(name)] }

    /// `item` without leading and trailing spaces and tabs, as Foundation's
    /// `.whitespaces` (Unicode Zs plus tab) trims them, but without bridging.
    static func trimmingSpaces(_ item: Substring) -> Substring {
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s == "\t" || s == " " || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator)
        }
        let scalars = item.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return item[item.endIndex...] }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return Substring(scalars[first...last])
    }

    /// The same trimming on UTF-8 bytes, as a String: ASCII edges are trimmed in place; an edge
    /// that is not ASCII (it may be a Unicode space) is left to the scalar version.
    static func trimmedString(_ item: UnsafeBufferPointer<UInt8>) -> String {
        var lo = 0, hi = item.count
        while lo < hi && (item[lo] == UInt8(ascii: " ") || item[lo] == UInt8(ascii: "\t")) { lo += 1 }
        while hi > lo && (item[hi - 1] == UInt8(ascii: " ") || item[hi - 1] == UInt8(ascii: "\t")) { hi -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: item[lo..<hi]), as: UTF8.self)
        guard lo < hi, item[lo] >= 0x80 || item[hi - 1] >= 0x80 else { return text }
        return String(trimmingSpaces(Substring(text)))
    }
}

/// One data row; a column the row is too short for reads as empty, like the header promised it.
struct TSVRow {
    let cells: [Substring]

    subscript(column: Int?) -> Substring? {
        guard let column else { return nil }
        return column < cells.count ? cells[column] : ""
    }
}

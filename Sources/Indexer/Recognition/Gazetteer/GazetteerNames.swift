import Foundation

/// The display names of countries and leaders (`KR` → "South Korea", a leader id → the name of
/// their first term), looked up in the gazetteer files' bytes without building the gazetteer.
/// Facet labels need a few names only, and building the whole gazetteer (every alias, title and
/// term of 4,400 leader rows), or even a table of every name, was the largest avoidable part of a
/// one-shot `search query --facets` (bench/startup/README.md). A lookup scans each file's lines
/// once for every name asked for; names found are kept, so a long-lived searcher stops scanning.
/// The names are those `Gazetteer` gives; a test compares every entry.
final class GazetteerNames: @unchecked Sendable {
    /// Read once, on first use, from the files `Gazetteer.shared` reads.
    static let bundled: GazetteerNames = {
        let files = GazetteerFiles.bundledBytes(["countries", "leaders"])
        return GazetteerNames(countries: files["countries"]!, leaders: files["leaders"]!)
    }()

    private let countryBytes: Data
    private let leaderBytes: Data
    private let lock = NSLock()
    /// Answers so far, misses included (nil), under `lock`.
    private var knownCountries: [String: String?] = [:]
    private var knownLeaders: [String: String?] = [:]

    convenience init(countriesTSV: String, leadersTSV: String) {
        self.init(countries: Data(countriesTSV.utf8), leaders: Data(leadersTSV.utf8))
    }

    init(countries: Data, leaders: Data) {
        countryBytes = countries
        leaderBytes = leaders
    }

    func country(code: String) -> String? { countries([code])[code.uppercased()] ?? nil }
    func leader(id: String) -> String? { leaders([id])[id.lowercased()] ?? nil }

    /// The names of these codes, by upper-cased code; nil for a code the file lacks.
    func countries(_ codes: [String]) -> [String: String?] {
        lock.lock()
        defer { lock.unlock() }
        let wanted = Set(codes.map { $0.uppercased() }).filter { knownCountries[$0] == nil }
        if !wanted.isEmpty {
            // As `Gazetteer.countries(from:)`: the name defaults to the code only when the file
            // has no name column; a repeated code keeps the later row.
            var found: [String: String] = [:]
            Self.rows(countryBytes, key: "code", wanted: wanted, other: ["name"]) { key, cells, bytes in
                found[key] = cells[0].map { Self.string(bytes, $0) } ?? key
            }
            for code in wanted { knownCountries[code] = .some(found[code]) }
        }
        return Dictionary(uniqueKeysWithValues: Set(codes.map { $0.uppercased() }).map { ($0, knownCountries[$0] ?? nil) })
    }

    /// The names of these leader ids, by lower-cased id; nil for an id the file lacks.
    func leaders(_ ids: [String]) -> [String: String?] {
        lock.lock()
        defer { lock.unlock() }
        let wanted = Set(ids.map { $0.lowercased() }).filter { knownLeaders[$0] == nil }
        if !wanted.isEmpty {
            // As `Gazetteer.leaders(from:)`: rows with a start; the name is that of the earliest
            // start (ISO dates, so byte order), the first such row on a tie.
            var first: [String: (start: [UInt8], name: String)] = [:]
            Self.rows(leaderBytes, key: "id", wanted: wanted, other: ["start", "name"]) { key, cells, bytes in
                guard let start = cells[0], !start.isEmpty else { return }
                let startBytes = Array(bytes[start])
                if let known = first[key], !startBytes.lexicographicallyPrecedes(known.start) { return }
                first[key] = (startBytes, cells[1].map { Self.string(bytes, $0) } ?? key)
            }
            for id in wanted { knownLeaders[id] = .some(first[id]?.name) }
        }
        return Dictionary(uniqueKeysWithValues: Set(ids.map { $0.lowercased() }).map { ($0, knownLeaders[$0] ?? nil) })
    }

    /// Calls `body` for each data row of a TSV file (`#` comment lines, a header row) whose `key`
    /// cell is one of `wanted`, with the byte ranges of the `other` cells: nil when the file has
    /// no such column, empty when the row is too short for it (as `TSVRow` reads it). A repeated
    /// column name reads the later column, as `TSVTable` does. Lines and cells are found with
    /// `memchr`; a row's other cells are looked at only when its key is wanted.
    static func rows(_ file: Data, key: String, wanted: Set<String>, other: [String],
                     _ body: (String, [Range<Int>?], UnsafeBufferPointer<UInt8>) -> Void) {
        let keys = wanted.map { Array($0.utf8) }
        file.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress else { return }
            var keyColumn: Int?
            var columns: [Int?] = []
            var sawHeader = false
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = find(UInt8(ascii: "\n"), base, from: lineStart, to: bytes.count)
                defer { lineStart = lineEnd + 1 }
                if lineStart == lineEnd || bytes[lineStart] == UInt8(ascii: "#") { continue }
                if !sawHeader {
                    sawHeader = true
                    var byName: [String: Int] = [:]
                    for (i, r) in cells(base, lineStart, lineEnd, upTo: Int.max).enumerated() { byName[string(bytes, r)] = i }
                    guard let k = byName[key] else { return }
                    keyColumn = k
                    columns = other.map { byName[$0] }
                    continue
                }
                guard let keyColumn else { return }
                // The key cell, found without splitting the rest of the line.
                var cellStart = lineStart
                for _ in 0..<keyColumn where cellStart <= lineEnd {
                    cellStart = find(UInt8(ascii: "\t"), base, from: cellStart, to: lineEnd) + 1
                }
                let keyRange = cellStart > lineEnd ? lineEnd..<lineEnd : cellStart..<find(UInt8(ascii: "\t"), base, from: cellStart, to: lineEnd)
                guard !keyRange.isEmpty, let match = keys.first(where: { $0.count == keyRange.count && $0.elementsEqual(bytes[keyRange]) }) else { continue }
                let all = cells(base, lineStart, lineEnd, upTo: (columns.compactMap { $0 }.max() ?? 0) + 1)
                body(String(decoding: match, as: UTF8.self),
                     columns.map { c in c.map { $0 < all.count ? all[$0] : lineEnd..<lineEnd } }, bytes)
            }
        }
    }

    /// The first `upTo` tab-separated cells of one line.
    private static func cells(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, upTo limit: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var cellStart = start
        while out.count < limit {
            let tab = find(UInt8(ascii: "\t"), base, from: cellStart, to: end)
            out.append(cellStart..<tab)
            if tab == end { break }
            cellStart = tab + 1
        }
        return out
    }

    /// The offset of the first `byte` in `from..<to`, or `to`.
    private static func find(_ byte: UInt8, _ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let hit = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }
}

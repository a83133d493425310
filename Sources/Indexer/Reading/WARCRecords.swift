import Foundation

/// The records of an ISO 28500 web archive stream (already inflated): each record's header
/// fields and where its block lies. A record whose Content-Length does not land on a record
/// boundary is reported and skipped, and reading resumes at the next `WARC/1.x` header line.
///
///     let parsed = WARCRecords.parse(bytes)   // parsed.records, parsed.problems
enum WARCRecords {
    struct Record {
        /// Where the record's `WARC/1.x` line starts in the stream.
        var start: Int
        /// Header fields by lowercased name.
        var fields: [String: String]
        /// The record block (for a response, the HTTP message as received).
        var block: Range<Int>
        /// Why the block could not be trusted (a Content-Length that lies); the block is then empty.
        /// Damaged records stay in the list so that records after them keep their numbers.
        var damage: String?

        var type: String { fields["warc-type"]?.lowercased() ?? "" }
    }

    struct Problem {
        var start: Int
        var reason: String
    }

    static func parse(_ bytes: [UInt8]) -> (records: [Record], problems: [Problem]) {
        var records: [Record] = []
        var problems: [Problem] = []
        let n = bytes.count
        var i = 0
        while true {
            while i < n, bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
            guard i < n else { break }
            let start = i
            guard startsWith(bytes, "WARC/", at: i) else {
                let next = nextRecord(bytes, after: i)
                problems.append(Problem(start: start, reason: "\((next ?? n) - start) bytes that are not a WARC record (skipped)"))
                guard let next else { break }
                i = next
                continue
            }
            guard let (fields, headerEnd) = header(bytes, from: i) else {
                problems.append(Problem(start: start, reason: "record header cut off (the file ends inside it)"))
                break
            }
            func damaged(_ reason: String) {
                records.append(Record(start: start, fields: fields, block: headerEnd..<headerEnd, damage: reason))
            }
            guard let lengthText = fields["content-length"], let length = Int(lengthText.trimmingCharacters(in: .whitespaces)), length >= 0 else {
                damaged("no valid Content-Length; record skipped")
                guard let next = nextRecord(bytes, after: headerEnd) else { break }
                i = next
                continue
            }
            let blockEnd = headerEnd.addingReportingOverflow(length)
            if blockEnd.overflow || blockEnd.partialValue > n {
                if let next = nextRecord(bytes, after: headerEnd) {
                    damaged("Content-Length \(length) runs past the next record; record skipped")
                    i = next
                    continue
                }
                damaged("Content-Length \(length) runs past the end of the file (\(n - headerEnd) bytes left): file cut short or length wrong; record skipped")
                break
            }
            let end = blockEnd.partialValue
            guard atBoundary(bytes, end) else {
                damaged("Content-Length \(length) does not end at a record boundary; record skipped")
                guard let next = nextRecord(bytes, after: headerEnd) else { break }
                i = next
                continue
            }
            records.append(Record(start: start, fields: fields, block: headerEnd..<end))
            i = end
        }
        return (records, problems)
    }

    /// The header lines after the version line, up to the blank line; nil when the stream ends first.
    private static func header(_ bytes: [UInt8], from start: Int) -> ([String: String], Int)? {
        var fields: [String: String] = [:]
        var lastName: String?
        guard var i = lineEnd(bytes, from: start) else { return nil }
        while true {
            guard let next = lineEnd(bytes, from: i) else { return nil }
            var line = bytes[i..<next].dropLast()   // the "\n"
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty { return (fields, next) }
            if line.first == 0x20 || line.first == 0x09, let name = lastName {
                fields[name, default: ""] += " " + String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)   // folded line
            } else if let colon = line.firstIndex(of: 0x3A) {
                let name = String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
                let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if fields[name] == nil { fields[name] = value }
                lastName = name
            }
            i = next
        }
    }

    /// The index just past the next "\n" at or after `from`.
    private static func lineEnd(_ bytes: [UInt8], from: Int) -> Int? {
        guard from < bytes.count, let nl = bytes[from...].firstIndex(of: 0x0A) else { return nil }
        return nl + 1
    }

    /// A block ends with CRLF CRLF, then the next record or the end (bare LFs tolerated).
    private static func atBoundary(_ bytes: [UInt8], _ end: Int) -> Bool {
        var i = end
        while i < bytes.count, i < end + 4, bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        if i == bytes.count { return true }
        return i > end && startsWith(bytes, "WARC/", at: i)
    }

    /// The start of the next `WARC/1.` line after `position`.
    private static func nextRecord(_ bytes: [UInt8], after position: Int) -> Int? {
        let marker = Array("\nWARC/1.".utf8)
        var i = max(position - 1, 0)   // a record may start right at `position`, after a line end
        while let nl = bytes[i...].firstIndex(of: 0x0A) {
            if startsWith(bytes, marker, at: nl) { return nl + 1 }
            i = nl + 1
            if i >= bytes.count { return nil }
        }
        return nil
    }

    static func startsWith(_ bytes: [UInt8], _ prefix: String, at i: Int) -> Bool {
        startsWith(bytes, Array(prefix.utf8), at: i)
    }

    static func startsWith(_ bytes: [UInt8], _ prefix: [UInt8], at i: Int) -> Bool {
        guard i + prefix.count <= bytes.count else { return false }
        for (k, b) in prefix.enumerated() where bytes[i + k] != b { return false }
        return true
    }
}

/// RFC 4180 records: comma-separated fields, `"`-quoted fields may hold commas, newlines and
/// doubled quotes. Tolerant where files are not: a quote inside an unquoted field is kept as
/// text, and text after a closing quote is appended to the field.
///
///     CSVParser.records("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n").map(\.fields)  // [["a","b"], ["x, y","say \"hi\""]]
enum CSVParser {
    struct Record: Equatable {
        var fields: [String]
        /// 1-based line where the record starts.
        var line: Int
        /// The file ended inside a quoted field: the last field holds everything after its quote.
        var unterminated: Bool = false
    }

    /// Expects "\n" line ends (TextDecoding has normalised them). Blank lines are not records.
    static func records(_ text: String) -> [Record] {
        let bytes = Array(text.utf8)   // every structural character is ASCII, so bytes are safe
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var inQuotes = false, fieldWasQuoted = false
        var i = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord(unterminated: Bool = false) {
            endField()
            let blank = fields.count == 1 && fields[0].isEmpty && !unterminated
            if !blank { records.append(Record(fields: fields, line: recordLine, unterminated: unterminated)) }
            fields.removeAll()
        }

        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote { field.append(quote); i += 1 } else { inQuotes = false }
                } else {
                    if b == newline { line += 1 }
                    field.append(b)
                }
            } else if b == comma {
                endField()
            } else if b == newline {
                endRecord()
                line += 1
                recordLine = line
            } else if b == quote && field.isEmpty && !fieldWasQuoted {
                inQuotes = true
                fieldWasQuoted = true
            } else {
                field.append(b)
            }
            i += 1
        }
        if inQuotes {
            endRecord(unterminated: true)
        } else if !field.isEmpty || !fields.isEmpty {
            endRecord()
        }
        return records
    }
}

import Foundation

/// HTML that arrives inside another format (a WARC response body, a feed item's
/// `content:encoded` or description): the one place those readers hand HTML to `HTMLReader`,
/// so they get whatever main-text extraction the HTML reader does.
///
///     let article = try EmbeddedHTML.article(bytes: body, declaredCharset: "utf-8", file: file)
enum EmbeddedHTML {
    /// A page's bytes, decoded by the charset its HTTP header declares, else as files are.
    static func article(bytes: [UInt8], declaredCharset: String?, file: ArticleFile) throws(ReadError) -> Article {
        if let name = declaredCharset, let encoding = encodings[name], let text = String(bytes: bytes, encoding: encoding) {
            return try article(html: text, file: file)
        }
        let decoded = TextDecoding.decode(Data(bytes))
        var article = try article(html: decoded.text, file: file)
        article.decodedAsWindows1252 = decoded.usedWindows1252
        return article
    }

    /// HTML already decoded to text.
    static func article(html: String, file: ArticleFile) throws(ReadError) -> Article {
        try HTMLReader.read(html, file: file)
    }

    /// Declared charsets other than UTF-8 that Foundation decodes (ISO-8859-1 means
    /// Windows-1252 on the web, as browsers read it).
    private static let encodings: [String: String.Encoding] = [
        "iso-8859-1": .windowsCP1252, "latin1": .windowsCP1252, "us-ascii": .windowsCP1252,
        "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252,
        "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251,
        "iso-8859-2": .isoLatin2, "shift_jis": .shiftJIS, "euc-jp": .japaneseEUC,
    ]
}

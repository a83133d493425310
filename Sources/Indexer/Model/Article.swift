import Foundation

/// One news article as a reader found it, before entity recognition.
///
///     let a = Article(id: "2025/xi.txt", path: "/data/2025/xi.txt", title: "Xi meets Lee", body: "…")
public struct Article: Sendable, Hashable {
    /// Stable id: the file path relative to the indexed root, plus `#N` for the Nth
    /// record of a multi-article file (`.jsonl`, `.csv`, `.json` arrays).
    public var id: String
    /// Absolute path of the file the article came from.
    public var path: String
    public var title: String
    public var body: String
    /// Publication date, as precise as the source gives it.
    public var published: PartialDate?
    /// Where `published` came from.
    public var publishedSource: PublishedSource?
    public var url: String?
    /// Publisher or outlet, when the file says.
    public var source: String?
    /// True when the bytes were not valid UTF-8 and were decoded as Windows-1252.
    public var decodedAsWindows1252: Bool
    /// The format the content turned out to be ("rss", "nitf", "warc"), when the extension alone
    /// does not say (`.xml`, `.warc.gz`); nil means the file's extension.
    public var format: String?
    /// Where the article's record starts in its file (a WARC record, or its gzip member).
    public var recordOffset: Int?
    /// When this copy was captured (a WARC record's `WARC-Date`): the publication date when
    /// neither the page nor its text gives one, before the file's modification time.
    public var captured: PartialDate?

    public init(id: String, path: String, title: String, body: String,
                published: PartialDate? = nil, publishedSource: PublishedSource? = nil,
                url: String? = nil, source: String? = nil, decodedAsWindows1252: Bool = false) {
        self.id = id
        self.path = path
        self.title = title
        self.body = body
        self.published = published
        self.publishedSource = publishedSource
        self.url = url
        self.source = source
        self.decodedAsWindows1252 = decodedAsWindows1252
    }
}

/// Where an article's publication date was found, most trusted first.
public enum PublishedSource: String, Sendable, Hashable, Codable, CaseIterable {
    case frontMatter = "front_matter"   // YAML front matter or Key: value header
    case metadata                        // a JSON/CSV field
    case htmlMeta = "html_meta"          // <meta>, <time datetime>, JSON-LD
    case dateline                        // "SEOUL, Nov 1 (Reuters) -"
    case text                            // a date written near the top of the text
    case warcDate = "warc_date"          // a web archive record's capture time (WARC-Date)
    case feed                            // an RSS/Atom item's pubDate, dc:date, published or updated
    case pdfInfo = "pdf_info"            // a PDF's document information (CreationDate)
    case fileModified = "file_mtime"     // last resort: the file's modification time
}

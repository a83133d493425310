import Foundation

/// Title, publication date, URL and site name from a page's `<meta>` tags, `<title>`, `<h1>`,
/// JSON-LD (`headline`, `datePublished`, `articleBody`), `<time datetime>` and the URL.
struct HTMLMetadata {
    var title: String?
    var published: PartialDate?
    var publishedSource: PublishedSource?
    var url: String?
    var siteName: String?
    /// JSON-LD `articleBody`, for pages whose markup hides the story.
    var articleBody: String?
    /// The first `<h1>`: the headline, whether or not the title came from elsewhere.
    var firstHeading: String?

    private static let dateMetaNames = ["article:published_time", "og:published_time", "og:article:published_time",
                                        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
                                        "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
                                        "dcterms.issued", "article.published", "parsely-pub-date", "sailthru.date"]

    /// `pageURL`: where the page came from, when the caller knows (a web archive record).
    init(_ root: HTMLNode, pageURL: String? = nil) {
        var metas: [String: String] = [:]
        var ldObjects: [[String: Any]] = []
        var titleText: String?, firstH1: String?, canonical: String?, timeValue: String?
        for node in root.descendants(where: { _ in true }) {
            switch node.name {
            case "meta":
                let key = (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"])?.lowercased()
                if let key, let content = node.attributes["content"], metas[key] == nil { metas[key] = content }
            case "title" where titleText == nil:
                titleText = node.rawText
            case "h1" where firstH1 == nil:
                firstH1 = HTMLText.render(node)
            case "link" where canonical == nil:
                if node.attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = node.attributes["href"]
                }
            case "time":
                // Prefer a <time> marked as the publication date; else the first one.
                if let value = node.attributes["datetime"],
                   timeValue == nil || node.attributes["pubdate"] != nil || node.attributes["itemprop"] == "datePublished" {
                    timeValue = value
                }
            case "script" where node.attributes["type"]?.lowercased().contains("ld+json") == true:
                ldObjects += Self.jsonLDObjects(node.rawText)
            default:
                break
            }
        }

        let ldArticle = ldObjects.first { Self.isArticle($0) } ?? ldObjects.first { $0["datePublished"] != nil || $0["headline"] != nil }
        func nonBlank(_ s: String?) -> String? { s.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } }

        // The story's own headline before the <title>, which often carries the site's name.
        // An og:title that is only the site's name says nothing about the story.
        let ogTitle = nonBlank(metas["og:title"]).flatMap { $0 == metas["og:site_name"] ? nil : $0 }
        title = ogTitle ?? nonBlank(ldArticle?["headline"] as? String)
            ?? nonBlank(metas["twitter:title"]) ?? nonBlank(firstH1).flatMap { $0.count <= 300 ? $0 : nil }
            ?? nonBlank(titleText).map(Self.withoutSiteSuffix)

        url = nonBlank(metas["og:url"]) ?? nonBlank(canonical) ?? nonBlank(pageURL)
        if let date = (ldArticle?["datePublished"] as? String).flatMap(DateParsing.parse) {
            (published, publishedSource) = (date, .jsonLD)
        } else if let date = Self.dateMetaNames.lazy.compactMap({ metas[$0].flatMap(DateParsing.parse) }).first
                    ?? timeValue.flatMap(DateParsing.parse) {
            (published, publishedSource) = (date, .htmlMeta)
        } else if let date = [url, pageURL].lazy.compactMap({ $0.flatMap(URLDate.parse) }).first {
            (published, publishedSource) = (date, .url)
        }
        let publisher = (ldArticle?["publisher"] as? [String: Any])?["name"] as? String
        siteName = nonBlank(metas["og:site_name"]) ?? nonBlank(publisher)
        articleBody = nonBlank(ldArticle?["articleBody"] as? String)
        firstHeading = nonBlank(firstH1)
    }

    /// A JSON-LD object typed as some kind of article (`NewsArticle`, `BlogPosting`, `Report`…).
    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
    }

    /// "Xi meets Lee | The Daily Post" → "Xi meets Lee", when the suffix is the shorter part.
    static func withoutSiteSuffix(_ title: String) -> String {
        guard let bar = title.range(of: " | ", options: .backwards) else { return title }
        let head = title[..<bar.lowerBound], tail = title[bar.upperBound...]
        return head.count > tail.count ? String(head) : title
    }

    /// Objects from a JSON-LD script: a single object, an array, or a `@graph`.
    private static func jsonLDObjects(_ text: String) -> [[String: Any]] {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return [] }
        var out: [[String: Any]] = []
        var queue: [Any] = [parsed]
        while let item = queue.popLast(), out.count < 100 {
            if let list = item as? [Any] {
                queue.append(contentsOf: list.reversed())
            } else if let object = item as? [String: Any] {
                out.append(object)
                if let graph = object["@graph"] { queue.append(graph) }
            }
        }
        return out
    }
}

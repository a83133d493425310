import Foundation

/// Title, publication date, URL and site name from a page's `<meta>` tags, `<title>`, `<h1>`,
/// JSON-LD (`datePublished`, `headline`) and `<time datetime>`.
struct HTMLMetadata {
    var title: String?
    var published: PartialDate?
    var url: String?
    var siteName: String?

    private static let dateMetaNames = ["article:published_time", "og:published_time", "og:article:published_time",
                                        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
                                        "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
                                        "dcterms.issued", "article.published", "parsely-pub-date", "sailthru.date"]

    init(_ root: HTMLNode) {
        var metas: [String: String] = [:]
        var ldObjects: [[String: Any]] = []
        var titleText: String?, firstH1: String?, canonical: String?, timeValue: String?
        for node in root.descendants(where: { _ in true }) {
            switch node.name {
            case "meta":
                let key = (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"])?.lowercased()
                if let key, let content = node.attributes["content"], metas[key] == nil { metas[key] = content }
            case "title" where titleText == nil:
                titleText = HTMLEntities.decode(node.rawText)
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

        let ldArticle = ldObjects.first { $0["datePublished"] != nil || $0["headline"] != nil }
        func nonBlank(_ s: String?) -> String? { s.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } }

        title = nonBlank(metas["og:title"]) ?? nonBlank(metas["twitter:title"])
            ?? nonBlank(titleText).map(Self.withoutSiteSuffix)
            ?? nonBlank(firstH1) ?? nonBlank(ldArticle?["headline"] as? String)

        let metaDate = Self.dateMetaNames.lazy.compactMap { metas[$0].flatMap(DateParsing.parse) }.first
        published = metaDate
            ?? (ldArticle?["datePublished"] as? String).flatMap(DateParsing.parse)
            ?? timeValue.flatMap(DateParsing.parse)
        url = nonBlank(metas["og:url"]) ?? nonBlank(canonical)
        let publisher = (ldArticle?["publisher"] as? [String: Any])?["name"] as? String
        siteName = nonBlank(metas["og:site_name"]) ?? nonBlank(publisher)
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

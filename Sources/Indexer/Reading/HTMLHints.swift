/// What an element's tag, `class`, `id` and `role` say about it: a container of the story, or
/// page furniture (menus, share bars, related links, cookie notes, comments). The word lists
/// follow the conventions of CMSs and themes in general (WordPress, Drupal, news templates),
/// after readability's and trafilatura's; none names a particular site.
enum HTMLHints {
    /// Containers that name themselves the story's body, most specific first. Each group is
    /// tried in turn; within a group the first element in document order wins.
    static let contentGroups: [[Pattern]] = [
        [.exact("post"), .exact("entry"), .contains("post-text"), .contains("post_text"), .contains("post-body"),
         .contains("post-entry"), .contains("postentry"), .contains("post-content"), .contains("post_content"),
         .contains("postcontent"), .contains("post_inner_wrapper"), .contains("article-text"),
         .contains("articletext"), .contains("entry-content"), .contains("article-content"),
         .contains("article__content"), .contains("article-body"), .contains("article__body"),
         .contains("articlebody"), .contains("page-content"), .contains("text-content"), .contains("body-text"),
         .contains("article__container"), .contains("art-content"), .itemprop("articleBody")],
        [.tag("article")],
        [.contains("post-bodycopy"), .contains("storycontent"), .contains("story-content"), .exact("postarea"),
         .exact("art-postcontent"), .contains("theme-content"), .contains("blog-content"),
         .contains("section-content"), .contains("single-content"), .contains("single-post"),
         .contains("main-column"), .contains("wpb_text_column"), .idPrefix("primary"), .classPrefix("article "),
         .exact("text"), .exact("article"), .exact("cell"), .exact("story"), .contains("story-body"),
         .contains("field-body"), .contains("fulltext"), .role("article")],
        [.contains("content-main"), .contains("content_main"), .contains("content-body"), .contains("contentbody"),
         .contains("content__body"), .contains("main-content"), .contains("maincontent"), .exact("content")],
        [.classPrefix("main"), .idPrefix("main"), .role("main"), .tag("main")],
    ]

    /// Tags a content container may have.
    static let containerTags: Set<String> = ["article", "div", "main", "section"]

    enum Pattern {
        case exact(String)        // class or id equal to
        case contains(String)     // class or id containing
        case classPrefix(String)
        case idPrefix(String)
        case itemprop(String)
        case role(String)
        case tag(String)

        func matches(_ node: HTMLNode) -> Bool {
            switch self {
            case .tag(let name): return node.name == name
            case .itemprop(let value): return node.attributes["itemprop"] == value
            case .role(let value): return node.attributes["role"]?.lowercased() == value
            case .classPrefix(let p): return node.attributes["class"]?.lowercased().hasPrefix(p) == true
            case .idPrefix(let p): return node.attributes["id"]?.lowercased().hasPrefix(p) == true
            case .exact(let value):
                return node.attributes["class"]?.lowercased() == value || node.attributes["id"]?.lowercased() == value
            case .contains(let part): return node.classAndID.contains(part)
            }
        }
    }

    /// Elements that never hold a story's text.
    static let neverText: Set<String> = [
        "script", "style", "template", "svg", "math", "canvas", "iframe", "frame", "frameset", "object",
        "embed", "applet", "audio", "video", "picture", "map", "area", "button", "select", "option", "optgroup",
        "textarea", "input", "datalist", "output", "progress", "head", "title", "link", "meta",
        "rt", "rp", "rtc",   // ruby annotations: the reading of a word, not more text
    ]

    /// Elements of page furniture by their tag (trafilatura's "manually cleaned" list, roughly).
    /// Not `<header>`: inside an article it holds the standfirst; a site's header goes by its
    /// links and class names.
    static let furnitureElements: Set<String> = [
        "noscript", "nav", "aside", "footer", "form", "fieldset", "legend", "label", "menu", "menuitem", "dialog",
        "time", "figure",
    ]

    /// Tags the furniture words apply to; never `article`, `main` or `body`.
    private static let furnitureTags: Set<String> = ["div", "section", "span", "p", "ul", "ol", "li", "dl", "table",
                                                     "header", "aside", "nav", "footer", "form", "figure", "center", "font"]

    /// Parts of class or id names of furniture.
    private static let furnitureWords = [
        "footer", "related", "viral", "share", "sharing", "social", "sociable", "syndication", "newsletter",
        "subnav", "cookie", "consent", "gdpr", "tag-list", "tagcloud", "sidebar", "banner", "breadcrumb",
        "bread-crumb", "user-info", "user-profile", "-ad-", "advert", "outbrain", "taboola", "popup", "modal",
        "paid-content", "most-popular", "side-stories", "lightbox", "navbar", "navbox", "navigation",
        "menu", "article-comments", "post-comments", "user-comments", "reader-comments", "commentlist",
        "comment-list", "comments-list", "comment-respond", "disqus", "pagination", "pager", "subscribe", "promo",
        "sponsor", "skip-link", "signin", "login", "akismet", "respond", "reply", "recommend", "more-stories",
        "postmetadata", "post-meta", "author-box", "authorbox", "about-author", "author-bio", "-cta", "newsletter-signup",
    ]
    /// Parts of names that mark furniture only when the element is short or mostly links: a
    /// "meta" or "info" box is a byline, but a "recipe-meta" box may hold the recipe.
    private static let weakFurnitureWords = [
        "author", "byline", "meta", "caption", "dateline", "post-date", "entry-date", "published", "timestamp",
        "tags", "rating", "button", "attachment", "toolbar", "slider", "carousel", "overlay", "infobox", "widget", "paywall",
    ]

    /// Whole class or id tokens of furniture, too short to match as parts.
    private static let furnitureTokens: Set<String> = [
        "nav", "ad", "ads", "date",
        "share", "tools", "links", "cats", "categories", "category", "info", "skip", "top", "header", "masthead",
        "cta",   // "call to action": a sign-up or donation box
    ]

    /// Class names that hide an element from view (or leave it to screen readers), on any tag.
    private static let hiddenTokens: Set<String> = ["hidden", "hide", "d-none", "sr-only", "visually-hidden",
                                                    "screen-reader-text", "element-invisible", "invisible"]

    /// True for an element that is page furniture by its markup (a furniture tag with a furniture
    /// class/id/role, or hidden from view), unless it holds most of `total` characters of text
    /// with few links, or nearly all of it: a wrapper is not furniture, whatever its name says
    /// ("has-sidebar", "with-navigation").
    static func isFurniture(_ node: HTMLNode, of total: Int, share: Double = 0.6) -> Bool {
        guard isFurnitureByName(node) else { return false }
        let chars = Double(node.stats.chars)
        return !(chars > Double(total) * share && (node.stats.linkDensity < 0.3 || chars > Double(total) * 0.9))
    }

    private static func isFurnitureByName(_ node: HTMLNode) -> Bool {
        let a = node.attributes
        if a["hidden"] != nil || a["aria-hidden"] == "true" { return true }
        if let style = a["style"]?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if let role = a["role"]?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert"].contains(role) {
            return true
        }
        let words = node.classAndID
        guard !words.isEmpty else { return false }
        let tokens = words.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if tokens.contains(where: { hiddenTokens.contains(String($0)) }) { return true }
        guard furnitureTags.contains(node.name) else { return false }
        for token in tokens {
            if furnitureTokens.contains(String(token)) || token.hasPrefix("comment") { return true }
        }
        let original = Array(((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")).utf8)
        let lower = original.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        if furnitureWords.contains(where: { startsAtWordBoundary($0, lower, original) }) { return true }
        guard node.stats.chars < 400 || node.stats.linkDensity > 0.4 else { return false }
        return weakFurnitureWords.contains { startsAtWordBoundary($0, lower, original) }
    }

    /// True when one of `words` starts a word of the element's class or id ("article-intro",
    /// "teaserText", "entry-summary"), as `isFurniture` matches its lists.
    static func namesStart(_ node: HTMLNode, withOneOf words: [String]) -> Bool {
        let original = Array(((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")).utf8)
        guard original.count > 1 else { return false }
        let lower = original.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        return words.contains { startsAtWordBoundary($0, lower, original) }
    }

    /// True when `word` occurs in `lower` where a word of the name starts: at the beginning,
    /// after a non-letter ("site-footer", "nav_menu") or at a camel-case hump ("mainSidebar"),
    /// so that "pager" is not found in "apageroot".
    private static func startsAtWordBoundary(_ word: String, _ lower: [UInt8], _ original: [UInt8]) -> Bool {
        let w = Array(word.utf8)
        guard w.count <= lower.count else { return false }
        func isLetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
        for start in 0...(lower.count - w.count) where lower[start] == w[0] {
            guard lower[start..<(start + w.count)].elementsEqual(w) else { continue }
            if start == 0 || !isLetter(w[0]) || !isLetter(original[start - 1]) { return true }
            let previous = original[start - 1], first = original[start]
            if previous >= 0x61 && previous <= 0x7A && first >= 0x41 && first <= 0x5A { return true }
        }
        return false
    }

    /// Readability's class weight: story-like names +25, furniture-like names −25.
    static func classWeight(_ node: HTMLNode) -> Double {
        let words = node.classAndID
        guard !words.isEmpty else { return 0 }
        var weight = 0.0
        if positiveWords.contains(where: { words.contains($0) }) { weight += 25 }
        if negativeWords.contains(where: { words.contains($0) }) { weight -= 25 }
        return weight
    }

    private static let positiveWords = ["article", "body", "content", "entry", "hentry", "main", "page", "post",
                                        "text", "blog", "story"]
    private static let negativeWords = ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot",
                                        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
                                        "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
                                        "tags", "tool", "widget", "menu", "nav", "teaser", "cookie"]
}

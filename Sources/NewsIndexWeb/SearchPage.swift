import Indexer

/// The search page: summary, results with snippets and entity chips, paging, and the facet sidebar.
enum SearchPage {
    /// Facets the page always shows; the date histograms are not cut by `facet_limit`.
    static let facets = "country,leader,date,mentioned,leader*country"
    static let defaultLimit = 20

    /// The request the page runs: the API's parameters, with the page's own defaults.
    static func parameters(_ state: PageState) -> [(String, String)] {
        var pairs = state.pairs
        if !pairs.contains(where: { $0.0 == "facets" }) { pairs.append(("facets", facets)) }
        if !pairs.contains(where: { $0.0 == "limit" }) { pairs.append(("limit", String(defaultLimit))) }
        return pairs
    }

    static func render(_ r: SearchResult, state: PageState, limit: Int) -> String {
        var main = "<section class=\"results\">"
        main += summary(r, state: state)
        main += activeFilters(state)
        if r.hits.isEmpty {
            main += "<p class=\"empty\">No articles match. Remove a filter or try fewer words.</p>"
        } else {
            main += "<ol class=\"hits\" start=\"\(r.offset + 1)\">" + r.hits.map { hit($0) }.joined() + "</ol>"
        }
        main += pager(r, state: state, limit: limit)
        main += "</section>"
        return "<main class=\"layout\">" + FacetSidebar.render(r.facets, state: state) + main + "</main>"
    }

    static func summary(_ r: SearchResult, state: PageState) -> String {
        let count = r.exact ? "\(r.total)" : "about \(r.total)"
        var out = "<p class=\"summary\"><strong id=\"total\" data-total=\"\(r.total)\">\(count)</strong> "
        out += r.total == 1 ? "article" : "articles"
        if !r.hits.isEmpty { out += " · showing \(r.offset + 1)–\(r.offset + r.hits.count)" }
        out += r.exact ? "" : " <span class=\"muted\">(estimated)</span>"
        out += " · <a href=\"\(state.removing(["facets"]).href("/api/search.csv"))\">CSV</a>"
        out += " · <a href=\"\(state.href("/api/search"))\">JSON</a>"
        // Folding copies of one wire story is a view of the same matches: a link, like every option.
        if state.value("collapse") == nil {
            out += " · <a class=\"collapse\" href=\"\(state.setting([("collapse", "true")]).href())\">fold copies</a>"
        } else if let articles = r.totalArticles {
            out += " · <span class=\"muted\">\(r.total) \(r.total == 1 ? "story" : "stories") from \(articles) articles</span>"
        }
        out += "</p>"
        if let like = r.similarTo {
            out += "<p class=\"similar\">Articles most like <a href=\"\(HTML.escape(HTML.articleHref(like)))\">\(HTML.escape(like))</a></p>"
        }
        if let s = r.suggestion {
            out += "<p class=\"suggestion\">Did you mean <a href=\"\(state.setting([("q", s)]).href())\">\(HTML.escape(s))</a>?</p>"
        }
        if !r.missingShards.isEmpty {
            out += "<p class=\"warning\">Partial answer: unreachable shards left out: \(HTML.escape(r.missingShards.joined(separator: ", ")))</p>"
        }
        return out
    }

    static let filterNames: [(name: String, label: String)] = [
        ("country", "country"), ("leader", "leader"), ("from", "from"), ("to", "to"),
        ("mentioned_from", "mentions from"), ("mentioned_to", "mentions to"),
        ("in_office", "leaders in office"), ("all", "every value"), ("collapse", "copies folded"), ("similar", "like"),
    ]

    /// The filters in force, each a chip whose × removes it.
    static func activeFilters(_ state: PageState) -> String {
        var chips = ""
        for (name, label) in filterNames {
            for v in state.values(name) where !v.isEmpty {
                chips += "<a class=\"chip active\" href=\"\(state.toggling(name, v).href())\" title=\"Remove this filter\">"
                chips += "\(HTML.escape(label)): \(HTML.escape(v)) <span aria-hidden=\"true\">×</span></a>"
            }
        }
        return chips.isEmpty ? "" : "<p class=\"filters\">\(chips) <a class=\"clear\" href=\"\(state.removing(Set(filterNames.map(\.name))).href())\">clear all</a></p>"
    }

    static func hit(_ h: SearchHit) -> String {
        let a = h.article
        var out = "<li class=\"hit\"><h2><a href=\"\(HTML.escape(HTML.articleHref(a.id)))\">\(HTML.escape(a.title.isEmpty ? a.id : a.title))</a></h2>"
        var meta: [String] = []
        meta.append("<time>\(HTML.escape(a.published ?? "no date"))</time>")
        if let s = a.source, !s.isEmpty { meta.append("<span class=\"source\">\(HTML.escape(s))</span>") }
        meta.append("<span class=\"path\">\(HTML.escape(a.id))</span>")
        if h.duplicateCount > 0 {
            meta.append("<span class=\"duplicates\" title=\"\(HTML.escape(h.duplicateIDs.joined(separator: ", ")))\">+\(h.duplicateCount) near-duplicate\(h.duplicateCount == 1 ? "" : "s")</span>")
        }
        out += "<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>"
        // The library's snippet is already HTML: the article text escaped, matches in <b>.
        if !h.snippet.isEmpty { out += "<p class=\"snippet\">\(h.snippet)</p>" }
        out += "<p class=\"chips\">" + chips(a) + "</p></li>"
        return out
    }

    static func chips(_ a: Schema.StoredArticle) -> String {
        let countries = a.countries.map {
            "<a class=\"chip country\" href=\"/?country=\(HTML.percentEncode($0.code))\">\(HTML.escape($0.name))</a>"
        }
        let leaders = a.leaders.map {
            "<a class=\"chip leader\" href=\"/?leader=\(HTML.percentEncode($0.id))\">\(HTML.escape($0.name))</a>"
        }
        return (countries + leaders).joined(separator: " ")
    }

    static func pager(_ r: SearchResult, state: PageState, limit: Int) -> String {
        guard limit > 0, r.total > limit else { return "" }
        var out = "<nav class=\"pager\" aria-label=\"Pages\">"
        if r.offset > 0 {
            let prev = max(0, r.offset - limit)
            out += "<a rel=\"prev\" href=\"\(state.setting([("offset", prev == 0 ? nil : String(prev))]).href())\">← Previous</a>"
        }
        let page = r.offset / limit + 1
        let pages = (r.total + limit - 1) / limit
        out += "<span>page \(page) of \(pages)\(r.exact ? "" : " (about)")</span>"
        if r.offset + limit < r.total {
            out += "<a rel=\"next\" href=\"\(state.setting([("offset", String(r.offset + limit))]).href())\">Next →</a>"
        }
        return out + "</nav>"
    }

    static func error(_ message: String) -> String {
        "<main class=\"layout single\"><section class=\"results\"><p class=\"error\">\(HTML.escape(message))</p></section></main>"
    }
}

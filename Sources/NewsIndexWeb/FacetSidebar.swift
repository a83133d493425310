import Indexer

/// The sidebar: value lists (multi-select links: OR within a facet, AND across), date histograms,
/// and the leader×country pairs table.
enum FacetSidebar {
    static func render(_ facets: [FacetResult], state: PageState) -> String {
        var out = "<aside class=\"facets\" aria-label=\"Filters\">"
        for f in facets {
            switch (f.spec.dimension, f.spec.pairedWith) {
            case (.country, nil): out += list(f, title: "Countries", param: "country", state: state)
            case (.leader, nil):
                out += list(f, title: "Leaders", param: "leader", state: state)
                out += inOfficeSwitch(state)
            case (.leaderInOffice, nil): out += list(f, title: "Leaders in office", param: "leader", state: state)
            case (.date, _): out += Histogram.render(f, title: "Published", fromParam: "from", toParam: "to", state: state)
            case (.mentioned, _): out += Histogram.render(f, title: "Dates mentioned", fromParam: "mentioned_from", toParam: "mentioned_to", state: state)
            case (_, .some): out += pairs(f, state: state)
            }
        }
        return out + "</aside>"
    }

    /// Leaders named at any date, or only those in office on the article's day: a link either way.
    static func inOfficeSwitch(_ state: PageState) -> String {
        let on = state.value("in_office") != nil
        let target = on ? state.removing(["in_office"]) : state.setting([("in_office", "true")])
        return "<p class=\"switch\"><a href=\"\(target.href())\" aria-pressed=\"\(on)\">"
            + (on ? "☑" : "☐") + " only leaders in office on the day</a></p>"
    }

    static func list(_ f: FacetResult, title: String, param: String, state: PageState) -> String {
        var out = "<section class=\"facet\" data-facet=\"\(param)\"><h3>\(title) "
        out += "<span class=\"muted\">top \(f.values.count) of \(f.distinct)</span></h3>"
        if f.distinct > 8 {
            out += "<input class=\"typeahead\" type=\"search\" placeholder=\"Filter \(title.lowercased())…\" aria-label=\"Filter \(title.lowercased())\" hidden>"
        }
        out += "<ul class=\"values\">"
        var shown = Set<String>()
        for v in f.values {
            shown.insert(v.value)
            out += item(param: param, value: v.value, label: v.label, count: v.count, state: state)
        }
        // A chosen value outside the top N stays visible, so it can be unticked.
        for chosen in state.values(param) where !chosen.isEmpty && !shown.contains(chosen) {
            out += item(param: param, value: chosen, label: chosen, count: nil, state: state)
        }
        out += "</ul>"
        if f.values.count < f.distinct {
            let current = Int(state.value("facet_limit") ?? "") ?? 10
            let more = min(200, max(current * 5, 50))
            out += "<a class=\"more\" href=\"\(state.setting([("facet_limit", String(more))], keepOffset: true).href())\">show more</a>"
        }
        return out + "</section>"
    }

    static func item(param: String, value: String, label: String, count: Int?, state: PageState) -> String {
        let on = state.has(param, value)
        var out = "<li><a class=\"fv\(on ? " on" : "")\" href=\"\(state.toggling(param, value).href())\" role=\"checkbox\" aria-checked=\"\(on)\""
        out += " data-value=\"\(HTML.escape(value))\"><span class=\"box\" aria-hidden=\"true\"></span>"
        out += "<span class=\"label\">\(HTML.escape(label))</span>"
        if let count { out += "<span class=\"count\">\(count)</span>" }
        return out + "</a></li>"
    }

    /// leader*country: which leader appears with which country, each row a filter for both.
    static func pairs(_ f: FacetResult, state: PageState) -> String {
        guard !f.values.isEmpty else { return "" }
        var out = "<section class=\"facet pairs\"><h3>Leader × country <span class=\"muted\">top \(f.values.count) of \(f.distinct)</span></h3>"
        out += "<table><thead><tr><th>Leader</th><th>Country</th><th class=\"num\">Articles</th></tr></thead><tbody>"
        for v in f.values {
            let ids = v.value.split(separator: "*", maxSplits: 1).map(String.init)
            let names = v.label.components(separatedBy: " + ")
            guard ids.count == 2, names.count == 2 else { continue }
            var next = state
            if !state.has("leader", ids[0]) { next = next.toggling("leader", ids[0]) }
            if !state.has("country", ids[1]) { next = next.toggling("country", ids[1]) }
            out += "<tr><td><a href=\"\(next.href())\">\(HTML.escape(names[0]))</a></td><td>\(HTML.escape(names[1]))</td><td class=\"num\">\(v.count)</td></tr>"
        }
        return out + "</tbody></table></section>"
    }
}

import Indexer

/// One article: its stored text with every recognised mention highlighted (offsets as `tag` gives
/// them), and a side list of its entities linking to filtered searches.
enum ArticlePage {
    struct Mark {
        var start: Int
        var length: Int
        var kind: String
        var label: String
        var href: String
    }

    static func render(_ a: Schema.StoredArticle, entities e: Entities) -> String {
        var marks: [Mark] = []
        for c in e.countries {
            marks += c.mentions.map { Mark(start: $0.offset, length: $0.text.unicodeScalars.count, kind: "country", label: c.name, href: "/?country=\(HTML.percentEncode(c.code))") }
        }
        for l in e.leaders {
            marks += l.mentions.map { Mark(start: $0.offset, length: $0.text.unicodeScalars.count, kind: "leader", label: l.name, href: "/?leader=\(HTML.percentEncode(l.id))") }
        }
        for d in e.dates {
            let v = d.value.description
            marks += d.mentions.map { Mark(start: $0.offset, length: $0.text.unicodeScalars.count, kind: "date", label: v, href: "/?mentioned_from=\(v)&amp;mentioned_to=\(v)") }
        }
        marks.sort { $0.start != $1.start ? $0.start < $1.start : $0.length > $1.length }
        let titleScalars = Array(a.title.unicodeScalars)
        let bodyStart = titleScalars.count + 2

        var out = "<main class=\"layout article\"><article class=\"text\">"
        out += "<h1>\(highlighted(titleScalars, from: 0, marks))</h1>"
        var meta = ["<time>\(HTML.escape(a.published ?? "no date"))</time>"]
        if let s = a.source, !s.isEmpty { meta.append("<span class=\"source\">\(HTML.escape(s))</span>") }
        if let u = a.url, !u.isEmpty { meta.append(HTML.externalLink(u)) }
        meta.append("<span class=\"path\">\(HTML.escape(a.id))</span>")
        out += "<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>"
        out += "<div class=\"body\">\(highlighted(Array(a.body.unicodeScalars), from: bodyStart, marks))</div>"
        out += "<p class=\"legend\"><mark class=\"country\">country</mark> <mark class=\"leader\">leader</mark> <mark class=\"date\">date</mark>"
        out += " · <a href=\"/api/article/\(HTML.percentEncode(a.id))\">JSON</a>"
        out += " · <a class=\"similar\" href=\"/?similar=\(HTML.percentEncode(a.id))\">More like this</a></p></article>"
        out += sideList(a) + "</main>"
        return out
    }

    /// `scalars` starts at offset `from` of the tagged text; marks outside it are skipped, overlaps too.
    static func highlighted(_ scalars: [Unicode.Scalar], from: Int, _ marks: [Mark]) -> String {
        var out = ""
        var i = 0
        func text(_ r: Range<Int>) -> String {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[r])
            return HTML.escape(s)
        }
        for m in marks {
            let start = m.start - from, end = start + m.length
            guard start >= i, end <= scalars.count, m.length > 0 else { continue }
            out += text(i..<start)
            out += "<a class=\"mention\" href=\"\(m.href)\"><mark class=\"\(m.kind)\" title=\"\(HTML.escape(m.label))\">\(text(start..<end))</mark></a>"
            i = end
        }
        return out + text(i..<scalars.count)
    }

    static func sideList(_ a: Schema.StoredArticle) -> String {
        var out = "<aside class=\"facets entities\" aria-label=\"Entities\">"
        if !a.countries.isEmpty {
            out += "<section class=\"facet\"><h3>Countries</h3><ul class=\"values\">"
            for c in a.countries {
                out += "<li><a class=\"fv\" href=\"/?country=\(HTML.percentEncode(c.code))\"><span class=\"label\">\(HTML.escape(c.name))</span><span class=\"count\">\(c.mentions)</span></a></li>"
            }
            out += "</ul></section>"
        }
        if !a.leaders.isEmpty {
            out += "<section class=\"facet\"><h3>Leaders</h3><ul class=\"values\">"
            for l in a.leaders {
                out += "<li><a class=\"fv\" href=\"/?leader=\(HTML.percentEncode(l.id))\"><span class=\"label\">\(HTML.escape(l.name))</span><span class=\"count\">\(l.mentions)</span></a></li>"
            }
            out += "</ul></section>"
        }
        if !a.dates.isEmpty {
            out += "<section class=\"facet\"><h3>Dates mentioned</h3><ul class=\"values\">"
            for d in a.dates {
                let v = HTML.percentEncode(d.value)
                out += "<li><a class=\"fv\" href=\"/?mentioned_from=\(v)&amp;mentioned_to=\(v)\"><span class=\"label\">\(HTML.escape(d.value))</span><span class=\"count\">\(d.mentions)</span></a></li>"
            }
            out += "</ul></section>"
        }
        return out + "</aside>"
    }
}

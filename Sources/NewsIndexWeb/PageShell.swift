/// The page around every view (`Assets/page.html`): head, header with the search form, footer.
enum PageShell {
    static let template = String(decoding: PackageResources.page_html, as: UTF8.self)

    /// `title` and `documents` are plain text; `form` and `body` are HTML already escaped.
    static func render(title: String, form: String, body: String, documents: String) -> String {
        // Placeholders are filled in one pass, so text inside a value is never read as a placeholder.
        let values = ["title": HTML.escape(title), "form": form, "body": body, "documents": HTML.escape(documents)]
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { rest = rest[open.lowerBound...]; break }
            out += values[String(rest[open.upperBound..<close.lowerBound])] ?? ""
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// The search box, with the current filters carried as hidden fields.
    static func form(_ state: PageState) -> String {
        let q = HTML.escape(state.value("q") ?? "")
        var hidden = ""
        for (name, value) in state.pairs where !["q", "sort", "offset"].contains(name) && !value.isEmpty {
            hidden += "<input type=\"hidden\" name=\"\(HTML.escape(name))\" value=\"\(HTML.escape(value))\">"
        }
        let sort = state.value("sort") ?? "relevance"
        let options = [("relevance", "Relevance"), ("-date", "Newest"), ("date", "Oldest")].map { v, label in
            "<option value=\"\(v)\"\(v == sort ? " selected" : "")>\(label)</option>"
        }.joined()
        return """
        <form class="search" action="/" method="get" role="search">\
        <input type="search" name="q" value="\(q)" placeholder="Search the archive: words, &quot;phrases&quot;, country:KR…" aria-label="Search" autocomplete="off">\
        <select name="sort" aria-label="Sort">\(options)</select>\
        \(hidden)<button type="submit">Search</button></form>
        """
    }
}

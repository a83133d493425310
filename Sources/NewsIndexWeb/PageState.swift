/// The page's state: the GET parameters, in order. Every link is this state with one change,
/// so the back button, sharing and bookmarks all work.
struct PageState {
    var pairs: [(String, String)]

    func values(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }
    func value(_ name: String) -> String? { values(name).first { !$0.isEmpty } }
    func has(_ name: String, _ value: String) -> Bool { pairs.contains { $0.0 == name && $0.1 == value } }

    /// Any change of filters goes back to the first page.
    func toggling(_ name: String, _ value: String) -> PageState {
        var s = self
        if has(name, value) { s.pairs.removeAll { $0.0 == name && $0.1 == value } } else { s.pairs.append((name, value)) }
        s.pairs.removeAll { $0.0 == "offset" }
        return s
    }

    func setting(_ changes: [(String, String?)], keepOffset: Bool = false) -> PageState {
        var s = self
        for (name, value) in changes {
            s.pairs.removeAll { $0.0 == name }
            if let value { s.pairs.append((name, value)) }
        }
        if !keepOffset && !changes.contains(where: { $0.0 == "offset" }) { s.pairs.removeAll { $0.0 == "offset" } }
        return s
    }

    func removing(_ names: Set<String>) -> PageState {
        PageState(pairs: pairs.filter { !names.contains($0.0) })
    }

    var query: String {
        pairs.filter { !$0.1.isEmpty }.map { HTML.percentEncode($0.0) + "=" + HTML.percentEncode($0.1) }.joined(separator: "&")
    }

    /// A link to the search page in this state, escaped for an attribute.
    func href(_ path: String = "/") -> String {
        HTML.escape(query.isEmpty ? path : path + "?" + query)
    }
}

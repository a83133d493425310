/// Renders an element's visible text: navigation and page furniture dropped, entities decoded,
/// spaces collapsed, a blank line between paragraphs and a line break for `<br>` and list items.
enum HTMLText {
    /// Never part of an article's text.
    static let dropped: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg",
                                       "template", "iframe", "button", "select", "textarea", "object", "canvas", "math",
                                       "head", "title", "dialog", "menu"]
    private static let paragraphBlocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                                                       "section", "article", "main", "body", "figure", "figcaption",
                                                       "table", "ul", "ol", "dl", "address", "hr", "fieldset", "details",
                                                       "summary", "center"]
    private static let lineBlocks: Set<String> = ["br", "li", "tr", "dt", "dd", "caption", "legend"]
    private static let cells: Set<String> = ["td", "th"]

    /// `skip` leaves out further elements (and all below them).
    static func render(_ node: HTMLNode, dropping dropped: Set<String> = dropped,
                       skip: (HTMLNode) -> Bool = { _ in false }) -> String {
        var writer = Writer()
        walk(node, dropped, skip, &writer)
        return writer.out
    }

    private static func walk(_ node: HTMLNode, _ dropped: Set<String>, _ skip: (HTMLNode) -> Bool, _ w: inout Writer) {
        for child in node.children {
            switch child {
            case .text(let s):
                w.write(s)
            case .element(let element):
                let name = element.name
                if dropped.contains(name) || skip(element) { continue }
                let level = paragraphBlocks.contains(name) ? 2 : lineBlocks.contains(name) ? 1 : 0
                if cells.contains(name) { w.space() }
                w.breakLine(level)
                walk(element, dropped, skip, &w)
                w.breakLine(name == "br" ? 0 : level)
                if cells.contains(name) { w.space() }
            }
        }
    }

    /// Appends text, holding back spaces and breaks until the next visible character so that
    /// none lead or trail, and the strongest pending break wins.
    private struct Writer {
        var out = ""
        var pendingBreak = 0
        var pendingSpace = false

        mutating func breakLine(_ level: Int) { pendingBreak = max(pendingBreak, level) }
        mutating func space() { pendingSpace = true }

        mutating func write(_ text: String) {
            for ch in text {
                // Soft hyphens and zero-width joiners are invisible: "Mit&shy;tel&shy;al&shy;ter" is one word.
                if ch == "\u{AD}" || ch == "\u{200C}" || ch == "\u{200D}" || ch == "\u{2060}" || ch == "\u{FEFF}" { continue }
                if ch.isWhitespace || ch == "\u{200B}" {
                    pendingSpace = true
                    continue
                }
                if !out.isEmpty {
                    if pendingBreak == 2 { out += "\n\n" } else if pendingBreak == 1 { out += "\n" } else if pendingSpace { out += " " }
                }
                pendingBreak = 0
                pendingSpace = false
                out.append(ch)
            }
        }
    }
}

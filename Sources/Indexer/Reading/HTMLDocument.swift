/// A forgiving element tree built from `HTMLTokenizer` tokens. Unclosed elements close with
/// their parent, stray end tags are ignored, and a new block closes an open `<p>` as browsers do.
final class HTMLNode {
    enum Child {
        case text(String)
        case element(HTMLNode)
    }

    let name: String
    let attributes: [String: String]
    var children: [Child] = []

    init(name: String, attributes: [String: String] = [:]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one, depth first, in document order.
    func descendants(where include: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        var stack: [HTMLNode] = [self]
        while let node = stack.popLast() {
            if node !== self, include(node) { found.append(node) }
            for case .element(let child) in node.children.reversed() { stack.append(child) }
        }
        return found
    }

    /// Raw text of this element and all below it, unrendered (for `<title>`, scripts, headings).
    var rawText: String {
        var out = ""
        var stack: [Child] = children.reversed()
        while let child = stack.popLast() {
            switch child {
            case .text(let s): out += s
            case .element(let node): stack.append(contentsOf: node.children.reversed())
            }
        }
        return out
    }
}

enum HTMLDocument {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                            "meta", "param", "source", "track", "wbr", "keygen"]
    /// Elements whose start closes an open `<p>`.
    private static let closesParagraph: Set<String> = ["address", "article", "aside", "blockquote", "div", "dl", "fieldset",
                                                       "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                                                       "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul"]
    /// Elements whose start closes an open sibling of the same kind.
    private static let closesSibling: Set<String> = ["li", "dt", "dd", "tr", "td", "th", "option"]

    static let maxDepth = 256

    /// Parses `html` into a tree under a synthetic `#document` root.
    static func parse(_ html: String) -> HTMLNode {
        let root = HTMLNode(name: "#document")
        var stack: [HTMLNode] = [root]
        for token in HTMLTokenizer.tokens(html) {
            switch token {
            case .text(let s):
                stack[stack.count - 1].children.append(.text(s))
            case let .start(name, attributes, selfClosing):
                if closesParagraph.contains(name), let top = stack.last, top.name == "p", stack.count > 1 { stack.removeLast() }
                if closesSibling.contains(name), let top = stack.last, top.name == name, stack.count > 1 { stack.removeLast() }
                let node = HTMLNode(name: name, attributes: attributes)
                stack[stack.count - 1].children.append(.element(node))
                // Past a sane depth, elements become siblings: rendering and freeing the tree
                // recurse, and hostile nesting must not exhaust a worker thread's stack.
                if !selfClosing && !voidElements.contains(name) && stack.count < maxDepth { stack.append(node) }
            case .end(let name):
                // Close up to the matching open element; an end tag with none open is ignored.
                if let index = stack.lastIndex(where: { $0.name == name }), index > 0 {
                    stack.removeSubrange(index...)
                }
            }
        }
        return root
    }
}

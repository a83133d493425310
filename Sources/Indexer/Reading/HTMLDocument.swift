import Foundation

/// An element of a parsed page. Text children hold decoded text (entities resolved), except
/// inside `<script>` and `<style>`, whose bodies stay as written.
final class HTMLNode {
    enum Child {
        case text(String)
        case element(HTMLNode)
    }

    let name: String
    let attributes: [String: String]
    var children: [Child] = []
    /// Text measures of this subtree, filled by `measure()` (MainTextExtractor).
    var stats = TextStats()

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

/// Page text → element tree. libxml2's HTML parser by default (faster and closer to what
/// browsers build: bench/html-extraction); `HTMLTokenizer` plus the forgiving tree builder
/// below is the alternative, kept for comparison (`NEWSINDEX_HTML_PARSER=tokenizer`).
enum HTMLDocument {
    enum Parser: String { case libxml2, tokenizer }

    static let defaultParser: Parser = {
        ProcessInfo.processInfo.environment["NEWSINDEX_HTML_PARSER"].flatMap(Parser.init(rawValue:)) ?? .libxml2
    }()

    static func parse(_ html: String, with parser: Parser = defaultParser) -> HTMLNode {
        switch parser {
        case .libxml2: return LibXMLHTMLParser.parse(html)
        case .tokenizer: return parseTokens(html)
        }
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                            "meta", "param", "source", "track", "wbr", "keygen"]
    /// Elements whose start closes an open `<p>`.
    private static let closesParagraph: Set<String> = ["address", "article", "aside", "blockquote", "div", "dl", "fieldset",
                                                       "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                                                       "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul"]
    /// Elements whose start closes an open sibling of the same kind.
    private static let closesSibling: Set<String> = ["li", "dt", "dd", "tr", "td", "th", "option"]

    static let maxDepth = 256

    /// Builds a tree from `HTMLTokenizer` tokens under a synthetic `#document` root. Unclosed
    /// elements close with their parent, stray end tags are ignored, and a new block closes an
    /// open `<p>` as browsers do.
    static func parseTokens(_ html: String) -> HTMLNode {
        let root = HTMLNode(name: "#document")
        var stack: [HTMLNode] = [root]
        for token in HTMLTokenizer.tokens(html) {
            switch token {
            case .text(let s):
                let top = stack[stack.count - 1]
                let raw = top.name == "script" || top.name == "style"
                top.children.append(.text(raw ? s : HTMLEntities.decode(s)))
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

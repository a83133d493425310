import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document as a small element tree, built with Foundation's `XMLParser` (libxml2 under
/// it, no second wrapper). When the XML turns out invalid part way, the tree built so far is
/// kept, with `closed` marking the elements that ended before the error, so a reader can keep
/// the items that came before it.
///
///     let tree = XMLTree.parse(data)   // tree.root, tree.error
struct XMLTree {
    var root: XMLElementNode?
    /// "line 12, column 3: …" when the document is not well-formed.
    var error: String?

    static func parse(_ data: Data) -> XMLTree {
        let parser = XMLParser(data: data)
        let builder = TreeBuilder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let wellFormed = parser.parse()
        var tree = XMLTree(root: builder.root)
        if let first = builder.firstError {
            tree.error = "line \(first.line), column \(first.column): " + describe(first.error)
        } else if !wellFormed || builder.root == nil {
            tree.error = "line \(parser.lineNumber), column \(parser.columnNumber): " + describe(parser.parserError)
        }
        return tree
    }

    /// XMLParser passes libxml2's error numbers through (Linux's enum names do not line up with
    /// them), so the common ones are named here by number.
    private static func describe(_ error: Error?) -> String {
        guard let error else { return "no root element" }
        let ns = error as NSError
        guard ns.domain == XMLParser.errorDomain else { return ns.localizedDescription }
        switch ns.code {
        case 4: return "no XML content"
        case 5: return "the document ends early (truncated?) or goes on after its root element"
        case 9: return "invalid character"
        case 23: return "entity reference without its ';'"
        case 26, 27: return "undeclared entity (an HTML entity such as &nbsp; in XML?)"
        case 68: return "bare '&' or '<' in text"
        case 73: return "malformed tag"
        case 76: return "end tag does not match its start tag"
        case 77: return "the document ends inside an element (truncated?)"
        default: return "not well-formed (libxml2 error \(ns.code))"
        }
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: XMLElementNode?
        var firstError: (line: Int, column: Int, error: Error)?
        private var stack: [XMLElementNode] = []

        // libxml2 under Linux's XMLParser recovers and goes on (closing elements that never
        // ended) and `parse()` may still say true: stop at the first error instead.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if firstError == nil { firstError = (parser.lineNumber, parser.columnNumber, parseError) }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            let node = XMLElementNode(name: name, attributes: attributes)
            if let parent = stack.last { parent.content.append(.element(node)) } else if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard firstError == nil else { return }
            stack.popLast()?.closed = true
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { append(string) }

        func parser(_ parser: XMLParser, foundCDATA block: Data) { append(String(decoding: block, as: UTF8.self)) }

        private func append(_ text: String) {
            guard let node = stack.last else { return }
            if case .text(let previous) = node.content.last {
                node.content[node.content.count - 1] = .text(previous + text)
            } else {
                node.content.append(.text(text))
            }
        }
    }
}

/// One element: its name as written (`content:encoded`), attributes, and mixed content in order.
final class XMLElementNode {
    enum Content {
        case text(String)
        case element(XMLElementNode)
    }

    let name: String
    let attributes: [String: String]
    var content: [Content] = []
    /// True once the end tag was read.
    var closed = false

    init(name: String, attributes: [String: String]) { self.name = name; self.attributes = attributes }

    /// The name without its namespace prefix (`rdf:RDF` → `RDF`).
    var localName: Substring { name.split(separator: ":").last ?? Substring(name) }

    var children: [XMLElementNode] {
        content.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The first child element named by one of `names`, by qualified name (`content:encoded`),
    /// else by local name (`atom:link` for "link").
    func child(_ names: String...) -> XMLElementNode? {
        let all = children
        for name in names { if let exact = all.first(where: { $0.name == name }) { return exact } }
        return all.first { names.contains(String($0.localName)) }
    }

    func children(_ name: String) -> [XMLElementNode] {
        children.filter { $0.name == name || $0.localName == name }
    }

    /// The first descendant (depth first) with this local name.
    func descendant(_ name: String) -> XMLElementNode? {
        for c in children {
            if c.localName == name { return c }
            if let found = c.descendant(name) { return found }
        }
        return nil
    }

    /// All character data inside, in order.
    var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for part in content {
            switch part {
            case .text(let t): out += t
            case .element(let e): e.appendText(to: &out)
            }
        }
    }

    /// Non-blank text, whitespace runs collapsed; nil when blank.
    var trimmedText: String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Elements that start a new paragraph when an XML body (NITF, XHTML) is rendered as text.
    private static let blocks: Set<Substring> = ["p", "div", "hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6", "li", "block",
                                                 "blockquote", "pre", "tr", "dateline", "byline", "abstract", "br",
                                                 "body.content", "body.head", "body.end", "section", "ul", "ol", "table"]

    /// Elements whose text is not part of a body (an inline XHTML document's head).
    private static let unseen: Set<Substring> = ["head", "script", "style"]

    /// The text of a document body with a blank line between block elements.
    var blockText: String {
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let words = current.split(whereSeparator: \.isWhitespace)
            if !words.isEmpty { paragraphs.append(words.joined(separator: " ")) }
            current = ""
        }
        func walk(_ node: XMLElementNode) {
            for part in node.content {
                switch part {
                case .text(let t): current += t
                case .element(let e) where Self.unseen.contains(e.localName.lowercased()[...]):
                    continue
                case .element(let e) where Self.blocks.contains(e.localName.lowercased()[...]):
                    flush(); walk(e); flush()
                case .element(let e):
                    walk(e)
                }
            }
        }
        walk(self)
        flush()
        return paragraphs.joined(separator: "\n\n")
    }
}

import CLibXML2

/// libxml2's error-tolerant HTML parser (the one lxml uses), read into an `HTMLNode` tree.
/// The libxml2 document never leaves this file: it is converted and freed before returning.
///
///     let root = LibXMLHTMLParser.parse("<p>Caf&eacute;</p>")   // text comes out decoded
enum LibXMLHTMLParser {
    private static let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses UTF-8 text under a synthetic `#document` root. Entities are decoded; comments,
    /// doctypes and processing instructions are dropped; script and style bodies stay raw text.
    static func parse(_ html: String) -> HTMLNode {
        let root = HTMLNode(name: "#document")
        var html = html
        // The encoding is given, so a <meta charset> inside cannot switch it mid-parse.
        let document = html.withUTF8 { bytes -> htmlDocPtr? in
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlReadMemory($0, Int32(bytes.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return root }
        defer { xmlFreeDoc(document) }

        // Iterative, so a deep document cannot exhaust a worker thread's stack.
        var pending: [(xmlNodePtr?, HTMLNode)] = [(document.pointee.children, root)]
        while let (first, parent) = pending.popLast() {
            var cursor = first
            while let node = cursor {
                cursor = node.pointee.next
                switch node.pointee.type {
                case XML_ELEMENT_NODE:
                    let element = HTMLNode(name: string(node.pointee.name), attributes: attributes(of: node))
                    parent.children.append(.element(element))
                    // `<script/>` does not close in a browser: its code follows as text. Keep that
                    // code inside the script, where it belongs.
                    if element.name == "script" || element.name == "style", node.pointee.children == nil {
                        while let next = cursor, next.pointee.type == XML_TEXT_NODE {
                            if let content = next.pointee.content { element.children.append(.text(String(cString: content))) }
                            cursor = next.pointee.next
                        }
                    }
                    if node.pointee.children != nil {
                        pending.append((cursor, parent))
                        pending.append((node.pointee.children, element))
                        cursor = nil
                    }
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { parent.children.append(.text(String(cString: content))) }
                default:
                    break
                }
            }
        }
        return root
    }

    private static func string(_ name: UnsafePointer<xmlChar>?) -> String {
        name.map { String(cString: $0) } ?? ""
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var out: [String: String] = [:]
        var cursor = node.pointee.properties
        while let attribute = cursor {
            cursor = attribute.pointee.next
            let name = string(attribute.pointee.name).lowercased()
            guard out[name] == nil else { continue }
            var value = ""
            var child = attribute.pointee.children
            while let part = child {
                if let content = part.pointee.content { value += String(cString: content) }
                child = part.pointee.next
            }
            out[name] = value
        }
        return out
    }
}

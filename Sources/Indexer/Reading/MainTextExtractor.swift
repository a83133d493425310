/// The story's text from a parsed page, without menus, share bars, related links, cookie notes
/// or comments. A cascade after trafilatura's: an element whose markup names it the story's
/// body (`entry-content`, `<article>`, `itemprop="articleBody"`…), checked against readability's
/// content scoring (`ContentScorer`) and kept unless scoring finds much more text, with the lead
/// set beside it (`StoryLead`), the blocks repeating it (`StoryParts`) and the labels and
/// datelines around it trimmed (`StoryEdges`);
/// JSON-LD `articleBody` when the page itself has little; below 250 characters the page's
/// prose paragraphs; the whole page's visible text as a last resort.
///
///     let text = MainTextExtractor.text(of: root, titles: ["Xi meets Lee"], articleBody: nil)
enum MainTextExtractor {
    /// Below this many characters an extraction counts as having found nothing.
    static let minimumText = 100
    /// Below this many characters (trafilatura's minimum extracted size) the story's own
    /// paragraphs, wherever they are, are tried as well.
    static let rescueBelow = 250

    static func text(of root: HTMLNode, titles: [String], articleBody: String?) -> String {
        let body = root.descendants(where: { $0.name == "body" }).first ?? root
        prune(body)
        let story = Story(titles: Set(titles.map(Story.normalised)))

        // The first group with a container of some length wins; a short one is kept in case
        // nothing longer turns up.
        var marked = ""
        search: for group in HTMLHints.contentGroups {
            for node in body.descendants(where: { node in
                HTMLHints.containerTags.contains(node.name) && group.contains { $0.matches(node) }
            }) where node.stats.chars > 0 {
                let leads = StoryLead.before(node, in: body, total: body.stats.chars)
                let text = story.render(leads + StoryParts.alongside(node, in: body, total: body.stats.chars))
                if text.count > marked.count { marked = text }
                if text.count >= minimumText { break search }
                break
            }
        }
        let scoredNodes = ContentScorer.story(in: body)
        let scored = story.render(scoredNodes)
        // Scoring overrules the markup only when it finds much more text, and prose rather than
        // a list of links (a "directory" of other stories can outweigh the story).
        let scoredIsProse = !scoredNodes.contains { $0.name == "ul" || $0.name == "ol" }
            && scoredNodes.reduce(0) { $0 + $1.stats.linkChars } * 3 < scoredNodes.reduce(0) { $0 + $1.stats.chars }
        var best = marked
        if best.isEmpty || (scored.count > best.count * 2 && scoredIsProse) {
            best = scored.count > best.count ? scored : best
        }
        best = StoryEdges.trim(best)
        if let articleBody, articleBody.count > max(best.count * 2, minimumText) { return articleBody }
        if best.count < rescueBelow {
            let paragraphs = story.paragraphs(in: body)
            if paragraphs.count > best.count * 2 { best = paragraphs }
        }
        if best.count < 25 {
            let everything = TextCleanup.body(HTMLText.render(body, dropping: HTMLHints.neverText))
            if everything.count > best.count * 2 { best = everything }
        }
        return best
    }

    /// Takes out, in place, what is never text, then furniture elements (`<nav>`, `<aside>`,
    /// `<footer>`, `<form>`…), except a `<form>` or `<noscript>` that holds most of the page's
    /// text (ASP.NET wraps whole pages in a form; libxml2 leaves a stray `<noscript>` open);
    /// measures what is left.
    private static func prune(_ body: HTMLNode) {
        remove(from: body) { HTMLHints.neverText.contains($0.name) }
        let total = body.measure().chars
        remove(from: body) { node in
            guard HTMLHints.furnitureElements.contains(node.name) else { return false }
            // A furniture tag around most of the page's prose is a wrapper or a misparse, not furniture.
            if node.stats.chars >= minimumText, node.stats.chars * 2 > total, node.stats.linkDensity < 0.3 { return false }
            return !((node.name == "form" || node.name == "noscript") && node.stats.chars * 2 > total)
        }
        body.measure()
    }

    private static func remove(from root: HTMLNode, where drop: (HTMLNode) -> Bool) {
        var stack = [root]
        while let node = stack.popLast() {
            node.children.removeAll { child in
                if case .element(let e) = child { return drop(e) }
                return false
            }
            stack.append(contentsOf: node.elements)
        }
    }

    /// Renders story elements, leaving out furniture inside them, link lists and the heading
    /// that repeats the title.
    private struct Story {
        /// Normalised headlines (title, first `<h1>`): a heading saying one again is left out.
        let titles: Set<String>

        func render(_ nodes: [HTMLNode]) -> String {
            let container = HTMLNode(name: "div")
            container.children = nodes.map { .element($0) }
            let total = nodes.reduce(0) { $0 + $1.stats.chars }
            let chosen = Set(nodes.map(ObjectIdentifier.init))
            func dropped(_ node: HTMLNode) -> Bool {
                !chosen.contains(ObjectIdentifier(node))
                    && (HTMLHints.isFurniture(node, of: total) || Self.isLinkList(node) || Self.isPageNote(node))
            }
            // A heading whose section is gone ("Related stories" over a dropped list) or that
            // ends the story heads nothing (trafilatura trims trailing headings too).
            var orphans = Set<ObjectIdentifier>()
            var stack = nodes
            while let node = stack.popLast() {
                let children = node.elements
                for (i, child) in children.enumerated() where Self.headings.contains(child.name) {
                    let next = children[(i + 1)...].first { !($0.stats.chars == 0 && $0.elements.isEmpty) }
                    if next.map(dropped) ?? (node === nodes.last) { orphans.insert(ObjectIdentifier(child)) }
                }
                stack.append(contentsOf: children.filter { !dropped($0) })
            }
            return TextCleanup.body(HTMLText.render(container, dropping: HTMLHints.neverText) { node in
                if chosen.contains(ObjectIdentifier(node)) { return false }
                if dropped(node) || orphans.contains(ObjectIdentifier(node)) { return true }
                if !titles.isEmpty, ["h1", "h2", "h3"].contains(node.name), node.stats.chars < 400 {
                    return titles.contains(Self.normalised(HTMLText.render(node)))
                }
                return false
            })
        }

        static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

        /// Every paragraph of the page that is prose rather than a link list, in order: what a
        /// page without a recognisable container still says (trafilatura's baseline).
        func paragraphs(in body: HTMLNode) -> String {
            let total = body.stats.chars
            var texts: [String] = []
            var stack = [body]
            while let node = stack.popLast() {
                if node !== body, HTMLHints.isFurniture(node, of: total) || Self.isLinkList(node) { continue }
                if node.name == "p" {
                    let text = TextCleanup.body(HTMLText.render(node, dropping: HTMLHints.neverText))
                    if !text.isEmpty { texts.append(text) }
                    continue
                }
                stack.append(contentsOf: node.elements.reversed())
            }
            return texts.joined(separator: "\n\n")
        }

        /// A jump link within the page ("Back to top") or a short copyright line: the page's, not the story's.
        static func isPageNote(_ node: HTMLNode) -> Bool {
            if node.name == "a" { return node.stats.chars < 40 && node.attributes["href"]?.hasPrefix("#") == true }
            guard node.stats.chars < 200, ["p", "div", "span", "small"].contains(node.name) else { return false }
            let text = HTMLText.render(node)
            return text.hasPrefix("©") || text.hasPrefix("Copyright") || text.hasPrefix("(c) ") || text.hasPrefix("(C) ")
        }

        static func normalised(_ s: String) -> String {
            s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }

        /// Mostly link text, as menus, tag lists and "read more" teasers are (trafilatura's link density test).
        static func isLinkList(_ node: HTMLNode) -> Bool {
            let s = node.stats
            guard s.links > 0, node.name != "a" else { return false }
            let chars = Double(s.chars), linkChars = Double(s.linkChars)
            if s.links == 1, s.linkChars > 100, linkChars > chars * 0.9 { return true }
            // A short paragraph that is mostly one or two links: "Read more: <another story>".
            if node.name == "p", s.chars < 200, linkChars > chars * 0.6 { return true }
            let limit = node.name == "p" ? 60 : 200
            if s.chars < limit, linkChars > chars * 0.8 || (s.links > 1 && Double(s.shortLinks) > Double(s.links) * 0.8) {
                return true
            }
            return listTags.contains(node.name) && s.linkDensity > 0.5
        }

        private static let listTags: Set<String> = ["ul", "ol", "dl", "table", "div", "section", "li", "span"]
    }
}

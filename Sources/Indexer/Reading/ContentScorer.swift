/// Readability's content scoring: every paragraph of some length scores by its commas and
/// length, and gives that score to its parent, half to its grandparent and a sixth to the
/// level above; an element's own start is its tag's and class/id's weight, and its total is
/// scaled down by its link density. The best element, with those of its siblings that score
/// well or read as prose, is the story.
enum ContentScorer {
    private struct Candidate {
        let node: HTMLNode
        var score: Double
        var parent: HTMLNode?
    }

    /// The story's elements, in document order (the best candidate and the siblings that go with it).
    static func story(in body: HTMLNode) -> [HTMLNode] {
        var candidates: [ObjectIdentifier: Candidate] = [:]
        var path: [HTMLNode] = []
        score(body, body.stats.chars, &path, &candidates)
        guard var best = candidates.values.max(by: { final($0) < final($1) }) else { return [] }
        // A lone wrapper whose parent holds nothing else: take the parent, as readability does.
        while let parent = best.parent, let up = candidates[ObjectIdentifier(parent)],
              parent.elements.count == 1, up.node.name != "body" {
            best = up
        }
        let top = final(best)
        guard let parent = best.parent else { return [best.node] }
        let threshold = max(10, top * 0.2)
        let bestClass = best.node.attributes["class"]
        return parent.elements.filter { sibling in
            if sibling === best.node { return true }
            var bonus = 0.0
            if let c = bestClass, !c.isEmpty, sibling.attributes["class"] == c { bonus = top * 0.2 }
            if let s = candidates[ObjectIdentifier(sibling)], final(s) + bonus >= threshold { return true }
            guard sibling.name == "p" else { return false }
            let stats = sibling.stats
            if stats.chars > 80 { return stats.linkDensity < 0.25 }
            return stats.linkDensity == 0 && stats.chars > 0 && HTMLText.render(sibling).hasSuffix(".")
        }
    }

    private static func final(_ c: Candidate) -> Double { c.score * (1 - c.node.stats.linkDensity) }

    private static let scored: Set<String> = ["p", "pre", "td", "h2", "h3", "h4", "h5", "h6"]
    private static let blocks: Set<String> = ["a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
                                              "section", "article", "header", "h1", "h2", "h3", "h4", "h5", "h6"]

    private static func score(_ node: HTMLNode, _ total: Int, _ path: inout [HTMLNode],
                              _ candidates: inout [ObjectIdentifier: Candidate]) {
        path.append(node)
        defer { path.removeLast() }
        for element in node.elements {
            if HTMLHints.isFurniture(element, of: total, share: 0.3) { continue }
            let isParagraph = scored.contains(element.name)
                || ((element.name == "div" || element.name == "section") && !element.elements.contains { blocks.contains($0.name) })
            if isParagraph {
                let stats = element.stats
                if stats.chars >= 25 {
                    let points = 1 + Double(stats.commas) + Double(min(stats.chars / 100, 3))
                    for level in 0..<min(3, path.count) {
                        let ancestor = path[path.count - 1 - level]
                        let key = ObjectIdentifier(ancestor)
                        if candidates[key] == nil {
                            candidates[key] = Candidate(node: ancestor, score: initial(ancestor),
                                                        parent: path.count - 2 - level >= 0 ? path[path.count - 2 - level] : nil)
                        }
                        candidates[key]!.score += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
                    }
                }
                if element.name != "div" && element.name != "section" { continue }
            }
            score(element, total, &path, &candidates)
        }
    }

    private static func initial(_ node: HTMLNode) -> Double {
        let base: Double
        switch node.name {
        case "div", "article", "main": base = 5
        case "pre", "td", "blockquote": base = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
        default: base = 0
        }
        return base + HTMLHints.classWeight(node)
    }
}

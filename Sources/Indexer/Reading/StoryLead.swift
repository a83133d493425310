/// The standfirst of a story whose body container the markup names: many templates put the
/// lead paragraph ("intro", "teaser", "chapo", "summary", "bajada") in the article's header,
/// a sibling of the body container rather than inside it, and it belongs to the story.
///
///     let leads = StoryLead.before(bodyContainer, in: body, total: body.stats.chars)
enum StoryLead {
    /// Parts of class or id names that mark a story's lead.
    static let words = ["intro", "lead", "teaser", "summary", "chapo", "standfirst", "bajada", "excerpt",
                        "abstract", "description", "deck", "dek", "subtitle", "subheadline", "sub-headline",
                        "subline", "kurztext", "vorspann", "entradilla", "sapo"]

    /// How far up from the container a lead may sit (the header beside the body, the
    /// article's header one level further out, or a page header around the article's).
    private static let levels = 4

    /// Elements before `container` (among the preceding siblings of it and of its nearest
    /// ancestors) named as a lead, holding prose rather than links, and shorter than the story.
    static func before(_ container: HTMLNode, in body: HTMLNode, total: Int) -> [HTMLNode] {
        guard let path = path(to: container, from: body) else { return [] }
        var found: [HTMLNode] = []
        var leadChars = 0
        // path: body … parent, container. Walk up from the container's parent.
        for level in 1...levels where path.count - 1 - level >= 0 {
            let parent = path[path.count - 1 - level], child = path[path.count - level]
            if parent === body && level > 1 { break }
            for sibling in parent.elements {
                if sibling === child { break }
                for lead in outermost(in: sibling) where isLead(lead, total: total) {
                    found.append(lead)
                    leadChars += lead.stats.chars
                }
            }
            if !found.isEmpty { break }
        }
        return leadChars * 2 < container.stats.chars + leadChars ? found : []
    }

    private static func isLead(_ node: HTMLNode, total: Int) -> Bool {
        let s = node.stats
        return s.chars >= 40 && s.chars <= 1500 && s.linkDensity < 0.3
            && !HTMLHints.isFurniture(node, of: total)
    }

    /// `node` or its outermost descendants whose names say lead.
    private static func outermost(in node: HTMLNode) -> [HTMLNode] {
        if HTMLHints.namesStart(node, withOneOf: words) { return [node] }
        return node.elements.flatMap(outermost)
    }

    static func path(to target: HTMLNode, from root: HTMLNode) -> [HTMLNode]? {
        if root === target { return [root] }
        for child in root.elements {
            if let rest = path(to: target, from: child) { return [root] + rest }
        }
        return nil
    }
}

/// The rest of a story whose template splits it over repeated blocks: page builders and CMS
/// layouts (TYPO3 content elements, "module-text" modules, one `<article>` per text block,
/// a question and its answers) give each block its own copy of the container the markup
/// names, side by side under one ancestor a few levels up. The cascade finds the first; the
/// others, named the same way and holding prose, belong to the same story.
///
///     let parts = StoryParts.alongside(bodyContainer, in: body, total: body.stats.chars)  // [container, …]
enum StoryParts {
    /// How far up from the container the repeated blocks may meet.
    static let levels = 4

    /// `container` and, in document order, the elements named as it is (same tag and class;
    /// any `<article>` beside an `<article>`) under its ancestor `levels` up, outside
    /// furniture, that read as prose.
    static func alongside(_ container: HTMLNode, in body: HTMLNode, total: Int) -> [HTMLNode] {
        let name = container.attributes["class"]?.lowercased() ?? ""
        guard !name.isEmpty || container.name == "article",
              let path = StoryLead.path(to: container, from: body), path.count > 2 else { return [container] }
        let top = path[max(1, path.count - 1 - levels)]
        let onPath = Set(path.map(ObjectIdentifier.init))
        var parts: [HTMLNode] = []
        var stack = [top]
        while let node = stack.popLast() {
            if node === container { parts.append(node); continue }
            if !onPath.contains(ObjectIdentifier(node)) {
                if HTMLHints.isFurniture(node, of: total) { continue }
                if node.name == container.name,
                   container.name == "article" || (node.attributes["class"]?.lowercased() ?? "") == name {
                    if isProse(node) { parts.append(node) }
                    continue
                }
            }
            stack.append(contentsOf: node.elements.reversed())
        }
        return parts
    }

    /// Some length, and few links: a teaser list repeats its blocks too.
    private static func isProse(_ node: HTMLNode) -> Bool {
        node.stats.chars >= 100 && node.stats.linkDensity < 0.3
    }
}

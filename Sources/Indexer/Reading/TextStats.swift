/// How much text a subtree holds and how much of it is link text: the measures readability and
/// trafilatura use to tell a story's paragraphs from menus, link lists and teasers.
struct TextStats {
    /// Visible characters, runs of whitespace not counted.
    var chars = 0
    /// Characters inside `<a>`.
    var linkChars = 0
    var links = 0
    /// Links with under 10 characters of text ("Home", "More", "1 2 3").
    var shortLinks = 0
    var commas = 0
    /// `<p>` elements below.
    var paragraphs = 0

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }

    static func + (a: TextStats, b: TextStats) -> TextStats {
        TextStats(chars: a.chars + b.chars, linkChars: a.linkChars + b.linkChars, links: a.links + b.links,
                  shortLinks: a.shortLinks + b.shortLinks, commas: a.commas + b.commas,
                  paragraphs: a.paragraphs + b.paragraphs)
    }
}

extension HTMLNode {
    /// Fills `stats` for this element and every element below it; returns this one's.
    @discardableResult
    func measure() -> TextStats {
        var total = TextStats()
        for child in children {
            switch child {
            case .text(let s):
                for scalar in s.unicodeScalars where scalar.value > 0x20 && scalar.value != 0xA0 && !(0x2000...0x200B).contains(scalar.value) {
                    total.chars += 1
                    if scalar == "," || scalar == "\u{3001}" || scalar == "\u{FF0C}" { total.commas += 1 }
                }
            case .element(let element):
                if HTMLHints.neverText.contains(element.name) { element.stats = TextStats(); continue }
                var inner = element.measure()
                if element.name == "a" {
                    inner.linkChars = inner.chars
                    inner.links += 1
                    if inner.chars < 10 { inner.shortLinks += 1 }
                    element.stats = inner
                } else if element.name == "p" {
                    inner.paragraphs += 1
                }
                total = total + inner
            }
        }
        stats = total
        return total
    }

    /// Lowercased `class` and `id`, for the boilerplate and content hints.
    var classAndID: String {
        let c = attributes["class"] ?? "", i = attributes["id"] ?? ""
        return (c.isEmpty ? i : i.isEmpty ? c : c + " " + i).lowercased()
    }

    /// Element children only.
    var elements: [HTMLNode] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }
}

/// Who is mentioned with whom: entities as nodes with their article counts, pairs named in the
/// same article as edges with their count and lift.
///
/// Lift is count(A and B) × N / (count(A) × count(B)) over the N articles counted: 1 when the
/// pair meets as often as chance would have it, above 1 when it meets more. Edges are ranked by
/// lift among those with at least `minimumCount` articles, so that a pair seen once between two
/// rare names does not top the list.
///
///     let net = try archive.network(of: .leaderCountry, request)   // net.edges.first?.lift
public struct CoMentionNetwork: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case leader, country
        case leaderCountry = "leader*country"
    }

    public struct Node: Sendable, Hashable {
        /// `country` or `leader`.
        public var kind: String
        public var id: String
        public var label: String
        public var count: Int
    }

    public struct Edge: Sendable, Hashable {
        public var source: String
        public var target: String
        public var count: Int
        public var lift: Double
    }

    public var kind: Kind
    /// Articles counted: every match of the query.
    public var articles: Int
    public var nodes: [Node]
    public var edges: [Edge]

    /// Builds the network from the matches' entity combinations. `label` names an id.
    static func build(_ kind: Kind, from entities: EntityCombinations, articles: Int, minimumCount: Int,
                      label: (FacetSpec.Dimension, String) -> String) -> CoMentionNetwork {
        let (a, b): (FacetSpec.Dimension, FacetSpec.Dimension) = switch kind {
        case .leader: (.leader, .leader)
        case .country: (.country, .country)
        case .leaderCountry: (.leader, .country)
        }
        let names = entities.names
        var single: [FacetSpec.Dimension: [Int: Int]] = [:]
        var pairs: [Int: Int] = [:]
        for c in entities.combinations {
            for x in entities.ids(a, of: c) { single[a, default: [:]][x, default: 0] += c.count }
            if b != a { for y in entities.ids(b, of: c) { single[b, default: [:]][y, default: 0] += c.count } }
            for x in entities.ids(a, of: c) {
                // The same dimension twice: each unordered pair once.
                for y in entities.ids(b, of: c) where a != b || names.precedes(x, y) {
                    pairs[x << 32 | y, default: 0] += c.count
                }
            }
        }
        var edges: [Edge] = []
        var used = Set<Int>()
        for (key, n) in pairs where n >= minimumCount {
            let x = key >> 32, y = key & 0xFFFF_FFFF
            let nx = single[a]?[x] ?? 0, ny = single[b]?[y] ?? 0
            guard nx > 0, ny > 0, articles > 0 else { continue }
            let lift = Double(n) * Double(articles) / (Double(nx) * Double(ny))
            edges.append(Edge(source: names.string(x), target: names.string(y), count: n, lift: lift))
            used.insert(x); used.insert(y)
        }
        edges.sort { $0.lift != $1.lift ? $0.lift > $1.lift : ($0.count != $1.count ? $0.count > $1.count : ($0.source, $0.target) < ($1.source, $1.target)) }
        var nodes: [Node] = []
        for d in Set([a, b]).sorted(by: { $0.rawValue > $1.rawValue }) {
            for (x, n) in single[d] ?? [:] where used.contains(x) {
                let id = names.string(x)
                nodes.append(Node(kind: d.rawValue, id: id, label: label(d, id), count: n))
            }
        }
        nodes.sort { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
        return CoMentionNetwork(kind: kind, articles: articles, nodes: nodes, edges: edges)
    }
}

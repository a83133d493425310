/// Where facet labels ("South Korea" for `KR`) come from: the gazetteer a searcher was given, or
/// else only the names shown, looked up in the bundled files, which is much cheaper than loading
/// the whole gazetteer for a one-shot query (`GazetteerNames`).
enum FacetLabels {
    case gazetteer(Gazetteer)
    case bundledNames

    /// Labels for the values of an entity facet, in order: a name, or the value itself when the
    /// gazetteer has no such code or id; a pair ("KR*US") is "name + name".
    func labels(_ spec: FacetSpec, _ values: [String]) -> [String] {
        let parts = values.map { v -> (String, String?) in
            guard spec.pairedWith != nil, let star = v.firstIndex(of: "*") else { return (v, nil) }
            return (String(v[..<star]), String(v[v.index(after: star)...]))
        }
        var codes: [String] = [], ids: [String] = []
        func add(_ d: FacetSpec.Dimension, _ v: String) {
            if d == .country { codes.append(v) } else { ids.append(v) }
        }
        for (a, b) in parts {
            add(spec.dimension, a)
            if let b, let other = spec.pairedWith { add(other, b) }
        }
        let names = Names(self, codes: codes, ids: ids)
        return parts.map { a, b in
            let first = names.name(spec.dimension, a)
            guard let b, let other = spec.pairedWith else { return first }
            return first + " + " + names.name(other, b)
        }
    }

    /// The names of one facet's codes and ids, found in one lookup.
    private struct Names {
        var countries: [String: String?] = [:]
        var leaders: [String: String?] = [:]
        let gazetteer: Gazetteer?

        init(_ labels: FacetLabels, codes: [String], ids: [String]) {
            switch labels {
            case .gazetteer(let g):
                gazetteer = g
            case .bundledNames:
                gazetteer = nil
                if !codes.isEmpty { countries = GazetteerNames.bundled.countries(codes) }
                if !ids.isEmpty { leaders = GazetteerNames.bundled.leaders(ids) }
            }
        }

        func name(_ d: FacetSpec.Dimension, _ v: String) -> String {
            if let gazetteer {
                return (d == .country ? gazetteer.country(code: v)?.name : gazetteer.leader(id: v)?.name) ?? v
            }
            return (d == .country ? countries[v.uppercased()] : leaders[v.lowercased()]).flatMap { $0 } ?? v
        }
    }
}

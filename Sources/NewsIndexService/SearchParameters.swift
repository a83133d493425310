import Foundation
import Indexer

/// Named parameters (a URL query, MCP arguments) turned into a `SearchRequest`, within `ServiceLimits`.
/// The names are the CLI's flags without dashes (`mentioned_from` for `--mentioned-from`); repeat a
/// name for a repeated flag.
///
///     let r = try SearchParameters.request(from: [("q", "trade"), ("country", "KR")])
public enum SearchParameters {
    public static let names: [String] = ["q", "country", "leader", "from", "to", "mentioned_from", "mentioned_to", "sort",
                                         "limit", "offset", "facets", "facet_limit", "exact", "snippets", "allow_partial",
                                         "in_office", "all", "collapse", "similar"]

    /// `extra` names are allowed and ignored (a page's own state, such as which facet is expanded).
    public static func request(from pairs: [(String, String)], limits: ServiceLimits = ServiceLimits(),
                               extra: Set<String> = []) throws(ServiceError) -> SearchRequest {
        for (name, _) in pairs where !names.contains(name) && !extra.contains(name) {
            throw .badRequest("unknown parameter '\(name)'; use \(names.joined(separator: ", "))")
        }
        func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }
        func one(_ name: String) throws(ServiceError) -> String? {
            let values = all(name).filter { !$0.isEmpty }
            guard values.count <= 1 else { throw .badRequest("'\(name)' given \(values.count) times; give it once") }
            return values.first
        }
        let text = try one("q") ?? ""
        try checkText(text, limits)
        var r = SearchRequest(text: text)
        r.countries = all("country").filter { !$0.isEmpty }
        r.leaders = all("leader").filter { !$0.isEmpty }
        r.from = try one("from")
        r.to = try one("to")
        r.mentionedFrom = try one("mentioned_from")
        r.mentionedTo = try one("mentioned_to")
        if let s = try one("sort") {
            guard let sort = SearchRequest.Sort(rawValue: s) else {
                throw .badRequest("unknown sort '\(s)'; use relevance, date or -date")
            }
            r.sort = sort
        }
        r.limit = try int(one("limit"), "limit", default: 10, in: 0...limits.limit)
        r.offset = try int(one("offset"), "offset", default: 0, in: 0...limits.offset)
        r.facetLimit = try int(one("facet_limit"), "facet_limit", default: 10, in: 1...limits.facetLimit)
        r.exact = try bool(one("exact"), "exact", default: false)
        r.snippets = try bool(one("snippets"), "snippets", default: true)
        r.allowPartial = try bool(one("allow_partial"), "allow_partial", default: false)
        r.inOffice = try bool(one("in_office"), "in_office", default: false)
        r.allValues = try bool(one("all"), "all", default: false)
        r.collapse = try bool(one("collapse"), "collapse", default: false)
        r.similarTo = try one("similar")
        let facetNames = all("facets").flatMap { $0.split(separator: ",").map(String.init) }
        guard facetNames.count <= limits.facets else { throw .badRequest("at most \(limits.facets) facets per request") }
        do {
            r.facets = try facetNames.map { n throws(SearchError) in try FacetSpec.parse(n) }
        } catch {
            throw .from(error)
        }
        return r
    }

    /// Query text within bounds: length, and few wildcards, each after a real prefix.
    public static func checkText(_ text: String, _ limits: ServiceLimits) throws(ServiceError) {
        guard text.count <= limits.queryLength else {
            throw .badRequest("query is \(text.count) characters; keep it under \(limits.queryLength)")
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "\"" })
        let wild = words.filter { $0.hasSuffix("*") }
        guard wild.count <= limits.wildcards else {
            throw .badRequest("at most \(limits.wildcards) wildcards per query")
        }
        for w in wild {
            let stem = w.dropLast().split(separator: ":").last ?? ""
            guard stem.count >= limits.wildcardPrefix else {
                throw .badRequest("wildcard '\(w)' is too short: give at least \(limits.wildcardPrefix) letters before *")
            }
        }
    }

    static func int(_ s: String?, _ name: String, default d: Int, in range: ClosedRange<Int>) throws(ServiceError) -> Int {
        guard let s else { return d }
        guard let n = Int(s), range.contains(n) else {
            throw .badRequest("'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(s)'")
        }
        return n
    }

    static func bool(_ s: String?, _ name: String, default d: Bool) throws(ServiceError) -> Bool {
        guard let s else { return d }
        switch s.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw .badRequest("'\(name)' must be true or false, not '\(s)'")
        }
    }

    /// Splits a URL query (`a=1&b=x+y`) into decoded pairs, in order.
    public static func pairs(fromQuery query: String?) throws(ServiceError) -> [(String, String)] {
        guard let query, !query.isEmpty else { return [] }
        var out: [(String, String)] = []
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(kv[0]), let value = decode(kv.count > 1 ? kv[1] : "") else {
                throw .badRequest("the query string is not valid percent-encoding near '\(part.prefix(40))'")
            }
            out.append((name, value))
        }
        return out
    }

    static func decode(_ s: Substring) -> String? {
        // On bytes: Foundation's replacingOccurrences cost more than the rest of a request's parsing.
        let spaced = s.utf8.contains(0x2B) ? String(decoding: s.utf8.map { $0 == 0x2B ? 0x20 : $0 }, as: UTF8.self) : String(s)
        return spaced.utf8.contains(0x25) ? spaced.removingPercentEncoding : spaced
    }
}

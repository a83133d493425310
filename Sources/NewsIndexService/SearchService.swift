import Dispatch
import Foundation
import Indexer
import NewsIndexOutput

/// What the servers answer, as the CLI would: parameters in, the CLI's JSON out. No search logic:
/// requests go to the library's `NewsIndex`, answers to the renderers in NewsIndexOutput.
///
///     let json = try await SearchService(indexPath: "Index").searchJSON([("q", "trade")])
public final class SearchService: Sendable {
    public let pool: IndexPool
    public let limits: ServiceLimits
    public var indexPath: String { pool.indexPath }

    public static let facetNames: Set<String> = ["q", "country", "leader", "from", "to", "mentioned_from", "mentioned_to",
                                                 "by", "facet_limit", "allow_partial"]
    public init(indexPath: String, limits: ServiceLimits = ServiceLimits(), searchers: Int? = nil) {
        pool = IndexPool(indexPath: indexPath, capacity: searchers ?? max(2, ProcessInfo.processInfo.activeProcessorCount))
        self.limits = limits
    }

    // MARK: Requests

    public func search(_ pairs: [(String, String)], extra: Set<String> = []) async throws(ServiceError) -> SearchResult {
        let request = try SearchParameters.request(from: pairs, limits: limits, extra: extra)
        return try await search(request)
    }

    public func search(_ request: SearchRequest) async throws(ServiceError) -> SearchResult {
        try await run { s throws(ServiceError) in
            do throws(SearchError) { return try s.search(request) } catch { throw .from(error) }
        }
    }

    /// `search facets`: counts only, by `by` (repeat or comma-separate), country, leader and date when none.
    public func facets(_ pairs: [(String, String)]) async throws(ServiceError) -> SearchResult {
        for (name, _) in pairs where !Self.facetNames.contains(name) {
            throw .badRequest("unknown parameter '\(name)'; use \(Self.facetNames.sorted().joined(separator: ", "))")
        }
        let request = try SearchParameters.request(from: pairs.map { $0.0 == "by" ? ("facets", $0.1) : $0 }, limits: limits)
        return try await run { index throws(ServiceError) in
            do throws(SearchError) { return try index.facets(request) } catch { throw .from(error) }
        }
    }

    /// A stored article by id; 404 when the index has none.
    public func article(_ id: String) async throws(ServiceError) -> Schema.StoredArticle {
        guard !id.isEmpty, id.utf8.count <= 4096 else { throw .notFound("no article '\(id.prefix(80))'") }
        // Ids are looked up by term, never opened as paths: a path-looking id matches only what the index holds.
        let found = try await run { s throws(ServiceError) in
            do throws(SearchError) { return try s.article(id) } catch { throw .from(error) }
        }
        guard let found, found.id == id else { throw .notFound("no article '\(id.prefix(200))'; ids are shown in search results") }
        return found
    }

    public func stats() async throws(ServiceError) -> IndexStats {
        try await run { s throws(ServiceError) in
            do throws(SearchError) { return try s.stats() } catch { throw .from(error) }
        }
    }

    // MARK: JSON, as the CLI prints it

    public func searchJSON(_ pairs: [(String, String)]) async throws(ServiceError) -> String {
        let request = try SearchParameters.request(from: pairs, limits: limits)
        return SearchResultJSON.object(try await search(request), limit: request.limit).text
    }

    public func facetsJSON(_ pairs: [(String, String)]) async throws(ServiceError) -> String {
        FacetJSON.result(try await facets(pairs)).text
    }

    /// `show --json` plus `mentions`: what `tag` finds in the stored text, for highlighting.
    public func articleJSON(_ id: String) async throws(ServiceError) -> String {
        let a = try await article(id)
        guard case .object(var pairs) = ArticleJSON.object(a) else { return ArticleJSON.object(a).text }
        pairs.append(("mentions", .object(TagJSON.entityPairs(TextTagger.tag(a)))))
        return JSON.object(pairs).text
    }

    public func statsJSON() async throws(ServiceError) -> String {
        StatsJSON.object(try await stats()).text
    }

    public func tagJSON(_ text: String) throws(ServiceError) -> String {
        guard text.utf8.count <= limits.tagBytes else { throw .badRequest("text is longer than \(limits.tagBytes) bytes") }
        let e = TextTagger.tag(text)
        return JSON.object([("published", .optional(e.published?.description))] + TagJSON.entityPairs(e)).text
    }

    // MARK: Running off the caller's thread, within the time limit

    /// Runs blocking Xapian work on a dispatch thread with a pooled index. Past `limits.seconds`
    /// the caller gets a 503 at once; the work finishes in the background and returns its handle.
    func run<T: Sendable>(_ body: @escaping @Sendable (NewsIndex) throws(ServiceError) -> T) async throws(ServiceError) -> T {
        let pool = self.pool
        let seconds = limits.seconds
        let result: Result<T, ServiceError> = await withCheckedContinuation { continuation in
            let once = Once(continuation)
            DispatchQueue.global().async {
                once.resume(Result { () throws(ServiceError) -> T in try pool.withIndex(waiting: seconds, body) })
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                once.resume(.failure(.unavailable("the request took longer than \(Int(seconds)) s; narrow the query")))
            }
        }
        return try result.get()
    }
}

/// Resumes a continuation the first time only: the answer or the time limit, whichever comes first.
private final class Once<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Result<T, ServiceError>, Never>?
    init(_ c: CheckedContinuation<Result<T, ServiceError>, Never>) { continuation = c }
    func resume(_ r: Result<T, ServiceError>) {
        lock.lock()
        let c = continuation
        continuation = nil
        lock.unlock()
        c?.resume(returning: r)
    }
}

import Indexer

/// Why a server request failed, with the HTTP status it maps to and one line saying what to do.
public struct ServiceError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable { case badRequest, notFound, unavailable }
    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }

    public static func badRequest(_ m: String) -> ServiceError { ServiceError(.badRequest, m) }
    public static func notFound(_ m: String) -> ServiceError { ServiceError(.notFound, m) }
    public static func unavailable(_ m: String) -> ServiceError { ServiceError(.unavailable, m) }

    /// The CLI's exit-2 cases are the caller's to fix (400); the rest concern the index (503).
    public static func from(_ e: SearchError) -> ServiceError {
        switch e {
        case .noIndex(let path): return .unavailable("no index at \(path); build one with: search index FOLDER --index \(path)")
        case .noArticle: return .notFound(e.description)
        default: return e.isUsage ? .badRequest(e.description) : .unavailable(e.description)
        }
    }

    public var status: Int {
        switch kind {
        case .badRequest: return 400
        case .notFound: return 404
        case .unavailable: return 503
        }
    }

    public var description: String { message }
}

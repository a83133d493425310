import HTTPTypes
import Hummingbird

/// Headers on every answer: no inline script or outside resources, no content sniffing, no framing.
/// Hummingbird's own errors (unknown route) become the API's `{"error": …}` one-liners here.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let e as HTTPError {
            response = WebResponse.error(Int(e.status.code), e.status == .notFound ? "no such page: \(request.uri.path.prefix(200))" : e.status.reasonPhrase)
        }
        response.headers[.contentSecurityPolicy] = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }
}

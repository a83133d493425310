import Foundation
import Hummingbird
import Indexer
import NewsIndexOutput
import NewsIndexService

/// The routes: the page (`/`, `/article/{id}`), the JSON API (`/api/…`) and the static assets.
/// Each parses its input, calls `SearchService` and renders; ids are routed on the raw path
/// (one percent-encoded segment, as ids hold `/` and `#`) and only ever looked up, never opened.
enum WebRoutes {
    static func router(_ service: SearchService) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders())

        router.get("/api/search") { request, _ in
            await answer { () throws(ServiceError) in
                WebResponse.json(try await service.searchJSON(try SearchParameters.pairs(fromQuery: request.uri.query)))
            }
        }
        router.get("/api/search.csv") { request, _ in
            await answer { () throws(ServiceError) in
                let result = try await service.search(try SearchParameters.pairs(fromQuery: request.uri.query))
                return WebResponse.csv(CSV.hits(result), name: "search.csv")
            }
        }
        router.get("/api/facets") { request, _ in
            await answer { () throws(ServiceError) in
                WebResponse.json(try await service.facetsJSON(try SearchParameters.pairs(fromQuery: request.uri.query)))
            }
        }
        router.get("/api/facets.csv") { request, _ in
            await answer { () throws(ServiceError) in
                let pairs = try SearchParameters.pairs(fromQuery: request.uri.query)
                // The page's CSV link carries its search parameters; facets.csv counts the facets of the same matches.
                let result = try await service.facets(pairs.filter { SearchService.facetNames.contains($0.0) || $0.0 == "facets" }
                    .map { $0.0 == "facets" ? ("by", $0.1) : $0 })
                return WebResponse.csv(CSV.facets(result.facets), name: "facets.csv")
            }
        }
        router.get("/api/article/:id") { _, context in
            await answer { () throws(ServiceError) in
                WebResponse.json(try await service.articleJSON(try articleID(context)))
            }
        }
        router.get("/api/stats") { _, _ in
            await answer { () throws(ServiceError) in WebResponse.json(try await service.statsJSON()) }
        }

        router.get("/") { request, _ in
            await page(service) { () throws(ServiceError) in
                let state = PageState(pairs: try SearchParameters.pairs(fromQuery: request.uri.query))
                let params = SearchPage.parameters(state)
                let searchRequest = try SearchParameters.request(from: params, limits: service.limits)
                let result = try await service.search(searchRequest)
                let title = state.value("q") ?? "Search"
                return PageShell.render(title: title, form: PageShell.form(state),
                                        body: SearchPage.render(result, state: state, limit: searchRequest.limit),
                                        documents: service.indexPath)
            } failed: { e in
                let state = PageState(pairs: (try? SearchParameters.pairs(fromQuery: request.uri.query)) ?? [])
                return PageShell.render(title: "Error", form: PageShell.form(state), body: SearchPage.error(e.message), documents: service.indexPath)
            }
        }
        router.get("/article/:id") { _, context in
            await page(service) { () throws(ServiceError) in
                let a = try await service.article(try articleID(context))
                return PageShell.render(title: a.title, form: PageShell.form(PageState(pairs: [])),
                                        body: ArticlePage.render(a, entities: TextTagger.tag(a)), documents: service.indexPath)
            } failed: { e in
                PageShell.render(title: "Not found", form: PageShell.form(PageState(pairs: [])), body: SearchPage.error(e.message), documents: service.indexPath)
            }
        }

        router.get("/static/style.css") { _, _ in WebResponse.asset(PackageResources.style_css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in WebResponse.asset(PackageResources.app_js, type: "text/javascript; charset=utf-8") }
        // Browsers ask for it on every page; nothing to show, and no 404 in their console.
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        return router
    }

    /// The raw `:id` segment, percent-decoded.
    static func articleID(_ context: BasicRequestContext) throws(ServiceError) -> String {
        guard let raw = context.parameters.get("id"), let id = raw.removingPercentEncoding else {
            throw .notFound("no such article")
        }
        return id
    }

    static func answer(_ body: () async throws(ServiceError) -> Response) async -> Response {
        do { return try await body() } catch { return WebResponse.error(error) }
    }

    static func page(_ service: SearchService, _ body: () async throws(ServiceError) -> String,
                     failed: (ServiceError) -> String) async -> Response {
        do { return WebResponse.html(try await body()) } catch { return WebResponse.html(failed(error), status: error.status) }
    }
}

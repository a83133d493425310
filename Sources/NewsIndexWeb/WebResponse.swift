import Hummingbird
import NewsIndexOutput
import NewsIndexService

/// Responses of the server: JSON, CSV, HTML and the static assets, all UTF-8.
enum WebResponse {
    static func body(_ status: Int, _ type: String, _ text: String, newline: Bool = false) -> Response {
        // The line end goes into the buffer, not onto a copy of the text.
        var buffer = ByteBuffer()
        buffer.reserveCapacity(text.utf8.count + 1)
        buffer.writeString(text)
        if newline { buffer.writeStaticString("\n") }
        return Response(status: HTTPResponse.Status(code: status), headers: [.contentType: type, .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: buffer))
    }

    static func json(_ text: String) -> Response { body(200, "application/json; charset=utf-8", text, newline: true) }
    static func csv(_ text: String, name: String) -> Response {
        var r = body(200, "text/csv; charset=utf-8", text)
        r.headers[.contentDisposition] = "inline; filename=\"\(name)\""
        return r
    }
    static func html(_ text: String, status: Int = 200) -> Response { body(status, "text/html; charset=utf-8", text) }

    /// `{"error": "one line, what to do"}` with its status.
    static func error(_ status: Int, _ message: String) -> Response {
        body(status, "application/json; charset=utf-8", JSON.object([("error", .string(message))]).text + "\n")
    }

    static func error(_ e: ServiceError) -> Response { error(e.status, e.message) }

    static func asset(_ bytes: [UInt8], type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=300"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

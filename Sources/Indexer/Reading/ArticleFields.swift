/// The field names that carry an article's parts in JSON, CSV, YAML front matter and header lines,
/// in the order they are preferred. Keys are compared lowercased.
enum ArticleFields {
    static let title = ["title", "headline", "name"]
    static let body = ["text", "body", "content", "article", "maintext", "plaintext", "article_text", "full_text"]
    /// A standfirst or summary: put before the body, or used as the body when there is none.
    static let lead = ["subtitle", "description", "summary", "lead", "standfirst", "abstract"]
    static let date = ["published", "date", "publish_date", "published_at", "publishing_date", "published_time",
                       "published_date", "pubdate", "datetime", "publication_date", "created"]
    static let url = ["url", "link", "source_url", "article_url", "article_source_link", "canonical_url"]
    static let source = ["source", "publisher", "outlet", "publication", "site_name"]

    /// The first key of `names` present in `lookup` with a non-blank value.
    static func first(_ names: [String], in lookup: [String: String]) -> String? {
        for name in names {
            if let value = lookup[name], !value.allSatisfy(\.isWhitespace) { return value }
        }
        return nil
    }
}

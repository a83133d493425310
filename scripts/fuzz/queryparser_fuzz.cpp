// libFuzzer harness for the C shim's query path: QueryParser (with the schema's prefixes and the
// flags Searcher uses) → Enquire over a small index → MSet, stemming, packed spy counts, corrected query.
// Every input must come back as a query or a cx_error; a crash, a sanitizer report or an
// exception escaping the shim is a finding. Build and run: see README.md here.
#include "cxapian.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

static cx_database *db = nullptr;
static cx_queryparser *qp = nullptr;
static cx_stem *stem = nullptr;
static const unsigned kFlags = CX_QP_BOOLEAN | CX_QP_PHRASE | CX_QP_LOVEHATE | CX_QP_WILDCARD | CX_QP_PURE_NOT |
                               CX_QP_SPELLING_CORRECTION;

static void must(cx_error *err, const char *what) {
    if (!err) return;
    std::fprintf(stderr, "setup failed at %s: %s: %s\n", what, err->type, err->message);
    std::abort();
}

static void build_index() {
    // Under $TMPDIR when set, so a bounded run (run-bounded.sh) removes what it made.
    const char *tmp = std::getenv("TMPDIR");
    std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/qpfuzz-XXXXXX";
    char *dir = path.data();
    if (!mkdtemp(dir)) std::abort();
    cx_error *err = nullptr;
    cx_writable *w = cx_writable_open(dir, CX_DB_CREATE_OR_OVERWRITE, 1, &err);
    must(err, "open");
    cx_termgen *tg = cx_termgen_new("english", CX_STEM_SOME, &err);
    must(err, "termgen");
    cx_termgen_set_database(tg, w, 1, &err);
    must(err, "spelling");
    const char *texts[] = {
        "Xi and Trump agree trade truce in Busan; tariffs on soybeans cut",
        "Lee Jae-myung sworn in as South Korea's president after the snap election",
        "Brazil launches a tropical forest fund at COP30 in Belem; France pledges support",
    };
    const char *countries[] = {"XCcn", "XCkr", "XCbr"};
    for (int i = 0; i < 3; i++) {
        cx_document *doc = cx_document_new();
        cx_termgen_set_document(tg, doc, &err);
        cx_termgen_index_text(tg, texts[i], std::strlen(texts[i]), 1, "S", &err);
        cx_termgen_index_text(tg, texts[i], std::strlen(texts[i]), 1, "", &err);
        must(err, "index");
        std::string q = "Qdoc" + std::to_string(i);
        cx_document_add_boolean_term(doc, q.data(), q.size(), &err);
        cx_document_add_boolean_term(doc, countries[i], std::strlen(countries[i]), &err);
        std::string date = "2025110" + std::to_string(i + 1);
        cx_document_add_value(doc, 0, date.data(), date.size(), &err);
        cx_document_set_data(doc, texts[i], std::strlen(texts[i]), &err);
        cx_writable_replace_document(w, q.data(), q.size(), doc, &err);
        must(err, "add");
        cx_document_free(doc);
    }
    cx_writable_commit(w, &err);
    must(err, "commit");
    cx_termgen_free(tg);
    cx_writable_free(w);
    db = cx_database_open(dir, &err);
    must(err, "reopen");
    qp = cx_queryparser_new("english", CX_STEM_SOME, &err);
    must(err, "qp");
    cx_queryparser_set_database(qp, db, &err);
    cx_queryparser_set_default_op(qp, CX_OP_AND, &err);
    cx_queryparser_add_prefix(qp, "title", "S", &err);
    // As the searcher sets it up: wildcards bounded to the most frequent terms, stopwords dropped.
    cx_queryparser_set_max_expansion(qp, 100, 1, &err);
    must(err, "max expansion");
    static const char *const stopwords[] = {"the", "a", "of", "and", "what", "did", "about", "in"};
    cx_queryparser_set_stopwords(qp, stopwords, sizeof stopwords / sizeof *stopwords, &err);
    must(err, "qp setup");
    stem = cx_stem_new("english", &err);
    must(err, "stem");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!db) build_index();
    std::string text(reinterpret_cast<const char *>(data), size);
    text = text.c_str();  // the shim takes C strings, as Swift passes them: stop at a NUL
    cx_error *err = nullptr;
    cx_query *q = cx_queryparser_parse(qp, text.c_str(), kFlags, nullptr, &err);
    if (err) {
        if (!err->type || !err->message) std::abort();
        cx_error_free(err);
        return 0;
    }
    char *desc = cx_query_description(q);
    cx_free(desc);
    // The query's terms, as snippets ask for them.
    if (cx_termlist *tl = cx_query_terms(q, &err)) {
        const char *term; size_t tlen; uint32_t freq;
        while (cx_termlist_next(tl, &term, &tlen, &freq, &err) == 1) {}
        cx_termlist_free(tl);
    }
    if (err) { cx_error_free(err); err = nullptr; }
    cx_free(cx_queryparser_corrected(qp, &err));
    if (err) { cx_error_free(err); err = nullptr; }
    cx_enquire *enq = cx_enquire_new(db, &err);
    if (!err) cx_enquire_set_query(enq, q, &err);
    if (!err) cx_enquire_set_sort(enq, (size & 1) ? 0 : -1, 1, &err);
    cx_spy *spy = err ? nullptr : cx_enquire_add_value_count_spy(enq, 0, &err);
    cx_mset *m = err ? nullptr : cx_enquire_get_mset(enq, 0, 10, 10, &err);
    if (m) {
        for (uint32_t i = 0; i < cx_mset_size(m) && !err; i++) {
            size_t len = 0;
            cx_document *doc = cx_mset_document(m, i, &err);
            if (!doc) break;
            char *body = cx_document_get_data(doc, &len, &err);
            if (body) {
                // Snippets stem body words: any bytes, any length.
                size_t stemmed = 0;
                cx_free(cx_stem_word(stem, body, len < 64 ? len : 64, &stemmed, &err));
                cx_free(body);
            }
            cx_document_free(doc);
        }
        cx_mset_free(m);
    }
    if (spy && !err) {
        size_t packed = 0;
        cx_free(cx_spy_packed(spy, &packed, &err));
    }
    if (err) cx_error_free(err);
    if (spy) cx_spy_free(spy);
    if (enq) cx_enquire_free(enq);
    cx_query_free(q);
    return 0;
}

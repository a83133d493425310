// Translation layer from the C API in cxapian.h to Xapian's C++ API.
// Each entry point catches everything, so no exception reaches Swift.
#include "cxapian.h"

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct cx_database { Xapian::Database db; };
struct cx_writable { Xapian::WritableDatabase db; };
struct cx_document { Xapian::Document doc; };
struct cx_termgen { Xapian::TermGenerator tg; Xapian::Stem stem; };
struct cx_queryparser { Xapian::QueryParser qp; Xapian::Stem stem; };
struct cx_query { Xapian::Query q; };
struct cx_enquire { Xapian::Enquire enq; explicit cx_enquire(const Xapian::Database &d) : enq(d) {} };
struct cx_mset { Xapian::MSet mset; };
struct cx_eset { Xapian::ESet eset; };
struct cx_stem { Xapian::Stem stem; };
// The spy is reference counted by Xapian (release()), so the enquire and the
// Swift handle can both hold it safely.
struct cx_spy { Xapian::Internal::opt_intrusive_ptr<Xapian::ValueCountMatchSpy> spy; };
struct cx_termlist {
    // Either a Xapian term iterator range or a copied list (for spies).
    Xapian::TermIterator it, end;
    std::vector<std::pair<std::string, uint32_t>> copied;
    size_t pos = 0;
    bool use_copy = false;
    bool started = false;
    std::string current;
};

namespace {

char *dup_bytes(const std::string &s, size_t *outlen) {
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (!p) return nullptr;
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    if (outlen) *outlen = s.size();
    return p;
}

char *dup_cstr(const char *s) { return dup_bytes(std::string(s), nullptr); }

void set_error(cx_error **err, const char *type, const std::string &message) {
    if (!err) return;
    cx_error *e = static_cast<cx_error *>(std::malloc(sizeof(cx_error)));
    if (!e) return;
    e->type = dup_cstr(type);
    e->message = dup_bytes(message, nullptr);
    *err = e;
}

// Runs f, converting any exception to *err and returning fallback.
template <typename T, typename F>
T guard(cx_error **err, T fallback, F f) {
    try {
        return f();
    } catch (const Xapian::Error &e) {
        set_error(err, e.get_type(), e.get_description());
    } catch (const std::bad_alloc &) {
        set_error(err, "MemoryError", "out of memory");
    } catch (const std::exception &e) {
        set_error(err, "StdException", e.what());
    } catch (...) {
        set_error(err, "UnknownError", "unknown C++ exception");
    }
    return fallback;
}

// A term generator or query parser handle holding the language's stemmer, with a strategy.
template <typename Handle, typename Engine, typename Strategy>
Handle *stemmed(const char *language, Engine Handle::*engine, Strategy strategy) {
    std::unique_ptr<Handle> h(new Handle());
    h->stem = Xapian::Stem(language);
    (h.get()->*engine).set_stemmer(h->stem);
    (h.get()->*engine).set_stemming_strategy(strategy);
    return h.release();
}

// Runs f, which returns nothing: 1 when it succeeded, 0 with *err set when it threw.
template <typename F>
int run(cx_error **err, F f) {
    return guard(err, 0, [&] {
        f();
        return 1;
    });
}

std::string str(const char *p, size_t len) { return p ? std::string(p, len) : std::string(); }

// The first document indexed by `term`, 0 when none (a WritableDatabase is a Database).
Xapian::docid first_posting(const Xapian::Database &db, const std::string &term) {
    auto it = db.postlist_begin(term);
    return it == db.postlist_end(term) ? 0u : *it;
}

Xapian::TermGenerator::stem_strategy tg_strategy(int s) {
    switch (s) {
        case CX_STEM_NONE: return Xapian::TermGenerator::STEM_NONE;
        case CX_STEM_ALL: return Xapian::TermGenerator::STEM_ALL;
        case CX_STEM_ALL_Z: return Xapian::TermGenerator::STEM_ALL_Z;
        case CX_STEM_SOME_FULL_POS: return Xapian::TermGenerator::STEM_SOME_FULL_POS;
        default: return Xapian::TermGenerator::STEM_SOME;
    }
}

Xapian::QueryParser::stem_strategy qp_strategy(int s) {
    switch (s) {
        case CX_STEM_NONE: return Xapian::QueryParser::STEM_NONE;
        case CX_STEM_ALL: return Xapian::QueryParser::STEM_ALL;
        case CX_STEM_ALL_Z: return Xapian::QueryParser::STEM_ALL_Z;
        case CX_STEM_SOME_FULL_POS: return Xapian::QueryParser::STEM_SOME_FULL_POS;
        default: return Xapian::QueryParser::STEM_SOME;
    }
}

Xapian::Query::op query_op(int op) {
    switch (op) {
        case CX_OP_AND: return Xapian::Query::OP_AND;
        case CX_OP_OR: return Xapian::Query::OP_OR;
        case CX_OP_AND_NOT: return Xapian::Query::OP_AND_NOT;
        case CX_OP_XOR: return Xapian::Query::OP_XOR;
        case CX_OP_AND_MAYBE: return Xapian::Query::OP_AND_MAYBE;
        case CX_OP_FILTER: return Xapian::Query::OP_FILTER;
        case CX_OP_NEAR: return Xapian::Query::OP_NEAR;
        case CX_OP_PHRASE: return Xapian::Query::OP_PHRASE;
        case CX_OP_ELITE_SET: return Xapian::Query::OP_ELITE_SET;
        case CX_OP_SYNONYM: return Xapian::Query::OP_SYNONYM;
        default: throw Xapian::InvalidArgumentError("unsupported query operator");
    }
}

cx_termlist *termlist(Xapian::TermIterator b, Xapian::TermIterator e) {
    auto *tl = new cx_termlist();
    tl->it = b;
    tl->end = e;
    return tl;
}

} // namespace

extern "C" {

void cx_error_free(cx_error *err) {
    if (!err) return;
    std::free(err->type);
    std::free(err->message);
    std::free(err);
}

void cx_free(void *p) { std::free(p); }

const char *cx_version_string(void) { return Xapian::version_string(); }

// ---- Database ----

cx_database *cx_database_open(const char *path, cx_error **err) {
    return guard<cx_database *>(err, nullptr, [&] { return new cx_database{Xapian::Database(path)}; });
}

void cx_database_free(cx_database *db) { delete db; }

int cx_database_reopen(cx_database *db, cx_error **err) {
    return guard(err, -1, [&] { return db->db.reopen() ? 1 : 0; });
}

uint32_t cx_database_doccount(cx_database *db, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return db->db.get_doccount(); });
}

size_t cx_database_shard_count(cx_database *db, cx_error **err) {
    return guard<size_t>(err, 0, [&] { return db->db.size(); });
}

uint32_t cx_database_find_term(cx_database *db, const char *term, size_t len, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return first_posting(db->db, str(term, len)); });
}

uint32_t cx_database_termfreq(cx_database *db, const char *term, size_t len, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return db->db.get_termfreq(str(term, len)); });
}

cx_document *cx_database_get_document(cx_database *db, uint32_t docid, cx_error **err) {
    return guard<cx_document *>(err, nullptr, [&] { return new cx_document{db->db.get_document(docid)}; });
}

char *cx_database_get_metadata(cx_database *db, const char *key, size_t *outlen, cx_error **err) {
    return guard<char *>(err, nullptr, [&] { return dup_bytes(db->db.get_metadata(key), outlen); });
}

char *cx_database_value_lower_bound(cx_database *db, uint32_t slot, size_t *outlen, cx_error **err) {
    return guard<char *>(err, nullptr, [&] { return dup_bytes(db->db.get_value_lower_bound(slot), outlen); });
}

char *cx_database_value_upper_bound(cx_database *db, uint32_t slot, size_t *outlen, cx_error **err) {
    return guard<char *>(err, nullptr, [&] { return dup_bytes(db->db.get_value_upper_bound(slot), outlen); });
}

char *cx_database_spelling_suggestion(cx_database *db, const char *word, cx_error **err) {
    return guard<char *>(err, nullptr, [&] { return dup_bytes(db->db.get_spelling_suggestion(word), nullptr); });
}

int cx_database_has_spellings(cx_database *db, cx_error **err) {
    return guard(err, -1, [&] { return db->db.spellings_begin() != db->db.spellings_end() ? 1 : 0; });
}

cx_termlist *cx_database_allterms(cx_database *db, const char *prefix, cx_error **err) {
    return guard<cx_termlist *>(err, nullptr, [&] {
        return termlist(db->db.allterms_begin(prefix), db->db.allterms_end(prefix));
    });
}

cx_termlist *cx_database_termlist(cx_database *db, uint32_t docid, cx_error **err) {
    return guard<cx_termlist *>(err, nullptr, [&] {
        return termlist(db->db.termlist_begin(docid), db->db.termlist_end(docid));
    });
}

int cx_database_compact(cx_database *db, const char *dest, int multipass, cx_error **err) {
    return run(err, [&] { db->db.compact(dest, multipass ? Xapian::DBCOMPACT_MULTIPASS : 0); });
}

cx_database *cx_database_new_empty(cx_error **err) {
    return guard<cx_database *>(err, nullptr, [&] { return new cx_database{Xapian::Database()}; });
}

cx_database *cx_database_open_remote(const char *host, unsigned port, unsigned timeout_ms,
                                     unsigned connect_timeout_ms, cx_error **err) {
    return guard<cx_database *>(err, nullptr, [&] {
        return new cx_database{Xapian::Remote::open(host, port, timeout_ms, connect_timeout_ms)};
    });
}

int cx_database_add(cx_database *db, cx_database *other, cx_error **err) {
    return run(err, [&] { db->db.add_database(other->db); });
}

int cx_termlist_next(cx_termlist *tl, const char **term, size_t *len, uint32_t *termfreq, cx_error **err) {
    return guard(err, 0, [&] {
        if (tl->use_copy) {
            if (tl->pos >= tl->copied.size()) return 0;
            const auto &p = tl->copied[tl->pos++];
            *term = p.first.data();
            *len = p.first.size();
            if (termfreq) *termfreq = p.second;
            return 1;
        }
        if (tl->started && tl->it != tl->end) ++tl->it;
        tl->started = true;
        if (tl->it == tl->end) return 0;
        tl->current = *tl->it;
        *term = tl->current.data();
        *len = tl->current.size();
        if (termfreq) *termfreq = tl->it.get_termfreq();
        return 1;
    });
}

void cx_termlist_free(cx_termlist *tl) { delete tl; }

// ---- WritableDatabase ----

cx_writable *cx_writable_open(const char *path, int action, int no_sync, cx_error **err) {
    return guard<cx_writable *>(err, nullptr, [&] {
        int flags = action == CX_DB_CREATE_OR_OVERWRITE ? Xapian::DB_CREATE_OR_OVERWRITE
                  : action == CX_DB_OPEN ? Xapian::DB_OPEN : Xapian::DB_CREATE_OR_OPEN;
        if (no_sync) flags |= Xapian::DB_NO_SYNC;
        return new cx_writable{Xapian::WritableDatabase(path, flags)};
    });
}

void cx_writable_free(cx_writable *db) {
    // The destructor commits pending changes; swallow failures here.
    try { delete db; } catch (...) {}
}

uint32_t cx_writable_doccount(cx_writable *db, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return db->db.get_doccount(); });
}

uint32_t cx_writable_find_term(cx_writable *db, const char *term, size_t len, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return first_posting(db->db, str(term, len)); });
}

cx_document *cx_writable_get_document(cx_writable *db, uint32_t docid, cx_error **err) {
    return guard<cx_document *>(err, nullptr, [&] { return new cx_document{db->db.get_document(docid)}; });
}

cx_termlist *cx_writable_allterms(cx_writable *db, const char *prefix, cx_error **err) {
    return guard<cx_termlist *>(err, nullptr, [&] {
        return termlist(db->db.allterms_begin(prefix), db->db.allterms_end(prefix));
    });
}

uint32_t cx_writable_replace_document(cx_writable *db, const char *unique_term, size_t len, cx_document *doc, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return db->db.replace_document(str(unique_term, len), doc->doc); });
}

int cx_writable_delete_document(cx_writable *db, const char *unique_term, size_t len, cx_error **err) {
    return run(err, [&] { db->db.delete_document(str(unique_term, len)); });
}

int cx_writable_add_spelling(cx_writable *db, const char *word, size_t len, uint32_t freqinc, cx_error **err) {
    return run(err, [&] { db->db.add_spelling(str(word, len), freqinc); });
}

int cx_writable_set_metadata(cx_writable *db, const char *key, const char *value, size_t vlen, cx_error **err) {
    return run(err, [&] { db->db.set_metadata(key, str(value, vlen)); });
}

char *cx_writable_get_metadata(cx_writable *db, const char *key, size_t *outlen, cx_error **err) {
    return guard<char *>(err, nullptr, [&] { return dup_bytes(db->db.get_metadata(key), outlen); });
}

int cx_writable_commit(cx_writable *db, cx_error **err) {
    return run(err, [&] { db->db.commit(); });
}

int cx_writable_close(cx_writable *db, cx_error **err) {
    return run(err, [&] { db->db.close(); });
}

// ---- Document ----

cx_document *cx_document_new(void) {
    try { return new cx_document(); } catch (...) { return nullptr; }
}

void cx_document_free(cx_document *doc) { delete doc; }

int cx_document_set_data(cx_document *doc, const char *data, size_t len, cx_error **err) {
    return run(err, [&] { doc->doc.set_data(str(data, len)); });
}

char *cx_document_get_data(cx_document *doc, size_t *outlen, cx_error **err) {
    return guard<char *>(err, nullptr, [&] { return dup_bytes(doc->doc.get_data(), outlen); });
}

int cx_document_add_value(cx_document *doc, uint32_t slot, const char *value, size_t len, cx_error **err) {
    return run(err, [&] { doc->doc.add_value(slot, str(value, len)); });
}

char *cx_document_get_value(cx_document *doc, uint32_t slot, size_t *outlen, cx_error **err) {
    return guard<char *>(err, nullptr, [&] { return dup_bytes(doc->doc.get_value(slot), outlen); });
}

int cx_document_add_boolean_term(cx_document *doc, const char *term, size_t len, cx_error **err) {
    return run(err, [&] { doc->doc.add_boolean_term(str(term, len)); });
}

int cx_document_add_term(cx_document *doc, const char *term, size_t len, uint32_t wdf, cx_error **err) {
    return run(err, [&] { doc->doc.add_term(str(term, len), wdf); });
}

cx_termlist *cx_document_termlist(cx_document *doc, cx_error **err) {
    return guard<cx_termlist *>(err, nullptr, [&] {
        // Copied with wdf: a document's term iterator reports wdf, not termfreq.
        auto *tl = new cx_termlist();
        tl->use_copy = true;
        for (auto it = doc->doc.termlist_begin(); it != doc->doc.termlist_end(); ++it) {
            tl->copied.emplace_back(*it, it.get_wdf());
        }
        return tl;
    });
}

uint32_t cx_document_docid(cx_document *doc) {
    try { return doc->doc.get_docid(); } catch (...) { return 0; }
}

// ---- TermGenerator ----

cx_termgen *cx_termgen_new(const char *language, int strategy, cx_error **err) {
    return guard<cx_termgen *>(err, nullptr, [&] { return stemmed(language, &cx_termgen::tg, tg_strategy(strategy)); });
}

void cx_termgen_free(cx_termgen *tg) { delete tg; }

int cx_termgen_set_database(cx_termgen *tg, cx_writable *db, int spelling, cx_error **err) {
    return guard(err, 0, [&] {
        tg->tg.set_database(db->db);
        tg->tg.set_flags(spelling ? Xapian::TermGenerator::FLAG_SPELLING : 0);
        return 1;
    });
}

int cx_termgen_set_document(cx_termgen *tg, cx_document *doc, cx_error **err) {
    return run(err, [&] { tg->tg.set_document(doc->doc); });
}

int cx_termgen_index_text(cx_termgen *tg, const char *text, size_t len, uint32_t wdf_inc, const char *prefix, cx_error **err) {
    return run(err, [&] { tg->tg.index_text(str(text, len), wdf_inc, prefix ? prefix : ""); });
}

int cx_termgen_index_text_without_positions(cx_termgen *tg, const char *text, size_t len, uint32_t wdf_inc, const char *prefix, cx_error **err) {
    return run(err, [&] { tg->tg.index_text_without_positions(str(text, len), wdf_inc, prefix ? prefix : ""); });
}

int cx_termgen_increase_termpos(cx_termgen *tg, uint32_t delta, cx_error **err) {
    return run(err, [&] { tg->tg.increase_termpos(delta); });
}

// ---- Query ----

cx_query *cx_query_term(const char *term, size_t len, cx_error **err) {
    return guard<cx_query *>(err, nullptr, [&] { return new cx_query{Xapian::Query(str(term, len))}; });
}

cx_query *cx_query_match_all(cx_error **err) {
    return guard<cx_query *>(err, nullptr, [&] { return new cx_query{Xapian::Query::MatchAll}; });
}

cx_query *cx_query_match_nothing(cx_error **err) {
    return guard<cx_query *>(err, nullptr, [&] { return new cx_query{Xapian::Query::MatchNothing}; });
}

cx_query *cx_query_combine(int op, cx_query *const *subs, size_t count, cx_error **err) {
    return guard<cx_query *>(err, nullptr, [&] {
        std::vector<Xapian::Query> v;
        v.reserve(count);
        for (size_t i = 0; i < count; ++i) v.push_back(subs[i]->q);
        return new cx_query{Xapian::Query(query_op(op), v.begin(), v.end())};
    });
}

cx_query *cx_query_value_range(uint32_t slot, const char *lo, size_t lolen, const char *hi, size_t hilen, cx_error **err) {
    return guard<cx_query *>(err, nullptr, [&] {
        if (!lo) return new cx_query{Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, str(hi, hilen))};
        if (!hi) return new cx_query{Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, str(lo, lolen))};
        return new cx_query{Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, str(lo, lolen), str(hi, hilen))};
    });
}

int cx_query_is_empty(cx_query *q) { return q->q.empty() ? 1 : 0; }

char *cx_query_description(cx_query *q) {
    try { return dup_bytes(q->q.get_description(), nullptr); } catch (...) { return nullptr; }
}

void cx_query_free(cx_query *q) { delete q; }

cx_termlist *cx_query_terms(cx_query *q, cx_error **err) {
    return guard<cx_termlist *>(err, nullptr, [&] {
        auto *tl = new cx_termlist();
        tl->use_copy = true;
        for (auto it = q->q.get_unique_terms_begin(); it != q->q.get_unique_terms_end(); ++it) {
            tl->copied.emplace_back(*it, 0);
        }
        return tl;
    });
}

// ---- QueryParser ----

cx_queryparser *cx_queryparser_new(const char *language, int strategy, cx_error **err) {
    return guard<cx_queryparser *>(err, nullptr, [&] { return stemmed(language, &cx_queryparser::qp, qp_strategy(strategy)); });
}

void cx_queryparser_free(cx_queryparser *qp) { delete qp; }

int cx_queryparser_set_database(cx_queryparser *qp, cx_database *db, cx_error **err) {
    return run(err, [&] { qp->qp.set_database(db->db); });
}

int cx_queryparser_set_default_op(cx_queryparser *qp, int op, cx_error **err) {
    return run(err, [&] { qp->qp.set_default_op(query_op(op)); });
}

int cx_queryparser_add_prefix(cx_queryparser *qp, const char *field, const char *prefix, cx_error **err) {
    return run(err, [&] { qp->qp.add_prefix(field, prefix); });
}

int cx_queryparser_set_max_expansion(cx_queryparser *qp, uint32_t max_expansion, int most_frequent, cx_error **err) {
    return guard(err, 0, [&] {
        qp->qp.set_max_expansion(max_expansion, most_frequent ? Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT
                                                              : Xapian::Query::WILDCARD_LIMIT_FIRST);
        return 1;
    });
}

int cx_queryparser_set_stopwords(cx_queryparser *qp, const char *const *words, size_t count, cx_error **err) {
    return guard(err, 0, [&] {
        auto *stopper = new Xapian::SimpleStopper();
        for (size_t i = 0; i < count; ++i) stopper->add(words[i]);
        qp->qp.set_stopper(stopper->release());
        return 1;
    });
}

cx_query *cx_queryparser_parse(cx_queryparser *qp, const char *text, unsigned flags, const char *default_prefix, cx_error **err) {
    return guard<cx_query *>(err, nullptr, [&] {
        return new cx_query{qp->qp.parse_query(text, flags, default_prefix ? default_prefix : "")};
    });
}

char *cx_queryparser_corrected(cx_queryparser *qp, cx_error **err) {
    return guard<char *>(err, nullptr, [&] { return dup_bytes(qp->qp.get_corrected_query_string(), nullptr); });
}

// ---- Stem ----

cx_stem *cx_stem_new(const char *language, cx_error **err) {
    return guard<cx_stem *>(err, nullptr, [&] { return new cx_stem{Xapian::Stem(language ? language : "none")}; });
}

void cx_stem_free(cx_stem *stem) { delete stem; }

char *cx_stem_word(cx_stem *stem, const char *word, size_t len, size_t *outlen, cx_error **err) {
    return guard<char *>(err, nullptr, [&] { return dup_bytes(stem->stem(str(word, len)), outlen); });
}

// ---- Enquire and MSet ----

cx_enquire *cx_enquire_new(cx_database *db, cx_error **err) {
    return guard<cx_enquire *>(err, nullptr, [&] { return new cx_enquire(db->db); });
}

void cx_enquire_free(cx_enquire *enq) { delete enq; }

int cx_enquire_set_query(cx_enquire *enq, cx_query *q, cx_error **err) {
    return run(err, [&] { enq->enq.set_query(q->q); });
}

int cx_enquire_set_sort(cx_enquire *enq, int32_t slot, int reverse, cx_error **err) {
    return guard(err, 0, [&] {
        if (slot < 0) {
            enq->enq.set_sort_by_relevance();
        } else {
            enq->enq.set_sort_by_value_then_relevance(static_cast<Xapian::valueno>(slot), reverse != 0);
        }
        return 1;
    });
}

cx_spy *cx_enquire_add_value_count_spy(cx_enquire *enq, uint32_t slot, cx_error **err) {
    return guard<cx_spy *>(err, nullptr, [&] {
        auto *s = new cx_spy();
        auto *raw = new Xapian::ValueCountMatchSpy(slot);
        raw->release(); // reference counted from here: freed when the last holder lets go
        s->spy = raw;
        enq->enq.add_matchspy(raw);
        return s;
    });
}

cx_mset *cx_enquire_get_mset(cx_enquire *enq, uint32_t first, uint32_t maxitems, uint32_t check_at_least, cx_error **err) {
    return guard<cx_mset *>(err, nullptr, [&] {
        return new cx_mset{enq->enq.get_mset(first, maxitems, check_at_least)};
    });
}

void cx_spy_free(cx_spy *spy) { delete spy; }

uint32_t cx_spy_total(cx_spy *spy, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return spy->spy->get_total(); });
}

cx_termlist *cx_spy_values(cx_spy *spy, cx_error **err) {
    return guard<cx_termlist *>(err, nullptr, [&] {
        auto *tl = new cx_termlist();
        tl->use_copy = true;
        for (auto it = spy->spy->values_begin(); it != spy->spy->values_end(); ++it) {
            tl->copied.emplace_back(*it, it.get_termfreq());
        }
        return tl;
    });
}

char *cx_spy_packed(cx_spy *spy, size_t *outlen, cx_error **err) {
    return guard<char *>(err, nullptr, [&] {
        std::string out;
        for (auto it = spy->spy->values_begin(); it != spy->spy->values_end(); ++it) {
            const std::string value = *it;
            const uint32_t head[2] = {it.get_termfreq(), static_cast<uint32_t>(value.size())};
            out.append(reinterpret_cast<const char *>(head), sizeof head);
            out += value;
        }
        return dup_bytes(out, outlen);
    });
}

void cx_mset_free(cx_mset *m) { delete m; }

uint32_t cx_mset_size(cx_mset *m) { return m->mset.size(); }

uint32_t cx_mset_estimated(cx_mset *m, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return m->mset.get_matches_estimated(); });
}

uint32_t cx_mset_lower_bound(cx_mset *m, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return m->mset.get_matches_lower_bound(); });
}

uint32_t cx_mset_upper_bound(cx_mset *m, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return m->mset.get_matches_upper_bound(); });
}

uint32_t cx_mset_docid(cx_mset *m, uint32_t index, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return *(m->mset[index]); });
}

double cx_mset_weight(cx_mset *m, uint32_t index, cx_error **err) {
    return guard(err, 0.0, [&] { return m->mset[index].get_weight(); });
}

int cx_mset_percent(cx_mset *m, uint32_t index, cx_error **err) {
    return guard(err, 0, [&] { return m->mset[index].get_percent(); });
}

cx_document *cx_mset_document(cx_mset *m, uint32_t index, cx_error **err) {
    return guard<cx_document *>(err, nullptr, [&] { return new cx_document{m->mset[index].get_document()}; });
}

// ---- Expansion, collapsing and postings ----

cx_eset *cx_enquire_get_eset(cx_enquire *enq, const uint32_t *rset, size_t rcount, uint32_t maxitems, cx_error **err) {
    return guard<cx_eset *>(err, nullptr, [&] {
        Xapian::RSet r;
        for (size_t i = 0; i < rcount; ++i) r.add_document(rset[i]);
        return new cx_eset{enq->enq.get_eset(maxitems, r)};
    });
}

uint32_t cx_eset_size(cx_eset *e) { return e->eset.size(); }

char *cx_eset_term(cx_eset *e, uint32_t index, size_t *outlen, cx_error **err) {
    return guard<char *>(err, nullptr, [&] {
        auto it = e->eset.begin();
        it += index;
        return dup_bytes(*it, outlen);
    });
}

double cx_eset_weight(cx_eset *e, uint32_t index, cx_error **err) {
    return guard(err, 0.0, [&] {
        auto it = e->eset.begin();
        it += index;
        return it.get_weight();
    });
}

void cx_eset_free(cx_eset *e) { delete e; }

int cx_enquire_set_collapse_key(cx_enquire *enq, int32_t slot, uint32_t collapse_max, cx_error **err) {
    return guard(err, 0, [&] {
        enq->enq.set_collapse_key(slot < 0 ? Xapian::BAD_VALUENO : static_cast<Xapian::valueno>(slot), collapse_max);
        return 1;
    });
}

uint32_t cx_mset_collapse_count(cx_mset *m, uint32_t index, cx_error **err) {
    return guard<uint32_t>(err, 0, [&] { return m->mset[index].get_collapse_count(); });
}

size_t cx_writable_postings(cx_writable *db, const char *term, size_t len, uint32_t *out, size_t max, cx_error **err) {
    return guard<size_t>(err, 0, [&] {
        size_t n = 0;
        const std::string t = str(term, len);
        for (auto it = db->db.postlist_begin(t); it != db->db.postlist_end(t) && n < max; ++it) out[n++] = *it;
        return n;
    });
}

} // extern "C"

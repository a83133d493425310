/* A thin C API over Xapian 1.4.
 *
 * Every function that can fail takes `cx_error **err` last. On failure it
 * returns a zero/NULL value and sets *err to a heap error the caller frees with
 * cx_error_free. No C++ exception crosses this boundary. The shim translates
 * calls; it makes no decisions. Strings returned as `char *` are malloc'd and
 * freed by the caller with cx_free; byte strings come with a length.
 */
#ifndef CXAPIAN_H
#define CXAPIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cx_error {
    char *type;    /* Xapian class name, e.g. "DatabaseLockError" */
    char *message; /* get_description() */
} cx_error;

void cx_error_free(cx_error *err);
void cx_free(void *p);
const char *cx_version_string(void);

typedef struct cx_database cx_database;
typedef struct cx_writable cx_writable;
typedef struct cx_document cx_document;
typedef struct cx_termgen cx_termgen;
typedef struct cx_queryparser cx_queryparser;
typedef struct cx_query cx_query;
typedef struct cx_enquire cx_enquire;
typedef struct cx_mset cx_mset;
typedef struct cx_spy cx_spy;
typedef struct cx_termlist cx_termlist;
typedef struct cx_stem cx_stem;

/* ---- Database (read-only; a path may be a stub file listing shards) ---- */
cx_database *cx_database_open(const char *path, cx_error **err);
void cx_database_free(cx_database *db);
int cx_database_reopen(cx_database *db, cx_error **err);
uint32_t cx_database_doccount(cx_database *db, cx_error **err);
uint32_t cx_database_lastdocid(cx_database *db, cx_error **err);
size_t cx_database_shard_count(cx_database *db, cx_error **err);
/* Returns the first document id indexed by term, or 0 when none. */
uint32_t cx_database_find_term(cx_database *db, const char *term, size_t len, cx_error **err);
uint32_t cx_database_termfreq(cx_database *db, const char *term, size_t len, cx_error **err);
cx_document *cx_database_get_document(cx_database *db, uint32_t docid, cx_error **err);
char *cx_database_get_metadata(cx_database *db, const char *key, size_t *outlen, cx_error **err);
char *cx_database_value_lower_bound(cx_database *db, uint32_t slot, size_t *outlen, cx_error **err);
char *cx_database_value_upper_bound(cx_database *db, uint32_t slot, size_t *outlen, cx_error **err);
char *cx_database_spelling_suggestion(cx_database *db, const char *word, cx_error **err);
/* 1 when the spelling table holds any word, 0 when it is empty. */
int cx_database_has_spellings(cx_database *db, cx_error **err);
/* Lists all terms starting with prefix. */
cx_termlist *cx_database_allterms(cx_database *db, const char *prefix, cx_error **err);
/* Lists the terms indexing one document. */
cx_termlist *cx_database_termlist(cx_database *db, uint32_t docid, cx_error **err);
/* Compacts (merges) the database into one at dest. */
int cx_database_compact(cx_database *db, const char *dest, cx_error **err);
/* An empty database to add shards to (Xapian::Database()). */
cx_database *cx_database_new_empty(cx_error **err);
/* A shard served by xapian-tcpsrv (Xapian::Remote::open); timeouts in milliseconds. */
cx_database *cx_database_open_remote(const char *host, unsigned port, unsigned timeout_ms,
                                     unsigned connect_timeout_ms, cx_error **err);
/* Adds other's shards to db (Xapian::Database::add_database). */
int cx_database_add(cx_database *db, cx_database *other, cx_error **err);

/* Term list iteration: returns 0 at the end. *term is borrowed until the next call. */
int cx_termlist_next(cx_termlist *tl, const char **term, size_t *len, uint32_t *termfreq, cx_error **err);
void cx_termlist_free(cx_termlist *tl);

/* ---- WritableDatabase ---- */
enum { CX_DB_CREATE_OR_OPEN = 1, CX_DB_CREATE_OR_OVERWRITE = 2, CX_DB_OPEN = 3 };
cx_writable *cx_writable_open(const char *path, int action, int no_sync, cx_error **err);
void cx_writable_free(cx_writable *db);
/* The read view of the same database (borrowed; valid while the writable lives). */
uint32_t cx_writable_doccount(cx_writable *db, cx_error **err);
uint32_t cx_writable_find_term(cx_writable *db, const char *term, size_t len, cx_error **err);
cx_document *cx_writable_get_document(cx_writable *db, uint32_t docid, cx_error **err);
cx_termlist *cx_writable_allterms(cx_writable *db, const char *prefix, cx_error **err);
uint32_t cx_writable_replace_document(cx_writable *db, const char *unique_term, size_t len, cx_document *doc, cx_error **err);
int cx_writable_delete_document(cx_writable *db, const char *unique_term, size_t len, cx_error **err);
int cx_writable_add_spelling(cx_writable *db, const char *word, size_t len, uint32_t freqinc, cx_error **err);
int cx_writable_set_metadata(cx_writable *db, const char *key, const char *value, size_t vlen, cx_error **err);
char *cx_writable_get_metadata(cx_writable *db, const char *key, size_t *outlen, cx_error **err);
int cx_writable_commit(cx_writable *db, cx_error **err);
int cx_writable_close(cx_writable *db, cx_error **err);

/* ---- Document ---- */
cx_document *cx_document_new(void);
void cx_document_free(cx_document *doc);
int cx_document_set_data(cx_document *doc, const char *data, size_t len, cx_error **err);
char *cx_document_get_data(cx_document *doc, size_t *outlen, cx_error **err);
int cx_document_add_value(cx_document *doc, uint32_t slot, const char *value, size_t len, cx_error **err);
char *cx_document_get_value(cx_document *doc, uint32_t slot, size_t *outlen, cx_error **err);
int cx_document_add_boolean_term(cx_document *doc, const char *term, size_t len, cx_error **err);
int cx_document_add_term(cx_document *doc, const char *term, size_t len, uint32_t wdf, cx_error **err);
uint32_t cx_document_docid(cx_document *doc);
/* The terms of a document not yet in a database, with their wdf as the frequency. */
cx_termlist *cx_document_termlist(cx_document *doc, cx_error **err);

/* ---- TermGenerator ---- */
enum { CX_STEM_NONE = 0, CX_STEM_SOME = 1, CX_STEM_ALL = 2, CX_STEM_ALL_Z = 3, CX_STEM_SOME_FULL_POS = 4 };
cx_termgen *cx_termgen_new(const char *language, int strategy, cx_error **err);
void cx_termgen_free(cx_termgen *tg);
/* Spelling data is written to db when given (may be NULL). */
int cx_termgen_set_database(cx_termgen *tg, cx_writable *db, int spelling, cx_error **err);
int cx_termgen_set_document(cx_termgen *tg, cx_document *doc, cx_error **err);
int cx_termgen_index_text(cx_termgen *tg, const char *text, size_t len, uint32_t wdf_inc, const char *prefix, cx_error **err);
int cx_termgen_index_text_without_positions(cx_termgen *tg, const char *text, size_t len, uint32_t wdf_inc, const char *prefix, cx_error **err);
int cx_termgen_increase_termpos(cx_termgen *tg, uint32_t delta, cx_error **err);

/* ---- Stem ---- */
cx_stem *cx_stem_new(const char *language, cx_error **err);
void cx_stem_free(cx_stem *stem);
/* The stem of word (Xapian::Stem::operator()); malloc'd, length in *outlen. */
char *cx_stem_word(cx_stem *stem, const char *word, size_t len, size_t *outlen, cx_error **err);

/* ---- Query ---- */
enum {
    CX_OP_AND = 0, CX_OP_OR = 1, CX_OP_AND_NOT = 2, CX_OP_XOR = 3, CX_OP_AND_MAYBE = 4,
    CX_OP_FILTER = 5, CX_OP_NEAR = 6, CX_OP_PHRASE = 7, CX_OP_VALUE_RANGE = 8,
    CX_OP_SCALE_WEIGHT = 9, CX_OP_ELITE_SET = 10, CX_OP_VALUE_GE = 11, CX_OP_VALUE_LE = 12,
    CX_OP_SYNONYM = 13
};
cx_query *cx_query_term(const char *term, size_t len, cx_error **err);
cx_query *cx_query_match_all(cx_error **err);
cx_query *cx_query_match_nothing(cx_error **err);
cx_query *cx_query_combine(int op, cx_query *const *subs, size_t count, cx_error **err);
cx_query *cx_query_value_range(uint32_t slot, const char *lo, size_t lolen, const char *hi, size_t hilen, cx_error **err);
cx_query *cx_query_scale(cx_query *q, double factor, cx_error **err);
int cx_query_is_empty(cx_query *q);
char *cx_query_description(cx_query *q);
/* The query's distinct terms (Query::get_unique_terms_begin), frequency 0; wildcards are not expanded. */
cx_termlist *cx_query_terms(cx_query *q, cx_error **err);
void cx_query_free(cx_query *q);

/* ---- QueryParser ---- */
enum {
    CX_QP_BOOLEAN = 1, CX_QP_PHRASE = 2, CX_QP_LOVEHATE = 4, CX_QP_BOOLEAN_ANY_CASE = 8,
    CX_QP_WILDCARD = 16, CX_QP_PURE_NOT = 32, CX_QP_PARTIAL = 64, CX_QP_SPELLING_CORRECTION = 128,
    CX_QP_SYNONYM = 256, CX_QP_AUTO_SYNONYMS = 512, CX_QP_AUTO_MULTIWORD_SYNONYMS = 1024,
    CX_QP_CJK_NGRAM = 2048, CX_QP_DEFAULT = 7
};
cx_queryparser *cx_queryparser_new(const char *language, int strategy, cx_error **err);
void cx_queryparser_free(cx_queryparser *qp);
int cx_queryparser_set_database(cx_queryparser *qp, cx_database *db, cx_error **err);
int cx_queryparser_set_default_op(cx_queryparser *qp, int op, cx_error **err);
int cx_queryparser_add_prefix(cx_queryparser *qp, const char *field, const char *prefix, cx_error **err);
int cx_queryparser_add_boolean_prefix(cx_queryparser *qp, const char *field, const char *prefix, int exclusive, cx_error **err);
/* A DateRangeProcessor on slot for ranges written as "prefix:A..B" (prefix may be empty). */
int cx_queryparser_add_date_range(cx_queryparser *qp, uint32_t slot, const char *prefix, cx_error **err);
/* Wildcards expand to at most max_expansion terms: the most frequent ones, or the first in term order. */
int cx_queryparser_set_max_expansion(cx_queryparser *qp, uint32_t max_expansion, int most_frequent, cx_error **err);
/* A Xapian::SimpleStopper holding the words: dropped from queries outside phrases. */
int cx_queryparser_set_stopwords(cx_queryparser *qp, const char *const *words, size_t count, cx_error **err);
cx_query *cx_queryparser_parse(cx_queryparser *qp, const char *text, unsigned flags, const char *default_prefix, cx_error **err);
char *cx_queryparser_corrected(cx_queryparser *qp, cx_error **err);

/* ---- Enquire and MSet ---- */
cx_enquire *cx_enquire_new(cx_database *db, cx_error **err);
void cx_enquire_free(cx_enquire *enq);
int cx_enquire_set_query(cx_enquire *enq, cx_query *q, cx_error **err);
/* slot < 0 sorts by relevance; otherwise by value, then relevance. */
int cx_enquire_set_sort(cx_enquire *enq, int32_t slot, int reverse, cx_error **err);
/* A ValueCountMatchSpy on slot. The enquire holds a reference; the caller keeps its handle to read counts. */
cx_spy *cx_enquire_add_value_count_spy(cx_enquire *enq, uint32_t slot, cx_error **err);
cx_mset *cx_enquire_get_mset(cx_enquire *enq, uint32_t first, uint32_t maxitems, uint32_t check_at_least, cx_error **err);

void cx_spy_free(cx_spy *spy);
uint32_t cx_spy_total(cx_spy *spy, cx_error **err);
/* Iterates the counted values: returns 0 at the end. */
cx_termlist *cx_spy_values(cx_spy *spy, cx_error **err);
/* Every counted value in one malloc'd buffer, in the spy's order (by value): for each, a uint32
 * count and a uint32 byte length (native byte order), then the value's bytes. Size in *outlen. */
char *cx_spy_packed(cx_spy *spy, size_t *outlen, cx_error **err);

void cx_mset_free(cx_mset *m);
uint32_t cx_mset_size(cx_mset *m);
uint32_t cx_mset_estimated(cx_mset *m, cx_error **err);
uint32_t cx_mset_lower_bound(cx_mset *m, cx_error **err);
uint32_t cx_mset_upper_bound(cx_mset *m, cx_error **err);
uint32_t cx_mset_docid(cx_mset *m, uint32_t index, cx_error **err);
double cx_mset_weight(cx_mset *m, uint32_t index, cx_error **err);
int cx_mset_percent(cx_mset *m, uint32_t index, cx_error **err);
cx_document *cx_mset_document(cx_mset *m, uint32_t index, cx_error **err);

/* ---- Expansion, collapsing and postings (analysis) ---- */
typedef struct cx_eset cx_eset;
/* Xapian's ESet: the terms that best tell the documents rset[0..rcount) apart from the rest of the
 * database, maxitems at most, best first. */
cx_eset *cx_enquire_get_eset(cx_enquire *enq, const uint32_t *rset, size_t rcount, uint32_t maxitems, cx_error **err);
uint32_t cx_eset_size(cx_eset *e);
char *cx_eset_term(cx_eset *e, uint32_t index, size_t *outlen, cx_error **err);
double cx_eset_weight(cx_eset *e, uint32_t index, cx_error **err);
void cx_eset_free(cx_eset *e);
/* Keep at most collapse_max matches per value of slot (slot < 0: no collapsing). */
int cx_enquire_set_collapse_key(cx_enquire *enq, int32_t slot, uint32_t collapse_max, cx_error **err);
/* How many matches were left out for this hit's collapse value (a lower bound). */
uint32_t cx_mset_collapse_count(cx_mset *m, uint32_t index, cx_error **err);
/* Up to max document ids posting term, in increasing order, into out; returns how many. The
 * writable database's own uncommitted changes are included. */
size_t cx_writable_postings(cx_writable *db, const char *term, size_t len, uint32_t *out, size_t max, cx_error **err);

#ifdef __cplusplus
}
#endif
#endif

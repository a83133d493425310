// The floor for NewsIndex: Xapian driven directly from C++, with NewsIndex's text settings
// (English stemmer, STEM_SOME, positions, title with prefix S and again unprefixed at wdf 4,
// then the body) and no entity work. One writer.
//
//   baseline index CORPUS_DIR DB          index every *.txt (Title:/Date: header lines, blank line, body)
//   baseline query DB QUERIES [--facet] [--snippets] [--check-at-least N] [--passes N] [--times FILE]
//        answer each query (top 10, document data read); with --facet a ValueCountMatchSpy on
//        the year slot and check_at_least = doccount (else 11, or N with --check-at-least: NewsIndex
//        counts the first 1,000 matches); with --snippets an MSet::snippet of each
//        hit's body (what a result page shows; flags 0, as NewsIndex). Prints JSON with p50/p95 per pass.
//
// Build: g++ -O2 -std=c++17 -o bench/out/baseline bench/baseline/baseline.cpp -lxapian
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;

static const Xapian::valueno SLOT_DATE = 0;   // YYYYMMDD, as NewsIndex
static const Xapian::valueno SLOT_YEAR = 1;   // YYYY, the one facet

static double seconds_since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

static int do_index(const std::string& dir, const std::string& dbpath) {
    std::vector<std::string> names;
    DIR* d = opendir(dir.c_str());
    if (!d) { perror(dir.c_str()); return 1; }
    while (dirent* e = readdir(d)) {
        std::string n = e->d_name;
        if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) names.push_back(n);
    }
    closedir(d);
    std::sort(names.begin(), names.end());

    auto start = Clock::now();
    Xapian::WritableDatabase db(dbpath, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("english"));
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    size_t bytes = 0;
    for (const auto& n : names) {
        std::ifstream in(dir + "/" + n, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        std::string text = ss.str();
        bytes += text.size();
        std::string title, date, body;
        size_t pos = 0;
        // Header lines up to the first blank line.
        while (pos < text.size()) {
            size_t eol = text.find('\n', pos);
            if (eol == std::string::npos) eol = text.size();
            std::string line = text.substr(pos, eol - pos);
            pos = eol + 1;
            if (line.empty()) break;
            if (line.compare(0, 7, "Title: ") == 0) title = line.substr(7);
            else if (line.compare(0, 6, "Date: ") == 0) date = line.substr(6);
        }
        if (pos < text.size()) body = text.substr(pos);

        Xapian::Document doc;
        tg.set_document(doc);
        tg.index_text(title, 1, "S");
        tg.increase_termpos();
        tg.index_text(title, 4);
        tg.increase_termpos();
        tg.index_text(body);
        if (date.size() == 10) {
            std::string ymd = date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
            doc.add_value(SLOT_DATE, ymd);
            doc.add_value(SLOT_YEAR, date.substr(0, 4));
            doc.add_boolean_term("XY" + date.substr(0, 4));
        }
        std::string id = "Q" + n;
        doc.add_boolean_term(id);
        // Stored data: path, title and body (NewsIndex stores the body too, for snippets).
        doc.set_data(n + "\n" + title + "\n" + body);
        db.replace_document(id, doc);
    }
    db.commit();
    double secs = seconds_since(start);
    printf("{\"articles\": %zu, \"bytes\": %zu, \"seconds\": %.3f, \"per_second\": %.1f}\n",
           names.size(), bytes, secs, names.size() / secs);
    return 0;
}

static double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t i = std::min(v.size() - 1, (size_t)(p * (v.size() - 1) + 0.5));
    return v[i];
}

static int do_query(const std::string& dbpath, const std::string& qfile, bool facet, bool snippets, int passes,
                    const std::string& timesfile, Xapian::doccount check) {
    std::vector<std::string> queries;
    std::ifstream in(qfile);
    for (std::string line; std::getline(in, line);) if (!line.empty()) queries.push_back(line);

    Xapian::Database db(dbpath);
    Xapian::QueryParser qp;
    Xapian::Stem stem("english");
    qp.set_stemmer(stem);
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_database(db);
    qp.set_default_op(Xapian::Query::OP_AND);
    qp.add_prefix("title", "S");
    unsigned flags = Xapian::QueryParser::FLAG_BOOLEAN | Xapian::QueryParser::FLAG_PHRASE |
                     Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                     Xapian::QueryParser::FLAG_PURE_NOT;
    Xapian::doccount ndocs = db.get_doccount();

    std::vector<double> p50s, p95s, totals;
    std::vector<double> last;
    size_t matched = 0;
    for (int pass = 0; pass < passes; ++pass) {
        std::vector<double> ms;
        auto all = Clock::now();
        matched = 0;
        for (const auto& qs : queries) {
            auto t = Clock::now();
            Xapian::Query q = qp.parse_query(qs, flags);
            Xapian::Enquire enq(db);
            enq.set_query(q);
            Xapian::ValueCountMatchSpy spy(SLOT_YEAR);
            if (facet) enq.add_matchspy(&spy);
            Xapian::MSet mset = enq.get_mset(0, 10, facet ? ndocs : std::max<Xapian::doccount>(check, 11));
            size_t sink = 0;
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                std::string data = it.get_document().get_data();
                sink += data.size();
                if (snippets) {
                    size_t body = data.find('\n', data.find('\n') + 1);   // path \n title \n body
                    sink += mset.snippet(body == std::string::npos ? "" : data.substr(body + 1), 200, stem, 0, "<b>", "</b>", "\u2026").size();
                }
            }
            if (facet) for (auto v = spy.values_begin(); v != spy.values_end(); ++v) sink += v.get_termfreq();
            matched += mset.get_matches_estimated() > 0;
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
            if (sink == (size_t)-1) puts("");
        }
        totals.push_back(seconds_since(all));
        p50s.push_back(percentile(ms, 0.5));
        p95s.push_back(percentile(ms, 0.95));
        last = ms;
    }
    if (!timesfile.empty()) {
        std::ofstream out(timesfile);
        for (double m : last) out << m << "\n";
    }
    auto list = [](const std::vector<double>& v) {
        std::string s = "[";
        for (size_t i = 0; i < v.size(); ++i) { char b[32]; snprintf(b, sizeof b, "%s%.4f", i ? ", " : "", v[i]); s += b; }
        return s + "]";
    };
    printf("{\"queries\": %zu, \"matched\": %zu, \"facet\": %s, \"p50_ms\": %s, \"p95_ms\": %s, \"total_s\": %s}\n",
           queries.size(), matched, facet ? "true" : "false", list(p50s).c_str(), list(p95s).c_str(),
           list(totals).c_str());
    return 0;
}

int main(int argc, char** argv) {
    try {
        if (argc >= 4 && strcmp(argv[1], "index") == 0) return do_index(argv[2], argv[3]);
        if (argc >= 4 && strcmp(argv[1], "query") == 0) {
            bool facet = false, snippets = false; int passes = 3; std::string times; Xapian::doccount check = 11;
            for (int i = 4; i < argc; ++i) {
                if (strcmp(argv[i], "--facet") == 0) facet = true;
                else if (strcmp(argv[i], "--snippets") == 0) snippets = true;
                else if (strcmp(argv[i], "--passes") == 0 && i + 1 < argc) passes = atoi(argv[++i]);
                else if (strcmp(argv[i], "--check-at-least") == 0 && i + 1 < argc) check = atoi(argv[++i]);
                else if (strcmp(argv[i], "--times") == 0 && i + 1 < argc) times = argv[++i];
            }
            return do_query(argv[2], argv[3], facet, snippets, passes, times, check);
        }
    } catch (const Xapian::Error& e) {
        fprintf(stderr, "baseline: %s\n", e.get_description().c_str());
        return 1;
    }
    fprintf(stderr, "usage: baseline index CORPUS_DIR DB | baseline query DB QUERIES [--facet] [--snippets] [--check-at-least N] [--passes N] [--times FILE]\n");
    return 2;
}

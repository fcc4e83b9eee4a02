#include "store/query.h"

#include <cctype>
#include <vector>

#include "core/json.h"

namespace newsgraph::store {
namespace {

// The date a quote is filed under: publication, else first crawl.
constexpr char kArticleDate[] =
    "COALESCE(a.published, (SELECT MIN(p.fetch_date) FROM pages p WHERE p.article_id=a.id))";
constexpr char kArticleUrl[] = "(SELECT p.url FROM pages p WHERE p.article_id=a.id ORDER BY p.id LIMIT 1)";
constexpr char kArticleSites[] =
    "(SELECT group_concat(host, ' ') FROM (SELECT DISTINCT s.host FROM pages p JOIN sites s ON s.id=p.site_id "
    "WHERE p.article_id=a.id ORDER BY p.id))";

std::string Str(const Stmt& s, int col) { return std::string(s.Text(col)); }

std::string LikePattern(const std::string& s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "%";
}

bool Finish(const Db& db, Stmt& s, std::string* error) {
  if (!s.ok()) {
    *error = db.ErrorMessage();
    return false;
  }
  return true;
}

}  // namespace

bool FindQuotes(const Db& db, const QuoteFilter& f, const std::function<void(const QuoteRow&)>& row,
                std::string* error) {
  std::string sql = std::string("SELECT * FROM (SELECT q.id, s.name AS speaker, q.role, q.kind, q.text, q.cue, ") +
                    kArticleDate + " AS date, a.title, " + kArticleUrl + " AS url, " + kArticleSites +
                    " AS sites, q.article_id, q.begin, q.end FROM quotes q JOIN articles a ON a.id=q.article_id "
                    "LEFT JOIN speakers s ON s.id=q.speaker_id) AS x WHERE 1";
  std::vector<std::string> params;
  if (!f.speaker.empty()) {
    params.push_back(LikePattern(f.speaker));
    sql += " AND x.speaker LIKE ?" + std::to_string(params.size()) + " ESCAPE '\\'";
  }
  if (!f.about.empty()) {
    params.push_back(LikePattern(f.about));
    std::string p = "?" + std::to_string(params.size());
    sql += " AND (x.text LIKE " + p +
           " ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id=m.entity_id "
           "WHERE m.article_id=x.article_id AND m.begin>=x.begin AND m.end<=x.end AND e.name LIKE " +
           p + " ESCAPE '\\'))";
  }
  if (!f.since.empty()) {
    params.push_back(f.since);
    sql += " AND x.date >= ?" + std::to_string(params.size());
  }
  if (!f.until.empty()) {
    params.push_back(f.until);
    std::string p = "?" + std::to_string(params.size());
    sql += " AND substr(x.date, 1, length(" + p + ")) <= " + p;
  }
  if (!f.site.empty()) {
    params.push_back(LikePattern(f.site));
    std::string p = "?" + std::to_string(params.size());
    sql += " AND EXISTS (SELECT 1 FROM pages p JOIN sites s ON s.id=p.site_id WHERE p.article_id=x.article_id "
           "AND (s.host LIKE " + p + " ESCAPE '\\' OR s.name LIKE " + p + " ESCAPE '\\'))";
  }
  sql += " ORDER BY x.date DESC, x.id LIMIT " + std::to_string(f.limit);
  Stmt s;
  if (!s.Prepare(db, sql, error)) return false;
  for (size_t i = 0; i < params.size(); ++i) s.Bind(static_cast<int>(i + 1), params[i]);
  QuoteRow r;
  while (s.Step()) {
    r.id = s.Int(0);
    r.speaker = Str(s, 1);
    r.role = Str(s, 2);
    r.kind = Str(s, 3);
    r.text = Str(s, 4);
    r.cue = Str(s, 5);
    r.date = Str(s, 6);
    r.title = Str(s, 7);
    r.url = Str(s, 8);
    r.sites = Str(s, 9);
    row(r);
  }
  return Finish(db, s, error);
}

std::string FtsQueryFromText(std::string_view text) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += " ";
    out += "\"" + word + "\"";
    word.clear();
  };
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

bool SearchArticles(const Db& db, const std::string& fts_query, int64_t limit,
                    const std::function<void(const SearchHit&)>& row, std::string* error) {
  std::string sql = std::string(
                        "SELECT a.id, bm25(articles_fts, 2.0, 1.0) AS score, a.title, ") +
                    kArticleUrl + ", " + kArticleDate +
                    ", snippet(articles_fts, 1, '[', ']', '\u2026', 16) FROM articles_fts "
                    "JOIN articles a ON a.id=articles_fts.rowid WHERE articles_fts MATCH ?1 "
                    "ORDER BY score LIMIT ?2";
  Stmt s;
  if (!s.Prepare(db, sql, error)) return false;
  s.Bind(1, fts_query).Bind(2, limit);
  SearchHit h;
  while (s.Step()) {
    h.id = s.Int(0);
    h.score = sqlite3_column_double(s.get(), 1);
    h.title = Str(s, 2);
    h.url = Str(s, 3);
    h.date = Str(s, 4);
    h.snippet = Str(s, 5);
    row(h);
  }
  return Finish(db, s, error);
}

bool SearchQuotes(const Db& db, const std::string& fts_query, int64_t limit,
                  const std::function<void(const SearchHit&)>& row, std::string* error) {
  std::string sql = std::string("SELECT q.id, bm25(quotes_fts) AS score, a.title, ") + kArticleUrl + ", " +
                    kArticleDate +
                    ", snippet(quotes_fts, 0, '[', ']', '\u2026', 24), sp.name FROM quotes_fts "
                    "JOIN quotes q ON q.id=quotes_fts.rowid JOIN articles a ON a.id=q.article_id "
                    "LEFT JOIN speakers sp ON sp.id=q.speaker_id WHERE quotes_fts MATCH ?1 "
                    "ORDER BY score LIMIT ?2";
  Stmt s;
  if (!s.Prepare(db, sql, error)) return false;
  s.Bind(1, fts_query).Bind(2, limit);
  SearchHit h;
  while (s.Step()) {
    h.id = s.Int(0);
    h.score = sqlite3_column_double(s.get(), 1);
    h.title = Str(s, 2);
    h.url = Str(s, 3);
    h.date = Str(s, 4);
    h.snippet = Str(s, 5);
    h.speaker = Str(s, 6);
    row(h);
  }
  return Finish(db, s, error);
}

bool TopSpeakers(const Db& db, int64_t limit, const std::function<void(const SpeakerRow&)>& row,
                 std::string* error) {
  std::string sql = std::string(
                        "SELECT sp.name, COUNT(*) AS n, COUNT(DISTINCT q.article_id), "
                        "(SELECT q2.role FROM quotes q2 WHERE q2.speaker_id=sp.id AND q2.role IS NOT NULL "
                        " GROUP BY q2.role ORDER BY COUNT(*) DESC, length(q2.role) DESC LIMIT 1), MIN(") +
                    kArticleDate + "), MAX(" + kArticleDate +
                    ") FROM speakers sp JOIN quotes q ON q.speaker_id=sp.id JOIN articles a ON a.id=q.article_id "
                    "GROUP BY sp.id ORDER BY n DESC, sp.name LIMIT ?1";
  Stmt s;
  if (!s.Prepare(db, sql, error)) return false;
  s.Bind(1, limit);
  SpeakerRow r;
  while (s.Step()) {
    r.name = Str(s, 0);
    r.quotes = s.Int(1);
    r.articles = s.Int(2);
    r.role = Str(s, 3);
    r.first = Str(s, 4);
    r.last = Str(s, 5);
    row(r);
  }
  return Finish(db, s, error);
}

bool TopEntities(const Db& db, const std::string& type, int64_t limit,
                 const std::function<void(const EntityRow&)>& row, std::string* error) {
  Stmt s;
  if (!s.Prepare(db,
                 "SELECT e.name, e.type, COUNT(DISTINCT m.article_id) AS articles, COUNT(*) AS mentions "
                 "FROM entities e JOIN mentions m ON m.entity_id=e.id WHERE (?1 = '' OR e.type = upper(?1)) "
                 "GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name LIMIT ?2",
                 error)) {
    return false;
  }
  s.Bind(1, type).Bind(2, limit);
  EntityRow r;
  while (s.Step()) {
    r.name = Str(s, 0);
    r.type = Str(s, 1);
    r.articles = s.Int(2);
    r.mentions = s.Int(3);
    row(r);
  }
  return Finish(db, s, error);
}

bool ExportArticlesJson(const Db& db, const std::function<void(const std::string&)>& line, std::string* error) {
  Stmt articles, pages, quotes, entities;
  if (!articles.Prepare(db,
                        "SELECT id, title, published, language, authors, original_source, canonical_url, text "
                        "FROM articles ORDER BY id",
                        error) ||
      !pages.Prepare(db,
                     "SELECT p.url, s.host, s.name, p.fetch_date FROM pages p LEFT JOIN sites s ON s.id=p.site_id "
                     "WHERE p.article_id=?1 ORDER BY p.id",
                     error) ||
      !quotes.Prepare(db,
                      "SELECT sp.name, q.role, q.kind, q.text, q.cue FROM quotes q "
                      "LEFT JOIN speakers sp ON sp.id=q.speaker_id WHERE q.article_id=?1 ORDER BY q.begin",
                      error) ||
      !entities.Prepare(db,
                        "SELECT e.name, e.type, COUNT(*) FROM mentions m JOIN entities e ON e.id=m.entity_id "
                        "WHERE m.article_id=?1 GROUP BY e.id ORDER BY MIN(m.begin)",
                        error)) {
    return false;
  }
  std::string out;
  auto field = [&](const char* name, std::string_view value, bool first = false) {
    if (!first) out += ",";
    json::AppendString(&out, name);
    out += ":";
    json::AppendStringOrNull(&out, value);
  };
  while (articles.Step()) {
    int64_t id = articles.Int(0);
    out = "{\"id\":" + std::to_string(id);
    field("title", articles.Text(1));
    field("published", articles.Text(2));
    field("language", articles.Text(3));
    out += ",\"authors\":";
    out += articles.IsNull(4) ? "[]" : std::string(articles.Text(4));
    field("original_source", articles.Text(5));
    field("canonical_url", articles.Text(6));
    out += ",\"pages\":[";
    pages.Bind(1, id);
    for (bool first = true; pages.Step(); first = false) {
      out += first ? "{" : ",{";
      field("url", pages.Text(0), true);
      field("site", pages.Text(1));
      field("site_name", pages.Text(2));
      field("fetch_date", pages.Text(3));
      out += "}";
    }
    if (!Finish(db, pages, error)) return false;
    pages.Reset();
    out += "],\"entities\":[";
    entities.Bind(1, id);
    for (bool first = true; entities.Step(); first = false) {
      out += first ? "{" : ",{";
      field("name", entities.Text(0), true);
      field("type", entities.Text(1));
      out += ",\"mentions\":" + std::to_string(entities.Int(2)) + "}";
    }
    if (!Finish(db, entities, error)) return false;
    entities.Reset();
    out += "],\"quotes\":[";
    quotes.Bind(1, id);
    for (bool first = true; quotes.Step(); first = false) {
      out += first ? "{" : ",{";
      field("speaker", quotes.Text(0), true);
      field("role", quotes.Text(1));
      field("kind", quotes.Text(2));
      field("text", quotes.Text(3));
      field("cue", quotes.Text(4));
      out += "}";
    }
    if (!Finish(db, quotes, error)) return false;
    quotes.Reset();
    out += "]";
    field("text", articles.Text(7));
    out += "}";
    line(out);
  }
  return Finish(db, articles, error);
}

}  // namespace newsgraph::store

#ifndef NEWSGRAPH_STORE_QUERY_H_
#define NEWSGRAPH_STORE_QUERY_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "store/sqlite.h"

namespace newsgraph::store {

// Read-only questions asked of a newsgraph database. Each calls `row` once
// per result, best or newest first, and returns false with *error set when
// the database cannot answer. All user text reaches SQL as bound parameters.

struct QuoteFilter {
  std::string speaker;  // speaker's name contains this (ASCII case ignored)
  std::string about;    // the quote names this entity, or contains the words
  std::string since;    // date >= since (ISO 8601 prefix, e.g. 2024-03)
  std::string until;    // date <= until, inclusive of the whole day or month given
  std::string site;     // one of the article's sites (host or name) contains this
  int64_t limit = -1;   // -1: no limit
};

struct QuoteRow {
  int64_t id = 0;
  std::string speaker, role, kind, text, cue;
  std::string date;   // the article's publication date, else its first crawl date
  std::string title, url;
  std::string sites;  // every site that carried the article, space-separated
};

bool FindQuotes(const Db& db, const QuoteFilter& filter, const std::function<void(const QuoteRow&)>& row,
                std::string* error);

struct SearchHit {
  int64_t id = 0;       // article or quote id
  double score = 0;     // bm25: lower is better
  std::string title, url, date, speaker;
  std::string snippet;  // matches marked with [ and ]
};

// Turns free text into an FTS5 query that matches documents holding every
// word, so punctuation in the text is never read as FTS5 syntax.
std::string FtsQueryFromText(std::string_view text);

// `fts_query` is FTS5 syntax (see FtsQueryFromText).
bool SearchArticles(const Db& db, const std::string& fts_query, int64_t limit,
                    const std::function<void(const SearchHit&)>& row, std::string* error);
bool SearchQuotes(const Db& db, const std::string& fts_query, int64_t limit,
                  const std::function<void(const SearchHit&)>& row, std::string* error);

struct SpeakerRow {
  std::string name, role;  // role: the one most often given with the speaker's quotes
  int64_t quotes = 0, articles = 0;
  std::string first, last;  // dates of the earliest and latest quote
};

bool TopSpeakers(const Db& db, int64_t limit, const std::function<void(const SpeakerRow&)>& row,
                 std::string* error);

struct EntityRow {
  std::string name, type;
  int64_t articles = 0, mentions = 0;
};

// `type`: PERSON, ORG, GPE, ... or empty for all.
bool TopEntities(const Db& db, const std::string& type, int64_t limit,
                 const std::function<void(const EntityRow&)>& row, std::string* error);

// One JSON object per stored article: its pages (URL, site, crawl date),
// metadata, text, entities and quotes.
bool ExportArticlesJson(const Db& db, const std::function<void(const std::string&)>& line, std::string* error);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_QUERY_H_

#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "store/query.h"
#include "store/row_writer.h"
#include "store/schema.h"

namespace newsgraph::cli {

int RunSearch(int argc, char** argv) {
  Args args(argc, argv, {"quotes", "fts", "json", "csv", "help"}, {"db", "limit"});
  if (!args.error().empty() || args.Has("help") || args.positional().empty() ||
      (args.Has("json") && args.Has("csv"))) {
    if (!args.error().empty()) fprintf(stderr, "newsgraph search: %s\n", args.error().c_str());
    fprintf(stderr,
            "usage: newsgraph search TEXT... [--quotes] [--fts] [--limit N] [--db FILE] [--json|--csv]\n"
            "  Full-text search of stored articles (or, with --quotes, of quotes), best\n"
            "  matches first (bm25). Every word must match; --fts takes TEXT as an FTS5\n"
            "  query instead (\"exact phrase\", OR, NOT, prefix*).\n");
    return args.Has("help") ? 0 : 2;
  }
  std::string text;
  for (const std::string& p : args.positional()) text += (text.empty() ? "" : " ") + p;
  std::string query = args.Has("fts") ? text : store::FtsQueryFromText(text);
  if (query.empty()) {
    fprintf(stderr, "newsgraph search: nothing to search for\n");
    return 2;
  }
  store::Db db;
  std::string error;
  if (!store::OpenForReading(args.Get("db", "newsgraph.db"), &db, &error)) {
    fprintf(stderr, "newsgraph search: %s\n", error.c_str());
    return 1;
  }
  int64_t limit = args.HasValue("limit") ? atoll(args.Get("limit").c_str()) : 20;
  store::RowFormat format = store::ChooseFormat(args.Has("json"), args.Has("csv"), stdout);
  const bool quotes = args.Has("quotes");
  std::vector<store::Column> columns = {{"score", true, 0}, {"date", false, 0, true}};
  if (quotes) columns.push_back({"speaker", false, 24});
  columns.insert(columns.end(), {{"title", false, 40}, {"snippet", false, 90}, {"url", false, 50}});
  store::RowWriter out(stdout, format, columns);
  auto add = [&](const store::SearchHit& h) {
    char score[32];
    snprintf(score, sizeof score, "%.2f", -h.score);  // higher is better for a reader
    std::vector<std::string> row = {score, h.date};
    if (quotes) row.push_back(h.speaker);
    row.insert(row.end(), {h.title, h.snippet, h.url});
    out.Add(std::move(row));
  };
  bool ok = quotes ? store::SearchQuotes(db, query, limit, add, &error)
                   : store::SearchArticles(db, query, limit, add, &error);
  if (!out.Finish()) {
    fprintf(stderr, "newsgraph search: cannot write output\n");
    return 1;
  }
  if (!ok) {
    fprintf(stderr, "newsgraph search: %s\n", error.c_str());
    return args.Has("fts") ? 2 : 1;
  }
  return 0;
}

}  // namespace newsgraph::cli

#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "store/query.h"
#include "store/row_writer.h"
#include "store/schema.h"

namespace newsgraph::cli {

int RunQuotes(int argc, char** argv) {
  Args args(argc, argv, {"json", "csv", "help"}, {"speaker", "about", "since", "until", "site", "db", "limit"});
  if (!args.error().empty() || args.Has("help") || !args.positional().empty() ||
      (args.Has("json") && args.Has("csv"))) {
    if (!args.error().empty()) fprintf(stderr, "newsgraph quotes: %s\n", args.error().c_str());
    fprintf(stderr,
            "usage: newsgraph quotes [--speaker NAME] [--about ENTITY] [--since DATE] [--until DATE]\n"
            "                        [--site SITE] [--limit N] [--db FILE] [--json|--csv]\n"
            "  Who said what, newest first, with the date and the sites that carried it.\n"
            "  DATE is an ISO 8601 prefix: 2024, 2024-03 or 2024-03-15.\n");
    return args.Has("help") ? 0 : 2;
  }
  store::Db db;
  std::string error;
  if (!store::OpenForReading(args.Get("db", "newsgraph.db"), &db, &error)) {
    fprintf(stderr, "newsgraph quotes: %s\n", error.c_str());
    return 1;
  }
  store::QuoteFilter filter;
  filter.speaker = args.Get("speaker");
  filter.about = args.Get("about");
  filter.since = args.Get("since");
  filter.until = args.Get("until");
  filter.site = args.Get("site");
  store::RowFormat format = store::ChooseFormat(args.Has("json"), args.Has("csv"), stdout);
  // A table on a terminal is for reading: keep it short unless asked.
  filter.limit = args.HasValue("limit") ? atoll(args.Get("limit").c_str()) : format == store::RowFormat::kTable ? 50 : -1;
  store::RowWriter out(stdout, format,
                       {{"date", false, 0, true},
                        {"speaker", false, 28},
                        {"role", false, 30},
                        {"kind", false, 0},
                        {"quote", false, 80},
                        {"cue", false, 0},
                        {"title", false, 40},
                        {"url", false, 60},
                        {"sites", false, 40}});
  bool ok = store::FindQuotes(db, filter,
                              [&](const store::QuoteRow& r) {
                                out.Add({r.date, r.speaker, r.role, r.kind, r.text, r.cue, r.title, r.url, r.sites});
                              },
                              &error);
  if (!out.Finish()) {
    fprintf(stderr, "newsgraph quotes: cannot write output\n");
    return 1;
  }
  if (!ok) {
    fprintf(stderr, "newsgraph quotes: %s\n", error.c_str());
    return 1;
  }
  return 0;
}

}  // namespace newsgraph::cli

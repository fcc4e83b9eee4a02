#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "store/query.h"
#include "store/row_writer.h"
#include "store/schema.h"

namespace newsgraph::cli {

int RunSpeakers(int argc, char** argv) {
  Args args(argc, argv, {"json", "csv", "help"}, {"db", "limit"});
  if (!args.error().empty() || args.Has("help") || !args.positional().empty() ||
      (args.Has("json") && args.Has("csv"))) {
    if (!args.error().empty()) fprintf(stderr, "newsgraph speakers: %s\n", args.error().c_str());
    fprintf(stderr,
            "usage: newsgraph speakers [--limit N] [--db FILE] [--json|--csv]\n"
            "  The most quoted speakers: quotes, articles, their usual role, first and last date.\n");
    return args.Has("help") ? 0 : 2;
  }
  store::Db db;
  std::string error;
  if (!store::OpenForReading(args.Get("db", "newsgraph.db"), &db, &error)) {
    fprintf(stderr, "newsgraph speakers: %s\n", error.c_str());
    return 1;
  }
  int64_t limit = args.HasValue("limit") ? atoll(args.Get("limit").c_str()) : 50;
  store::RowWriter out(stdout, store::ChooseFormat(args.Has("json"), args.Has("csv"), stdout),
                       {{"speaker", false, 32},
                        {"quotes", true, 0},
                        {"articles", true, 0},
                        {"role", false, 50},
                        {"first", false, 0, true},
                        {"last", false, 0, true}});
  bool ok = store::TopSpeakers(db, limit,
                               [&](const store::SpeakerRow& r) {
                                 out.Add({r.name, std::to_string(r.quotes), std::to_string(r.articles), r.role,
                                          r.first, r.last});
                               },
                               &error);
  if (!out.Finish() || !ok) {
    fprintf(stderr, "newsgraph speakers: %s\n", ok ? "cannot write output" : error.c_str());
    return 1;
  }
  return 0;
}

}  // namespace newsgraph::cli

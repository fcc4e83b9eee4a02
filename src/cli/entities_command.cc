#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "store/query.h"
#include "store/row_writer.h"
#include "store/schema.h"

namespace newsgraph::cli {

int RunEntities(int argc, char** argv) {
  Args args(argc, argv, {"json", "csv", "help"}, {"db", "limit", "type"});
  if (!args.error().empty() || args.Has("help") || !args.positional().empty() ||
      (args.Has("json") && args.Has("csv"))) {
    if (!args.error().empty()) fprintf(stderr, "newsgraph entities: %s\n", args.error().c_str());
    fprintf(stderr,
            "usage: newsgraph entities [--type PERSON|ORG|GPE|LOC|NORP|DATE|MISC] [--limit N] [--db FILE]\n"
            "                          [--json|--csv]\n"
            "  The most mentioned entities, by the number of articles that name them.\n");
    return args.Has("help") ? 0 : 2;
  }
  store::Db db;
  std::string error;
  if (!store::OpenForReading(args.Get("db", "newsgraph.db"), &db, &error)) {
    fprintf(stderr, "newsgraph entities: %s\n", error.c_str());
    return 1;
  }
  int64_t limit = args.HasValue("limit") ? atoll(args.Get("limit").c_str()) : 50;
  store::RowWriter out(stdout, store::ChooseFormat(args.Has("json"), args.Has("csv"), stdout),
                       {{"entity", false, 40}, {"type", false, 0}, {"articles", true, 0}, {"mentions", true, 0}});
  bool ok = store::TopEntities(db, args.Get("type"), limit,
                               [&](const store::EntityRow& r) {
                                 out.Add({r.name, r.type, std::to_string(r.articles), std::to_string(r.mentions)});
                               },
                               &error);
  if (!out.Finish() || !ok) {
    fprintf(stderr, "newsgraph entities: %s\n", ok ? "cannot write output" : error.c_str());
    return 1;
  }
  return 0;
}

}  // namespace newsgraph::cli

#include <cstdio>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "store/query.h"
#include "store/row_writer.h"
#include "store/schema.h"

namespace newsgraph::cli {

int RunExport(int argc, char** argv) {
  Args args(argc, argv, {"help"}, {"db", "format"});
  std::string format = args.Get("format", "jsonl");
  if (!args.error().empty() || args.Has("help") || !args.positional().empty() ||
      (format != "jsonl" && format != "csv")) {
    if (!args.error().empty()) fprintf(stderr, "newsgraph export: %s\n", args.error().c_str());
    fprintf(stderr,
            "usage: newsgraph export [--format jsonl|csv] [--db FILE]\n"
            "  jsonl: one object per stored article with its pages, entities and quotes.\n"
            "  csv:   one row per quote with its speaker, date, article and sites.\n");
    return args.Has("help") ? 0 : 2;
  }
  store::Db db;
  std::string error;
  if (!store::OpenForReading(args.Get("db", "newsgraph.db"), &db, &error)) {
    fprintf(stderr, "newsgraph export: %s\n", error.c_str());
    return 1;
  }
  bool ok;
  bool written;
  if (format == "jsonl") {
    ok = store::ExportArticlesJson(db,
                                   [](const std::string& line) {
                                     fwrite(line.data(), 1, line.size(), stdout);
                                     fputc('\n', stdout);
                                   },
                                   &error);
    written = fflush(stdout) == 0 && !ferror(stdout);
  } else {
    store::RowWriter out(stdout, store::RowFormat::kCsv,
                         {{"quote_id", true, 0},
                          {"date", false, 0},
                          {"speaker", false, 0},
                          {"role", false, 0},
                          {"kind", false, 0},
                          {"quote", false, 0},
                          {"cue", false, 0},
                          {"title", false, 0},
                          {"url", false, 0},
                          {"sites", false, 0}});
    store::QuoteFilter all;
    ok = store::FindQuotes(db, all,
                           [&](const store::QuoteRow& r) {
                             out.Add({std::to_string(r.id), r.date, r.speaker, r.role, r.kind, r.text, r.cue, r.title,
                                      r.url, r.sites});
                           },
                           &error);
    written = out.Finish();
  }
  if (!ok || !written) {
    fprintf(stderr, "newsgraph export: %s\n", ok ? "cannot write output" : error.c_str());
    return 1;
  }
  return 0;
}

}  // namespace newsgraph::cli

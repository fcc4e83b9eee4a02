// The `newsgraph` command: one binary, one subcommand per job.
#include <cstdio>
#include <cstring>

#include "cli/commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(int, char**);
  const char* summary;
};

const Command kCommands[] = {
    {"extract", newsgraph::cli::RunExtract, "print each document's article, entities and quotes as JSON Lines"},
    {"ingest", newsgraph::cli::RunIngest, "read pages (HTML, text, WARC, JSON Lines) into a database"},
    {"quotes", newsgraph::cli::RunQuotes, "who said what: stored quotes, filtered by speaker, topic, date, site"},
    {"search", newsgraph::cli::RunSearch, "full-text search over stored articles and quotes"},
    {"speakers", newsgraph::cli::RunSpeakers, "the most quoted speakers, with counts and roles"},
    {"entities", newsgraph::cli::RunEntities, "the most mentioned people, organisations and places"},
    {"export", newsgraph::cli::RunExport, "dump stored articles and quotes as JSON Lines or CSV"},
    {"eval", newsgraph::cli::RunEval, "score quotes and reported speech on the founding page against gold"},
};

void Usage(FILE* out) {
  fprintf(out, "usage: newsgraph COMMAND [ARGS...]\n\ncommands:\n");
  for (const Command& c : kCommands) fprintf(out, "  %-10s %s\n", c.name, c.summary);
  fprintf(out, "\n'newsgraph COMMAND --help' describes one command.\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    Usage(stderr);
    return 2;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    Usage(stdout);
    return 0;
  }
  for (const Command& c : kCommands) {
    if (!strcmp(argv[1], c.name)) return c.run(argc - 2, argv + 2);
  }
  fprintf(stderr, "newsgraph: unknown command '%s'\n", argv[1]);
  Usage(stderr);
  return 2;
}

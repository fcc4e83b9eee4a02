#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "store/ingest.h"

namespace newsgraph::cli {
namespace {

std::atomic<bool> g_stop{false};

// The first Ctrl-C stops reading and lets what was read be committed; a
// second one kills at once, which is safe too, only less tidy.
void OnInterrupt(int sig) {
  g_stop.store(true);
  signal(sig, SIG_DFL);
}

}  // namespace

int RunIngest(int argc, char** argv) {
  Args args(argc, argv, {"quiet", "verbatim", "help"}, {"db", "threads", "batch"});
  if (!args.error().empty() || args.Has("help") || args.positional().empty()) {
    if (!args.error().empty()) fprintf(stderr, "newsgraph ingest: %s\n", args.error().c_str());
    fprintf(stderr,
            "usage: newsgraph ingest PATH... [--db FILE] [--threads N] [--quiet] [--verbatim]\n"
            "  Reads HTML, text, WARC(.gz) and JSON Lines inputs, finds who said what and\n"
            "  stores it in FILE (default newsgraph.db). Pages already stored are skipped,\n"
            "  so an interrupted run can simply be started again.\n");
    return args.Has("help") ? 0 : 2;
  }
  store::IngestOptions options;
  options.db_path = args.Get("db", "newsgraph.db");
  options.input.verbatim = args.Has("verbatim");
  if (args.HasValue("threads")) {
    options.threads = atoi(args.Get("threads").c_str());
    if (options.threads < 1) {
      fprintf(stderr, "newsgraph ingest: --threads needs a positive number\n");
      return 2;
    }
  }
  if (args.HasValue("batch")) options.batch_size = std::max(1, atoi(args.Get("batch").c_str()));
  const bool quiet = args.Has("quiet");
  options.progress = !quiet && isatty(STDERR_FILENO);
  options.report_errors = !quiet;
  // A file-size limit (ulimit -f) must surface as a write error that rolls
  // back the batch, not as a signal that kills the process.
  signal(SIGXFSZ, SIG_IGN);
  options.stop = &g_stop;
  signal(SIGINT, OnInterrupt);
  signal(SIGTERM, OnInterrupt);

  store::IngestStats stats;
  std::string error;
  bool ok = store::Ingest(args.positional(), options, &stats, &error);
  if (!ok) fprintf(stderr, "newsgraph ingest: %s\n", error.c_str());
  if (ok && stats.interrupted) {
    fprintf(stderr, "newsgraph ingest: interrupted; what was read is committed, run the same command to go on\n");
  }
  if (!quiet || !ok) {
    double secs = stats.seconds > 0 ? stats.seconds : 1e-9;
    fprintf(stderr,
            "newsgraph ingest: %llu documents read, %llu new, %llu duplicates, %llu already stored, "
            "%llu failed; %.1f s, %.0f docs/s, %.1f MB/s\n",
            static_cast<unsigned long long>(stats.read), static_cast<unsigned long long>(stats.stored),
            static_cast<unsigned long long>(stats.duplicates), static_cast<unsigned long long>(stats.skipped),
            static_cast<unsigned long long>(stats.errors), stats.seconds, stats.read / secs,
            stats.bytes / secs / 1e6);
  }
  return ok ? (stats.interrupted ? 130 : 0) : 1;
}

}  // namespace newsgraph::cli

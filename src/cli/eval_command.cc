// `newsgraph eval`: scores the pipeline's quotes on the founding page against
// its hand-made gold files. Matching rules: docs/evaluation.md.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/pipeline.h"
#include "evaluation/predictions.h"
#include "evaluation/seed_eval.h"
#include "io/input.h"

namespace newsgraph::cli {
namespace {

constexpr char kUsage[] =
    "usage: newsgraph eval [--shared DIR] [--seed FILE] [--gold-quotes FILE]\n"
    "                      [--gold-reported FILE] [--json] [--min-quotes N] [--min-reported M]\n"
    "Runs the pipeline with verbatim input on the founding page and scores its quotes.\n"
    "DIR defaults to ../shared (or ../../shared when that is missing); the files default to\n"
    "DIR/seed/rfa-north-korea-party-congress.txt, DIR/gold/seed-quotes.jsonl and\n"
    "DIR/gold/seed-reported-speech.jsonl. Exits 1 when --min-quotes or --min-reported is\n"
    "given and fewer gold quotes (reported statements) got the correct speaker.\n";

std::string DefaultShared() {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory("../shared", ec) && fs::is_directory("../../shared", ec)) return "../../shared";
  return "../shared";
}

bool ParseCount(const Args& args, const char* name, long* out) {
  if (!args.HasValue(name)) return true;
  const std::string v = args.Get(name);
  char* end = nullptr;
  *out = strtol(v.c_str(), &end, 10);
  return !v.empty() && *end == '\0' && *out >= 0;
}

}  // namespace

int RunEval(int argc, char** argv) {
  Args args(argc, argv, {"json", "help"},
            {"shared", "seed", "gold-quotes", "gold-reported", "min-quotes", "min-reported"});
  long min_quotes = -1, min_reported = -1;
  const bool counts_ok =
      ParseCount(args, "min-quotes", &min_quotes) && ParseCount(args, "min-reported", &min_reported);
  if (!args.error().empty() || args.Has("help") || !args.positional().empty() || !counts_ok) {
    if (!args.error().empty()) fprintf(stderr, "newsgraph eval: %s\n", args.error().c_str());
    if (!counts_ok) fprintf(stderr, "newsgraph eval: --min-quotes/--min-reported take a count\n");
    fputs(kUsage, args.Has("help") ? stdout : stderr);
    return args.Has("help") ? 0 : 2;
  }
  const std::string shared = args.Get("shared", DefaultShared());
  const std::string seed = args.Get("seed", shared + "/seed/rfa-north-korea-party-congress.txt");
  const std::string gold_quotes = args.Get("gold-quotes", shared + "/gold/seed-quotes.jsonl");
  const std::string gold_reported =
      args.Get("gold-reported", shared + "/gold/seed-reported-speech.jsonl");

  std::vector<evaluation::GoldQuote> gold;
  std::vector<evaluation::GoldReported> reported;
  std::string error;
  if (!evaluation::LoadGoldQuotes(gold_quotes, &gold, &error) ||
      !evaluation::LoadGoldReported(gold_reported, &reported, &error)) {
    fprintf(stderr, "newsgraph eval: %s\n", error.c_str());
    return 1;
  }

  io::InputOptions options;
  options.verbatim = true;
  std::vector<Document> docs;
  io::ReadInputs({seed}, options, [&](Document&& doc) { docs.push_back(std::move(doc)); });
  if (docs.size() != 1 || !docs[0].ok()) {
    fprintf(stderr, "newsgraph eval: %s: %s\n", seed.c_str(),
            docs.empty() ? "no document read" : docs[0].error.c_str());
    return 1;
  }
  Document& doc = docs[0];
  const Pipeline pipeline;
  pipeline.Process(doc);
  if (!doc.ok()) {
    fprintf(stderr, "newsgraph eval: %s: %s\n", seed.c_str(), doc.error.c_str());
    return 1;
  }

  const auto text = evaluation::TokenizedText::FromUtf8(doc.text);
  const auto predicted = evaluation::PredictionsFromDocument(doc);
  const auto score = evaluation::ScoreSeed(text, gold, reported, predicted);
  const evaluation::SeedData data{text, gold, reported, predicted};
  if (args.Has("json")) {
    printf("%s\n", evaluation::SeedReportJson(score, data).dump(2).c_str());
  } else {
    printf("newsgraph eval: %s\n%s", seed.c_str(), evaluation::SeedReportText(score, data).c_str());
  }

  int status = 0;
  if (min_quotes >= 0 && score.speaker_correct < static_cast<size_t>(min_quotes)) {
    fprintf(stderr, "newsgraph eval: FAIL: %zu quotes with the correct speaker, need %ld\n",
            score.speaker_correct, min_quotes);
    status = 1;
  }
  if (min_reported >= 0 && score.reported_speaker_correct < static_cast<size_t>(min_reported)) {
    fprintf(stderr,
            "newsgraph eval: FAIL: %zu reported statements with the correct speaker, need %ld\n",
            score.reported_speaker_correct, min_reported);
    status = 1;
  }
  if (fflush(stdout) != 0) return 1;
  return status;
}

}  // namespace newsgraph::cli

// polnear_eval: scores the pipeline's quotes on PolNeAR articles prepared by
// scripts/polnear_prepare.py. Matching rules: docs/evaluation.md ("PolNeAR").
//
//   polnear_eval [--data DIR] [--split dev|train] [--json] [--dump FILE|-] [--limit N]
//                [--oracle | --baseline]
//
// --oracle scores the gold itself, turned into predictions (one quote per
// content segment, its mention the first source fragment): every figure must
// come out 1.000, which checks the scorer and the prepared data end to end.
// --baseline scores a naive reference system instead of the pipeline: every
// span between double quotation marks on one line is a direct quote, with no
// speaker. It is the floor a quote stage must clear.
//
// The test split is a sealed benchmark and is refused.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/pipeline.h"
#include "evaluation/attribution_eval.h"
#include "evaluation/predictions.h"
#include "io/input.h"

namespace {

using newsgraph::Document;
namespace ev = newsgraph::evaluation;

constexpr char kUsage[] =
    "usage: polnear_eval [--data DIR] [--split dev|train] [--json] [--dump FILE|-] [--limit N]\n"
    "                    [--oracle | --baseline]\n"
    "DIR (default dev-data/polnear, or ../dev-data/polnear when missing) is the output of\n"
    "scripts/polnear_prepare.py. --dump writes one line per error (missed, partly matched,\n"
    "boundary, wrong source, spurious) to FILE, '-' for standard output. --oracle scores the\n"
    "gold turned into predictions instead of the pipeline (a self-check: all figures 1.000);\n"
    "--baseline scores every span between double quotation marks as a speakerless quote.\n";

std::vector<ev::CpSpan> Spans(const nlohmann::json& j) {
  std::vector<ev::CpSpan> out;
  if (j.is_null()) return out;
  for (const auto& pair : j) out.push_back({pair.at(0).get<uint32_t>(), pair.at(1).get<uint32_t>()});
  return out;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::vector<ev::PredictedQuote> OraclePredictions(const ev::TokenizedText& text,
                                                  const std::vector<ev::GoldAttribution>& gold) {
  std::vector<ev::PredictedQuote> out;
  for (const auto& g : gold) {
    for (ev::CpSpan seg : ev::ContentSegments(text, g.content)) {
      ev::PredictedQuote q;
      q.content = text.Trim(seg);
      q.kind = ev::HasQuotationMark(text, g.content) ? "direct" : "indirect";
      if (!g.source.empty()) q.speaker_mention = g.source[0];
      out.push_back(q);
    }
  }
  return out;
}

std::vector<ev::PredictedQuote> QuoteMarkBaseline(const ev::TokenizedText& text) {
  std::vector<ev::PredictedQuote> out;
  const std::u32string& u = text.text();
  auto opens = [](char32_t c) { return c == U'"' || c == U'\u201C'; };
  auto closes = [](char32_t c) { return c == U'"' || c == U'\u201D'; };
  for (size_t i = 0; i < u.size(); ++i) {
    if (!opens(u[i])) continue;
    size_t j = i + 1;
    while (j < u.size() && !closes(u[j]) && u[j] != U'\n') ++j;
    if (j >= u.size() || u[j] == U'\n') continue;
    ev::PredictedQuote q;
    q.content = text.Trim({static_cast<uint32_t>(i + 1), static_cast<uint32_t>(j)});
    q.kind = "direct";
    out.push_back(q);
    i = j;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data, split = "dev", dump_path;
  bool json = false, oracle = false, baseline = false;
  long limit = -1;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        fprintf(stderr, "polnear_eval: %s needs a value\n%s", a.c_str(), kUsage);
        exit(2);
      }
      return argv[++i];
    };
    if (a == "--data") data = value();
    else if (a == "--split") split = value();
    else if (a == "--dump") dump_path = value();
    else if (a == "--limit") limit = strtol(value().c_str(), nullptr, 10);
    else if (a == "--json") json = true;
    else if (a == "--oracle") oracle = true;
    else if (a == "--baseline") baseline = true;
    else if (a == "--help" || a == "-h") { fputs(kUsage, stdout); return 0; }
    else { fprintf(stderr, "polnear_eval: unknown argument %s\n%s", a.c_str(), kUsage); return 2; }
  }
  if (split != "dev" && split != "train") {
    fprintf(stderr, "polnear_eval: split '%s' refused: only dev and train may be scored\n", split.c_str());
    return 2;
  }
  if (data.empty()) {
    std::error_code ec;
    data = std::filesystem::is_directory("dev-data/polnear", ec) ? "dev-data/polnear" : "../dev-data/polnear";
  }
  const std::string dir = data + "/" + split;
  std::ifstream index(dir + "/attributions.jsonl");
  if (!index) {
    fprintf(stderr, "polnear_eval: cannot open %s/attributions.jsonl (run scripts/polnear_prepare.py)\n",
            dir.c_str());
    return 1;
  }

  const newsgraph::Pipeline pipeline;
  ev::AttributionScorer scorer;
  std::string dump, line;
  size_t skipped = 0;
  long n = 0;
  while (std::getline(index, line) && (limit < 0 || n < limit)) {
    if (line.empty()) continue;
    ++n;
    const auto article = nlohmann::json::parse(line);
    const std::string id = article.at("id").get<std::string>();
    const std::string path = dir + "/" + article.at("text_file").get<std::string>();
    std::string raw;
    if (!ReadFile(path, &raw)) {
      fprintf(stderr, "polnear_eval: cannot read %s\n", path.c_str());
      return 1;
    }
    newsgraph::io::InputOptions options;
    options.verbatim = true;
    std::vector<Document> docs;
    newsgraph::io::ReadInputs({path}, options, [&](Document&& d) { docs.push_back(std::move(d)); });
    if (docs.size() != 1 || !docs[0].ok()) {
      fprintf(stderr, "polnear_eval: %s: not read\n", path.c_str());
      ++skipped;
      continue;
    }
    Document& doc = docs[0];
    pipeline.Process(doc);
    // Gold offsets index the file; scoring another text would be meaningless.
    if (!doc.ok() || doc.text != raw) {
      fprintf(stderr, "polnear_eval: %s: %s; skipped\n", id.c_str(),
              doc.ok() ? "verbatim text differs from the file" : doc.error.c_str());
      ++skipped;
      continue;
    }
    std::vector<ev::GoldAttribution> gold;
    for (const auto& a : article.at("attributions")) {
      gold.push_back({a.at("id").get<std::string>(), Spans(a.at("content")), Spans(a.at("source")),
                      a.contains("cue") ? Spans(a.at("cue")) : std::vector<ev::CpSpan>{}});
    }
    const auto text = ev::TokenizedText::FromUtf8(doc.text);
    const auto predicted = oracle     ? OraclePredictions(text, gold)
                           : baseline ? QuoteMarkBaseline(text)
                                      : ev::PredictionsFromDocument(doc);
    scorer.AddArticle(id, text, gold, predicted, dump_path.empty() ? nullptr : &dump);
  }

  if (json) {
    auto j = scorer.Json();
    j["split"] = split;
    j["skipped_articles"] = skipped;
    printf("%s\n", j.dump(2).c_str());
  } else {
    printf("PolNeAR %s: ", split.c_str());
    fputs(scorer.Text().c_str(), stdout);
    if (skipped) printf("skipped articles: %zu\n", skipped);
  }
  if (!dump_path.empty()) {
    if (dump_path == "-") {
      fputs(dump.c_str(), stdout);
    } else {
      std::ofstream(dump_path, std::ios::binary) << dump;
    }
  }
  return fflush(stdout) == 0 ? 0 : 1;
}

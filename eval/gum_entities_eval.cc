// gum_entities_eval: scores the nlp layer (entity mentions and their
// grouping into entities) against GUM's entity and coreference annotation.
// Rules: docs/evaluation.md ("Entities on GUM").
//
//   gum_entities_eval [--data DIR] [--split dev|test|train|all] [--json]
//                     [--dump FILE|-] [--dump-pronouns FILE|-] [--oracle] [--list-gold]
//
// Each document's text is rebuilt from its "# text =" lines and run through
// Segmenter and EntityRecognizer as Pipeline runs them (no extraction, no
// quotes). --oracle scores the gold turned into predictions: every figure
// must be 1.000, a self-check of the parser and scorer.
//
// It also scores the quotes stage's pronoun resolver (SpeakerFinder::
// ResolvePronoun) on GUM's coreference chains: docs/evaluation.md ("Pronouns
// on GUM"). --dump-pronouns writes one line per pronoun resolved wrongly or
// not at all.
//
// dev is the default and the split to tune on; test is for reporting only.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "evaluation/gum.h"
#include "nlp/entity_recognizer.h"
#include "quotes/speaker.h"
#include "text/segmenter.h"

namespace {

namespace fs = std::filesystem;
namespace gum = newsgraph::evaluation::gum;

constexpr char kUsage[] =
    "usage: gum_entities_eval [--data DIR] [--split dev|test|train|all] [--json] [--dump FILE|-]\n"
    "                         [--dump-pronouns FILE|-] [--oracle] [--list-gold]\n"
    "DIR (default ../shared/data/gum, or ../../shared/data/gum when missing) holds conllu/ and\n"
    "splits.md. The default split is dev; test is for reporting only, never for tuning.\n"
    "--dump writes one line per error (MISSED, SPURIOUS, BOUNDARY, CLASS, SPLIT, MERGED).\n"
    "--dump-pronouns writes one line per pronoun resolved wrongly (WRONG) or not at all (UNRESOLVED).\n"
    "--oracle scores the gold as predictions (a self-check: all figures 1.000).\n"
    "--list-gold prints the gold mentions scored (class, name span, GUM mention) and exits.\n";

bool ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data, split = "dev", dump_path, pronoun_dump_path;
  bool json = false, oracle = false, list_gold = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        fprintf(stderr, "gum_entities_eval: %s needs a value\n%s", a.c_str(), kUsage);
        exit(2);
      }
      return argv[++i];
    };
    if (a == "--data") data = value();
    else if (a == "--split") split = value();
    else if (a == "--dump") dump_path = value();
    else if (a == "--dump-pronouns") pronoun_dump_path = value();
    else if (a == "--json") json = true;
    else if (a == "--oracle") oracle = true;
    else if (a == "--list-gold") list_gold = true;
    else if (a == "--help" || a == "-h") { fputs(kUsage, stdout); return 0; }
    else { fprintf(stderr, "gum_entities_eval: unknown argument %s\n%s", a.c_str(), kUsage); return 2; }
  }
  if (split != "dev" && split != "test" && split != "train" && split != "all") {
    fprintf(stderr, "gum_entities_eval: unknown split '%s'\n%s", split.c_str(), kUsage);
    return 2;
  }
  if (split == "test" || split == "all") {
    fprintf(stderr, "gum_entities_eval: %s includes the test split: report it, never tune on it\n",
            split.c_str());
  }
  if (data.empty()) {
    std::error_code ec;
    data = fs::is_directory("../shared/data/gum", ec) ? "../shared/data/gum" : "../../shared/data/gum";
  }
  std::string splits_md;
  if (!ReadFile(fs::path(data) / "splits.md", &splits_md)) {
    fprintf(stderr, "gum_entities_eval: cannot read %s/splits.md\n", data.c_str());
    return 1;
  }
  const auto splits = gum::ParseSplits(splits_md);
  size_t listed = 0;
  for (const auto& [doc, s] : splits) listed += split == "all" ? s != "test2" : s == split;

  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(data) / "conllu", ec)) {
    if (e.path().extension() != ".conllu") continue;
    const auto it = splits.find(e.path().stem().string());
    const std::string s = it == splits.end() ? "" : it->second;
    if (split == "all" ? !s.empty() : s == split) files.push_back(e.path());
  }
  if (ec || files.empty()) {
    fprintf(stderr, "gum_entities_eval: no %s documents under %s/conllu\n", split.c_str(), data.c_str());
    return 1;
  }
  std::sort(files.begin(), files.end());

  const newsgraph::text::Segmenter segmenter;
  const newsgraph::nlp::EntityRecognizer recognizer;
  const newsgraph::quotes::QuoteLexicons quote_lexicons;
  gum::EntityScorer scorer;
  gum::PronounScorer pronoun_scorer;
  std::string dump, pronoun_dump;
  size_t unaligned = 0;
  for (const fs::path& path : files) {
    std::string conllu;
    if (!ReadFile(path, &conllu)) {
      fprintf(stderr, "gum_entities_eval: cannot read %s\n", path.c_str());
      return 1;
    }
    const gum::GumDocument g = gum::ParseConllu(conllu);
    unaligned += g.unaligned_words;
    const auto gold = gum::GoldMentions(g);
    if (list_gold) {
      for (const auto& m : gold) {
        const auto& src = g.mentions[m.source];
        const auto& w = g.words;
        printf("GOLD\t%s\t%s\t\"%s\"\tchain %d\t%s %s%s\t\"%s\"\n", g.id.c_str(),
               std::string(gum::ClassName(m.cls)).c_str(),
               g.text.substr(m.span.begin, m.span.size()).c_str(), m.chain, src.etype.c_str(),
               src.infstat.c_str(), m.named ? " named" : "",
               g.text.substr(w[src.first].span.begin, w[src.last].span.end - w[src.first].span.begin).c_str());
      }
      continue;
    }
    newsgraph::Document doc;
    doc.text = g.text;
    segmenter.Process(doc);
    recognizer.Process(doc);
    if (!doc.ok() || doc.text != g.text) {
      fprintf(stderr, "gum_entities_eval: %s: the text stage changed or rejected the text; skipped\n",
              g.id.c_str());
      continue;
    }
    const auto predicted = oracle ? gum::OracleMentions(gold) : gum::PredictedMentions(doc);
    scorer.AddDocument(g.id, g.text, g, gold, predicted, dump_path.empty() ? nullptr : &dump);
    const auto pronouns = gum::GoldPronouns(g);
    pronoun_scorer.AddDocument(g.id, doc, pronouns, gum::ResolvePronouns(quote_lexicons, doc, pronouns),
                               gum::BaselinePronouns(doc, pronouns),
                               pronoun_dump_path.empty() ? nullptr : &pronoun_dump);
  }

  if (list_gold) return 0;
  if (json) {
    auto j = scorer.Json();
    j["split"] = split;
    j["documents_listed"] = listed;
    j["unaligned_words"] = unaligned;
    j["pronouns"] = pronoun_scorer.Json();
    printf("%s\n", j.dump(2).c_str());
  } else {
    printf("GUM %s (%zu of %zu listed documents present): ", split.c_str(), files.size(), listed);
    fputs(scorer.Text().c_str(), stdout);
    fputs(pronoun_scorer.Text().c_str(), stdout);
    if (unaligned) printf("words not found in their sentence text: %zu\n", unaligned);
  }
  if (!dump_path.empty()) {
    if (dump_path == "-") {
      fputs(dump.c_str(), stdout);
    } else {
      std::ofstream(dump_path, std::ios::binary) << dump;
    }
  }
  if (!pronoun_dump_path.empty()) {
    if (pronoun_dump_path == "-") {
      fputs(pronoun_dump.c_str(), stdout);
    } else {
      std::ofstream(pronoun_dump_path, std::ios::binary) << pronoun_dump;
    }
  }
  return fflush(stdout) == 0 ? 0 : 1;
}

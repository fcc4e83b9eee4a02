// quotes_bench: speed of text -> entities + quotes on one thread.
//
//   quotes_bench [--gum DIR] [--examples DIR] [--min-mb N] [--rounds R]
//
// The corpus is the GUM documents (plain text rebuilt from each sentence's
// "# text =" line, paragraphs from "# newpar") plus the repository's
// examples/ (article bodies extracted once, before timing), repeated until it
// holds at least N MB (default 10). Each round builds fresh Documents whose
// text is set and runs Segmenter, EntityRecognizer and QuoteAttributor on them
// one after another; extraction is not timed. Prints each round with the time
// spent in each stage, and the median words/s and MB/s (words: runs of
// non-space bytes).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "html/extractor.h"
#include "io/input.h"
#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace fs = std::filesystem;

namespace {

// One GUM document as the plain text an article body would have.
std::string GumText(const fs::path& path) {
  std::ifstream in(path);
  std::string line, out, paragraph;
  auto flush = [&] {
    if (paragraph.empty()) return;
    if (!out.empty()) out += "\n\n";
    out += paragraph;
    paragraph.clear();
  };
  while (std::getline(in, line)) {
    if (line == "# newpar" || line.rfind("# newpar ", 0) == 0) {
      flush();
    } else if (line.rfind("# text = ", 0) == 0) {
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += line.substr(9);
    }
  }
  flush();
  return out;
}

std::vector<std::string> LoadCorpus(const std::string& gum, const std::string& examples) {
  std::vector<std::string> texts;
  std::error_code ec;
  if (fs::is_directory(gum, ec)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(gum)) {
      if (e.path().extension() == ".conllu") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) texts.push_back(GumText(f));
  } else {
    fprintf(stderr, "quotes_bench: no GUM folder at %s\n", gum.c_str());
  }
  if (fs::is_directory(examples, ec)) {
    const newsgraph::html::ArticleExtractor extractor;
    newsgraph::io::ReadInputs({examples}, {}, [&](newsgraph::Document&& doc) {
      extractor.Process(doc);
      if (doc.ok() && !doc.text.empty()) texts.push_back(doc.text);
    });
  }
  texts.erase(std::remove_if(texts.begin(), texts.end(), [](const std::string& t) { return t.empty(); }),
              texts.end());
  return texts;
}

size_t CountWords(const std::string& s) {
  size_t n = 0;
  bool in_word = false;
  for (unsigned char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  std::string gum = "../shared/data/gum/conllu", examples = "examples";
  double min_mb = 10;
  int rounds = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--gum") gum = argv[i + 1];
    else if (a == "--examples") examples = argv[i + 1];
    else if (a == "--min-mb") min_mb = atof(argv[i + 1]);
    else if (a == "--rounds") rounds = std::max(1, atoi(argv[i + 1]));
    else {
      fprintf(stderr, "usage: quotes_bench [--gum DIR] [--examples DIR] [--min-mb N] [--rounds R]\n");
      return 2;
    }
  }
  std::error_code ec;
  if (!fs::is_directory(gum, ec) && fs::is_directory("../../shared/data/gum/conllu", ec)) {
    gum = "../../shared/data/gum/conllu";
  }
  const std::vector<std::string> base = LoadCorpus(gum, examples);
  if (base.empty()) {
    fprintf(stderr, "quotes_bench: empty corpus\n");
    return 1;
  }
  size_t base_bytes = 0, base_words = 0;
  for (const auto& t : base) {
    base_bytes += t.size();
    base_words += CountWords(t);
  }
  const size_t copies = std::max<size_t>(1, static_cast<size_t>(min_mb * 1e6 / base_bytes + 0.999));
  const double bytes = double(base_bytes) * copies, words = double(base_words) * copies;
  printf("corpus: %zu documents x %zu copies = %.1f MB, %.0f words\n", base.size(), copies,
         bytes / 1e6, words);

  const newsgraph::text::Segmenter segmenter;
  const newsgraph::nlp::EntityRecognizer entities;
  const newsgraph::quotes::QuoteAttributor quotes;
  using Clock = std::chrono::steady_clock;
  auto since = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
  std::vector<double> seconds;
  size_t n_quotes = 0, n_mentions = 0;
  for (int r = 0; r < rounds; ++r) {
    n_quotes = n_mentions = 0;
    double stage[3] = {0, 0, 0};
    const auto start = Clock::now();
    for (size_t c = 0; c < copies; ++c) {
      for (const std::string& t : base) {
        newsgraph::Document doc;
        doc.source.verbatim = true;
        doc.text = t;
        auto t0 = Clock::now();
        segmenter.Process(doc);
        stage[0] += since(t0);
        t0 = Clock::now();
        entities.Process(doc);
        stage[1] += since(t0);
        t0 = Clock::now();
        quotes.Process(doc);
        stage[2] += since(t0);
        n_quotes += doc.quotes.size();
        n_mentions += doc.mentions.size();
      }
    }
    const double s = since(start);
    seconds.push_back(s);
    printf("round %d: %.3f s  %.0f words/s  %.1f MB/s  (segmenter %.3f s, entities %.3f s, quotes %.3f s)\n",
           r + 1, s, words / s, bytes / 1e6 / s, stage[0], stage[1], stage[2]);
  }
  std::sort(seconds.begin(), seconds.end());
  const double median = seconds[seconds.size() / 2];
  printf("median: %.0f words/s, %.1f MB/s (target >= 1,000,000 words/s); %zu mentions, %zu quotes per round\n",
         words / median, bytes / 1e6 / median, n_mentions, n_quotes);
  return 0;
}

// Scores HTML article extraction on the article-extraction-benchmark
// (../shared/data/article-extraction-benchmark, read in place) with the
// benchmark's published metric: word tokens (\w+, Unicode), multisets of
// 4-token shingles, per-page TP/FP/FN scaled to sum to one, precision and
// recall averaged over pages, F1 their harmonic mean.
//
// Usage: extraction_eval [benchmark_dir] [--worst N] [--dump DIR] [--only ID]

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/utf8.h"
#include "html/extractor.h"
#include "io/byte_stream.h"

namespace {

using newsgraph::Document;

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  // Python's \w: letters and anything with a numeric value.
  int8_t type = u_charType(static_cast<UChar32>(c));
  if (type == U_UPPERCASE_LETTER || type == U_LOWERCASE_LETTER || type == U_TITLECASE_LETTER ||
      type == U_MODIFIER_LETTER || type == U_OTHER_LETTER)
    return true;
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

std::vector<std::string> Tokenize(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = newsgraph::utf8::Next(s, &i);
    if (IsWordChar(c)) {
      cur.append(s, start, i - start);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::map<std::string, int> Shingles(const std::string& text) {
  std::vector<std::string> t = Tokenize(text);
  std::map<std::string, int> out;
  size_t n = t.size() >= 4 ? t.size() - 3 : (t.empty() ? 0 : 1);
  for (size_t i = 0; i < n; ++i) {
    std::string key;
    for (size_t k = i; k < std::min(t.size(), i + 4); ++k) {
      key += t[k];
      key += '\x1f';
    }
    ++out[key];
  }
  return out;
}

struct Score {
  double tp = 0, fp = 0, fn = 0;
};

Score Match(const std::string& truth, const std::string& pred) {
  auto a = Shingles(truth), b = Shingles(pred);
  Score s;
  for (const auto& [k, c] : a) {
    auto it = b.find(k);
    int p = it == b.end() ? 0 : it->second;
    s.tp += std::min(c, p);
    s.fn += std::max(0, c - p);
  }
  for (const auto& [k, c] : b) {
    auto it = a.find(k);
    int t = it == a.end() ? 0 : it->second;
    s.fp += std::max(0, c - t);
  }
  double sum = s.tp + s.fp + s.fn;
  if (sum > 0) s.tp /= sum, s.fp /= sum, s.fn /= sum;
  return s;
}

double Precision(const Score& s) {
  if (s.fp == 0 && s.fn == 0) return 1;
  if (s.tp == 0 && s.fp == 0) return 0;
  return s.tp / (s.tp + s.fp);
}

double Recall(const Score& s) {
  if (s.fp == 0 && s.fn == 0) return 1;
  if (s.tp == 0 && s.fn == 0) return 0;
  return s.tp / (s.tp + s.fn);
}

bool ReadGz(const std::string& path, std::string* out) {
  std::string error;
  auto f = newsgraph::io::OpenFile(path, &error);
  if (!f) return false;
  auto z = newsgraph::io::Gunzip(std::move(f));
  return newsgraph::io::ReadAll(z.get(), size_t{256} << 20, out, &error);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "../shared/data/article-extraction-benchmark";
  int worst = 15;
  std::string dump, only;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--worst" && i + 1 < argc) worst = std::atoi(argv[++i]);
    else if (a == "--dump" && i + 1 < argc) dump = argv[++i];
    else if (a == "--only" && i + 1 < argc) only = argv[++i];
    else dir = a;
  }
  std::ifstream gt_file(dir + "/ground-truth.json");
  if (!gt_file) {
    std::fprintf(stderr, "cannot read %s/ground-truth.json\n", dir.c_str());
    return 2;
  }
  nlohmann::json gt = nlohmann::json::parse(gt_file);
  struct Row {
    std::string id;
    Score s;
    double p, r;
  };
  std::vector<Row> rows;
  double psum = 0, rsum = 0;
  int pn = 0, rn = 0;
  newsgraph::html::ArticleExtractor extractor;
  for (auto& [id, item] : gt.items()) {
    if (!only.empty() && id.rfind(only, 0) != 0) continue;
    Document doc;
    doc.source.kind = newsgraph::InputKind::kHtml;
    doc.source.url = item.value("url", "");
    if (!ReadGz(dir + "/html/" + id + ".html.gz", &doc.source.raw)) {
      std::fprintf(stderr, "cannot read page %s\n", id.c_str());
      continue;
    }
    extractor.Process(doc);
    std::string truth = item.value("articleBody", "");
    Score s = Match(truth, doc.text);
    Row row{id, s, Precision(s), Recall(s)};
    if (s.tp + s.fp > 0) psum += row.p, ++pn;
    if (s.tp + s.fn > 0) rsum += row.r, ++rn;
    rows.push_back(row);
    if (!dump.empty()) {
      std::ofstream(dump + "/" + id.substr(0, 8) + ".txt") << doc.text;
      std::ofstream(dump + "/" + id.substr(0, 8) + ".truth.txt") << truth;
    }
  }
  double precision = pn ? psum / pn : 0, recall = rn ? rsum / rn : 0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return a.p + a.r < b.p + b.r; });
  std::printf("worst pages (precision recall id):\n");
  for (int i = 0; i < worst && i < static_cast<int>(rows.size()); ++i)
    std::printf("  %.3f %.3f %s\n", rows[i].p, rows[i].r, rows[i].id.substr(0, 12).c_str());
  std::printf("pages=%zu F1=%.4f precision=%.4f recall=%.4f\n", rows.size(), f1, precision, recall);
  return 0;
}

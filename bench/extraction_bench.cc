// Times HTML article extraction (decode + parse + content + metadata) over
// the article-extraction-benchmark pages in one process. Pages are read and
// decompressed before timing; each round runs every page once; the median
// round is reported as milliseconds per page.
//
// Usage: extraction_bench [benchmark_dir] [rounds]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/document.h"
#include "html/extractor.h"
#include "io/byte_stream.h"

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "../shared/data/article-extraction-benchmark";
  int rounds = argc > 2 ? std::atoi(argv[2]) : 7;
  std::vector<std::string> pages;
  std::vector<std::filesystem::path> paths;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir + "/html", ec))
    if (e.path().string().ends_with(".html.gz")) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  size_t bytes = 0;
  for (const auto& p : paths) {
    std::string error, raw;
    auto f = newsgraph::io::OpenFile(p.string(), &error);
    if (!f) continue;
    auto z = newsgraph::io::Gunzip(std::move(f));
    if (!newsgraph::io::ReadAll(z.get(), size_t{256} << 20, &raw, &error)) continue;
    bytes += raw.size();
    pages.push_back(std::move(raw));
  }
  if (pages.empty()) {
    std::fprintf(stderr, "no pages under %s/html\n", dir.c_str());
    return 2;
  }
  std::vector<double> per_page_ms;
  size_t sink = 0;  // keeps the work observable
  for (int r = 0; r < rounds; ++r) {
    std::vector<newsgraph::Document> docs(pages.size());
    for (size_t i = 0; i < pages.size(); ++i) {
      docs[i].source.kind = newsgraph::InputKind::kHtml;
      docs[i].source.raw = pages[i];
    }
    auto t0 = std::chrono::steady_clock::now();
    for (auto& d : docs) {
      newsgraph::html::ExtractHtmlPage(d);
      sink += d.text.size() + d.title.size();
    }
    auto t1 = std::chrono::steady_clock::now();
    per_page_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count() /
                          pages.size());
  }
  std::sort(per_page_ms.begin(), per_page_ms.end());
  double median = per_page_ms[per_page_ms.size() / 2];
  std::printf("newsgraph: %zu pages, %.1f MB, %d rounds, median %.3f ms/page (min %.3f), %.0f MB/s\n",
              pages.size(), bytes / 1e6, rounds, median, per_page_ms.front(),
              bytes / 1e6 / (median * pages.size() / 1000.0));
  std::printf("newsgraph_ms_per_page=%.4f\n", median);
  return sink == 0;
}

#include "io/jsonl_reader.h"

#include "io/jsonl_scan.h"

namespace newsgraph::io {

void ReadJsonl(const std::string& path, LineReader* in, const InputOptions& options, const DocumentSink& sink) {
  std::string line;
  uint64_t line_no = 0;
  auto error = [&](const std::string& url, const std::string& what) {
    Document doc;
    doc.source.path = path;
    doc.source.url = url;
    doc.source.kind = InputKind::kJsonl;
    doc.error = "JSON Lines line " + std::to_string(line_no) + ": " + what;
    sink(std::move(doc));
  };
  // The members read; which of them were present is told by `seen`.
  enum Field { kUrl, kHtml, kText, kFetchDate, kDate, kCrawlDate, kCharset, kFields };
  static constexpr std::string_view kNames[kFields] = {"url", "html", "text", "fetch_date", "date", "crawl_date",
                                                        "charset"};
  std::string values[kFields];
  bool seen[kFields];
  std::string parse_error;
  auto slot = [&](std::string_view name) -> std::string* {
    for (int f = 0; f < kFields; ++f) {
      if (name == kNames[f]) {
        seen[f] = true;
        return &values[f];
      }
    }
    return nullptr;
  };
  for (;;) {
    bool truncated = false;
    if (!in->ReadLine(&line, options.max_document_bytes, &truncated)) {
      if (in->AtGap()) {
        ++line_no;
        error("", "corrupt compressed data; lines were lost");
        in->CrossGap();
        continue;
      }
      if (!in->stream_error().empty()) error("", in->stream_error());
      return;
    }
    ++line_no;
    if (truncated) {
      line.clear();
      line.shrink_to_fit();
      error("", "line larger than the limit of " + std::to_string(options.max_document_bytes) + " bytes");
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    for (int f = 0; f < kFields; ++f) {
      seen[f] = false;
      values[f].clear();
    }
    if (!ScanJsonObject(line, slot, &parse_error)) {
      error(seen[kUrl] ? values[kUrl] : "", "not a valid JSON object (" + parse_error + ")");
      continue;
    }
    if (!seen[kHtml] && !seen[kText]) {
      error(values[kUrl], "needs an \"html\" or \"text\" string");
      continue;
    }
    Document doc;
    doc.source.path = path;
    doc.source.url = std::move(values[kUrl]);
    for (Field f : {kFetchDate, kDate, kCrawlDate}) {
      if (seen[f]) {
        doc.source.fetch_date = std::move(values[f]);
        break;
      }
    }
    doc.source.http_charset = std::move(values[kCharset]);
    doc.source.kind = seen[kHtml] ? InputKind::kHtml : InputKind::kText;
    doc.source.verbatim = !seen[kHtml] && options.verbatim;
    doc.source.raw = std::move(values[seen[kHtml] ? kHtml : kText]);
    sink(std::move(doc));
  }
}

}  // namespace newsgraph::io

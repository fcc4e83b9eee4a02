#include "io/jsonl_reader.h"

#include <nlohmann/json.hpp>

namespace newsgraph::io {
namespace {

const nlohmann::json* StringField(const nlohmann::json& obj, const char* name) {
  auto it = obj.find(name);
  return it != obj.end() && it->is_string() ? &*it : nullptr;
}

}  // namespace

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
    size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) continue;
    nlohmann::json obj = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (obj.is_discarded() || !obj.is_object()) {
      error("", "not a JSON object");
      continue;
    }
    const nlohmann::json* url = StringField(obj, "url");
    const nlohmann::json* html = StringField(obj, "html");
    const nlohmann::json* text = StringField(obj, "text");
    if (!html && !text) {
      error(url ? url->get<std::string>() : "", "needs an \"html\" or \"text\" string");
      continue;
    }
    Document doc;
    doc.source.path = path;
    if (url) doc.source.url = url->get<std::string>();
    for (const char* name : {"fetch_date", "date", "crawl_date"}) {
      if (const nlohmann::json* d = StringField(obj, name)) {
        doc.source.fetch_date = d->get<std::string>();
        break;
      }
    }
    if (const nlohmann::json* c = StringField(obj, "charset")) doc.source.http_charset = c->get<std::string>();
    doc.source.kind = html ? InputKind::kHtml : InputKind::kText;
    doc.source.verbatim = !html && options.verbatim;
    doc.source.raw = (html ? html : text)->get<std::string>();
    obj = nullptr;
    sink(std::move(doc));
  }
}

}  // namespace newsgraph::io

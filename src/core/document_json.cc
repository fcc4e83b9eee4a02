#include "core/document_json.h"

#include <vector>

#include "core/json.h"
#include "core/utf8.h"

namespace newsgraph {
namespace {

// Maps byte offsets of `text` to code-point offsets.
class CodePointIndex {
 public:
  explicit CodePointIndex(const std::string& text) {
    ascii_ = true;
    for (unsigned char c : text) {
      if (c >= 0x80) {
        ascii_ = false;
        break;
      }
    }
    if (ascii_) return;
    table_.resize(text.size() + 1);
    uint32_t cp = 0;
    size_t i = 0;
    while (i < text.size()) {
      size_t start = i;
      utf8::Next(text, &i);
      for (size_t k = start; k < i; ++k) table_[k] = cp;
      ++cp;
    }
    table_[text.size()] = cp;
  }
  uint32_t operator()(uint32_t byte) const {
    if (ascii_) return byte;
    return byte < table_.size() ? table_[byte] : table_.back();
  }

 private:
  bool ascii_;
  std::vector<uint32_t> table_;
};

void AppendSpan(const Document& doc, const CodePointIndex& cp, Span s, std::string* out) {
  *out += "{\"start\":" + std::to_string(cp(s.begin)) + ",\"end\":" + std::to_string(cp(s.end)) +
          ",\"text\":";
  json::AppendString(out, doc.Slice(s));
  out->push_back('}');
}

}  // namespace

void AppendDocumentJson(const Document& doc, std::string* out) {
  out->append("{\"path\":");
  json::AppendStringOrNull(out, doc.source.path);
  out->append(",\"url\":");
  json::AppendStringOrNull(out, doc.source.url.empty() ? doc.canonical_url : doc.source.url);
  if (!doc.ok()) {
    out->append(",\"error\":");
    json::AppendString(out, doc.error);
    out->push_back('}');
    return;
  }
  const CodePointIndex cp(doc.text);
  out->append(",\"title\":");
  json::AppendStringOrNull(out, doc.title);
  out->append(",\"published\":");
  json::AppendStringOrNull(out, doc.published);
  out->append(",\"authors\":[");
  for (size_t i = 0; i < doc.authors.size(); ++i) {
    if (i) out->push_back(',');
    json::AppendString(out, doc.authors[i]);
  }
  out->append("],\"site_name\":");
  json::AppendStringOrNull(out, doc.site_name);
  out->append(",\"original_source\":");
  json::AppendStringOrNull(out, doc.original_source);
  out->append(",\"language\":");
  json::AppendStringOrNull(out, doc.language);
  out->append(",\"canonical_url\":");
  json::AppendStringOrNull(out, doc.canonical_url);
  out->append(",\"text\":");
  json::AppendString(out, doc.text);

  out->append(",\"entities\":[");
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& entity = doc.entities[e];
    if (e) out->push_back(',');
    out->append("{\"id\":\"e" + std::to_string(e + 1) + "\",\"name\":");
    json::AppendString(out, entity.name);
    out->append(",\"type\":");
    json::AppendString(out, EntityTypeName(entity.type));
    out->append(",\"mentions\":[");
    for (size_t m = 0; m < entity.mentions.size(); ++m) {
      if (m) out->push_back(',');
      AppendSpan(doc, cp, doc.mentions[entity.mentions[m]].span, out);
    }
    out->append("]}");
  }
  out->append("],\"quotes\":[");
  for (size_t q = 0; q < doc.quotes.size(); ++q) {
    const Quote& quote = doc.quotes[q];
    if (q) out->push_back(',');
    out->append("{\"text\":");
    json::AppendString(out, doc.Slice(quote.content));
    out->append(",\"start\":" + std::to_string(cp(quote.content.begin)) +
                ",\"end\":" + std::to_string(cp(quote.content.end)) + ",\"kind\":");
    json::AppendString(out, QuoteKindName(quote.kind));
    out->append(",\"speaker\":");
    if (quote.speaker) json::AppendString(out, *quote.speaker); else out->append("null");
    out->append(",\"speaker_entity\":");
    if (quote.speaker_entity >= 0) {
      out->append("\"e" + std::to_string(quote.speaker_entity + 1) + "\"");
    } else {
      out->append("null");
    }
    out->append(",\"speaker_mention\":");
    if (quote.speaker_mention) AppendSpan(doc, cp, *quote.speaker_mention, out); else out->append("null");
    out->append(",\"cue\":");
    if (quote.cue) AppendSpan(doc, cp, *quote.cue, out); else out->append("null");
    out->append(",\"speaker_role\":");
    if (quote.speaker_role) json::AppendString(out, *quote.speaker_role); else out->append("null");
    out->append(",\"clause\":");
    if (quote.clause) AppendSpan(doc, cp, *quote.clause, out); else out->append("null");
    out->push_back('}');
  }
  out->append("]}");
}

}  // namespace newsgraph

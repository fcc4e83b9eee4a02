#include "html/charset.h"
#include "html/content.h"
#include "html/credit_lines.h"
#include "html/dom.h"
#include "html/extractor.h"
#include "html/metadata.h"
#include "html/text_util.h"

#include <string_view>
#include <vector>

namespace newsgraph::html {
namespace {

// The last visible text of the page (about `limit` bytes), where credit
// lines of syndicated copies sit when they are outside the article body.
std::string VisibleTail(const Dom& dom, size_t limit) {
  std::vector<std::string_view> parts;
  size_t size = 0;
  const auto& nodes = dom.nodes();
  for (size_t i = nodes.size(); i-- > 0 && size < limit;) {
    const Node& n = nodes[i];
    if (n.tag != Tag::kText) continue;
    Tag parent = nodes[n.parent].tag;
    if (parent == Tag::k_script || parent == Tag::k_style || parent == Tag::k_noscript ||
        parent == Tag::k_template || parent == Tag::k_title)
      continue;
    parts.push_back(dom.text(n));
    size += parts.back().size();
  }
  std::string out;
  for (size_t k = parts.size(); k-- > 0;) {
    out += parts[k];
    out += '\n';
  }
  return out;
}

// JSON-LD articleBody as paragraphs: some sites put markup in it, some
// plain lines; either way each line or block becomes a paragraph.
std::string PlainParagraphs(std::string_view body) {
  TextWriter w;
  if (body.find('<') != std::string_view::npos && body.find('>') != std::string_view::npos) {
    Dom dom = ParseHtml(body);
    for (const Node& n : dom.nodes()) {
      if (n.tag == Tag::kText) {
        std::string_view t = dom.text(n);
        size_t pos = 0;
        while (pos <= t.size()) {
          size_t e = t.find('\n', pos);
          if (e == std::string_view::npos) e = t.size();
          w.Append(t.substr(pos, e - pos));
          if (e < t.size()) w.Break();
          pos = e + 1;
        }
      } else if (IsBlockTag(n.tag)) {
        w.Break();
      }
    }
    return w.Finish();
  }
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t e = body.find('\n', pos);
    if (e == std::string_view::npos) e = body.size();
    w.Append(body.substr(pos, e - pos));
    w.Break();
    pos = e + 1;
  }
  return w.Finish();
}

// Credit lines at either end of the body ("Reported by A for X. Written in
// English by B.", a lone agency name) are metadata: their people become
// authors, an agency the original source, and the lines leave the text.
std::string TakeCreditLines(std::string text, std::vector<std::string>* authors, std::string* source) {
  std::vector<std::string_view> paras;
  for (size_t pos = 0; pos <= text.size();) {
    size_t e = text.find("\n\n", pos);
    if (e == std::string::npos) e = text.size();
    paras.push_back(std::string_view(text).substr(pos, e - pos));
    pos = e + 2;
  }
  // Only the first two and last three paragraphs can be credits.
  std::vector<char> drop(paras.size());
  bool any = false;
  for (size_t k = 0; k < paras.size(); ++k) {
    if (paras[k].empty()) {
      drop[k] = any = true;
      continue;
    }
    bool edge = k < 2 || k + 3 >= paras.size();
    if (!edge || paras[k].size() >= 300) continue;
    if (ParseCreditLine(paras[k], authors)) {
      drop[k] = any = true;
      continue;
    }
    std::string agency = AgencyLine(paras[k]);
    if (!agency.empty()) {
      if (source->empty()) *source = agency;
      drop[k] = any = true;
    }
  }
  // Most pages have no credit line: keep the text without copying it.
  if (!any) return text;
  std::string out;
  out.reserve(text.size());
  for (size_t k = 0; k < paras.size(); ++k) {
    if (drop[k]) continue;
    if (!out.empty()) out += "\n\n";
    out += paras[k];
  }
  return out;
}

}  // namespace

void ExtractHtmlPage(Document& doc) {
  std::string storage;
  std::string_view html = DecodePageView(doc.source.raw, doc.source.http_charset, &storage);
  // The page outlives the tree here, so the tree points into it.
  ParseOptions parse;
  parse.borrow_input = true;
  Dom dom = ParseHtml(html, parse);
  PageMetadata meta = ReadMetadata(dom, doc.source.url);
  ContentOptions options;
  options.title = meta.title;
  ContentResult content = ExtractContent(dom, options);
  // Some pages ship the whole article in JSON-LD but show only part of it
  // (paywalls, "continue reading" buttons); then the JSON-LD copy is better.
  if (!meta.json_ld_body.empty() &&
      CountChars(meta.json_ld_body) > 2 * CountChars(content.text) + 200) {
    content.text = PlainParagraphs(meta.json_ld_body);
  }
  std::vector<std::string> credited;
  content.text = TakeCreditLines(std::move(content.text), &credited, &meta.original_source);
  if (meta.authors.empty()) meta.authors = credited;
  ReadMetadataFromText(content.bylines, content.text, VisibleTail(dom, 4000), &meta);
  if (SameOrganization(meta.original_source, meta.site_name)) meta.original_source.clear();
  // The source credited in a byline ("By Jane Roe, CNN") is not an author.
  std::erase_if(meta.authors, [&](const std::string& a) {
    return !meta.original_source.empty() && SameOrganization(a, meta.original_source);
  });
  doc.text = std::move(content.text);
  doc.title = std::move(meta.title);
  doc.published = std::move(meta.published);
  doc.authors = std::move(meta.authors);
  doc.site_name = std::move(meta.site_name);
  doc.language = std::move(meta.language);
  doc.canonical_url = std::move(meta.canonical_url);
  doc.original_source = std::move(meta.original_source);
}

}  // namespace newsgraph::html

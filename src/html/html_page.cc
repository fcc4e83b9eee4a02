#include "html/charset.h"
#include "html/content.h"
#include "html/dom.h"
#include "html/extractor.h"
#include "html/metadata.h"
#include "html/text_util.h"

namespace newsgraph::html {
namespace {

// Visible text of the whole page, for credit lines that sit outside the
// article body (page footers of syndicated copies).
std::string VisibleText(const Dom& dom) {
  std::string out;
  const auto& nodes = dom.nodes();
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    if (n.tag == Tag::k_script || n.tag == Tag::k_style || n.tag == Tag::k_noscript ||
        n.tag == Tag::k_template || n.tag == Tag::k_head || n.tag == Tag::k_svg) {
      i = n.end - 1;
      continue;
    }
    if (n.tag == Tag::kText) {
      out += dom.text(n);
      out += '\n';
    }
  }
  return out;
}

}  // namespace

void ExtractHtmlPage(Document& doc) {
  std::string html = DecodePage(doc.source.raw, doc.source.http_charset);
  Dom dom = ParseHtml(html);
  PageMetadata meta = ReadMetadata(dom, doc.source.url);
  ContentOptions options;
  options.title = meta.title;
  ContentResult content = ExtractContent(dom, options);
  // Some pages ship the whole article in JSON-LD but show only part of it
  // (paywalls, "continue reading" buttons); then the JSON-LD copy is better.
  if (!meta.json_ld_body.empty() &&
      CountChars(meta.json_ld_body) > 2 * CountChars(content.text) + 200) {
    content.text = CollapseWhitespace(meta.json_ld_body);
  }
  ReadMetadataFromText(content.bylines, content.text, VisibleText(dom), &meta);
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

#include "html/extractor.h"

namespace newsgraph::html {

void ArticleExtractor::Process(Document& doc) const {
  if (!doc.ok()) return;
  switch (doc.source.kind) {
    case InputKind::kHtml: ExtractHtmlPage(doc); break;
    case InputKind::kText: ExtractPlainTextPage(doc); break;
    default: doc.error = "no extractor for this kind of input"; break;
  }
}

}  // namespace newsgraph::html

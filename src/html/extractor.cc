#include "html/extractor.h"

#include "core/language.h"

namespace newsgraph::html {

void ArticleExtractor::Process(Document& doc) const {
  if (!doc.ok()) return;
  switch (doc.source.kind) {
    case InputKind::kHtml: ExtractHtmlPage(doc); break;
    case InputKind::kText: ExtractPlainTextPage(doc); break;
    default: doc.error = "no extractor for this kind of input"; return;
  }
  // Markup often says nothing of the language; the words always do.
  if (doc.ok() && doc.language.empty()) doc.language = GuessLanguage(doc.text);
}

}  // namespace newsgraph::html

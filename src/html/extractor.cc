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
  // Markup often says nothing of the language, and a site's template may say
  // the wrong one (an English article under a German edition's `lang="de"`);
  // the words tell, so a clear guess from them wins, where the guesser knows
  // the markup's language at all (it reads no Japanese: a Japanese page with
  // "Kindle for PC" in it stays Japanese).
  if (!doc.ok() || !(doc.language.empty() || CanGuessLanguage(doc.language))) return;
  std::string guess = GuessLanguage(doc.text);
  if (!guess.empty()) doc.language = std::move(guess);
}

}  // namespace newsgraph::html

#ifndef NEWSGRAPH_HTML_EXTRACTOR_H_
#define NEWSGRAPH_HTML_EXTRACTOR_H_

#include "core/document.h"

namespace newsgraph::html {

// The extraction stage. Reads doc.source and writes the html layer: `text`
// (the article body, valid UTF-8, paragraphs separated by a blank line) and
// the metadata fields. HTML pages go through main-content extraction; plain
// text pages through line-based boilerplate removal, or, with
// source.verbatim, are kept exactly as given while metadata is still read.
class ArticleExtractor {
 public:
  void Process(Document& doc) const;
};

// HTML main-content extraction (html_page.cc).
void ExtractHtmlPage(Document& doc);

// Plain-text pages such as a crawler's text dump (plain_text_page.cc).
void ExtractPlainTextPage(Document& doc);

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_EXTRACTOR_H_

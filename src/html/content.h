#ifndef NEWSGRAPH_HTML_CONTENT_H_
#define NEWSGRAPH_HTML_CONTENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"

namespace newsgraph::html {

struct ContentOptions {
  // A heading equal to the title is dropped from the body (it is metadata).
  std::string title;
};

struct ContentResult {
  std::string text;                  // paragraphs separated by "\n\n"
  std::vector<std::string> bylines;  // text of byline elements removed from the body
  uint32_t root = Node::kNone;       // the element chosen as the article
};

// Finds the main article of a page and renders it as text. Works on any page
// without site-specific rules: elements are scored from their paragraphs'
// text length and commas, their link density and generic class/id words
// (article, content, story vs nav, comment, share, related, ...); the best
// element and its related siblings are kept, and inside them link-heavy or
// boilerplate blocks (share bars, related links, captions, ads, forms) are
// dropped. Headings, lists, block quotes and preformatted text in the body
// are kept. Output is valid UTF-8 when the DOM's text is; whitespace inside
// a paragraph is collapsed to single spaces.
ContentResult ExtractContent(const Dom& dom, const ContentOptions& options);

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_CONTENT_H_

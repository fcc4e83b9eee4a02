#ifndef NEWSGRAPH_QUOTES_MARKS_H_
#define NEWSGRAPH_QUOTES_MARKS_H_

#include <vector>

#include "core/document.h"

namespace newsgraph::quotes {

// One run of quoted text inside one paragraph.
struct Quotation {
  Span open;             // the opening mark
  Span close;            // the closing mark; empty when the quote runs on
                         // into the next paragraph
  Span content;          // between the marks, trimmed, without a trailing comma
  uint32_t paragraph = 0;
  bool continues = false;   // open at paragraph end; the next paragraph reopens
  bool continued = false;   // this piece continues the previous paragraph's
};

// Pairs quotation marks paragraph by paragraph: double marks (straight,
// curly, guillemets) first, then single marks outside them, telling
// apostrophes ("don't", "Workers' Party") from quotes by their neighbours.
// Single marks inside a double-quoted run are nested quotes and are not
// returned. A mark left open at a paragraph's end pairs with nothing, unless
// the next paragraph opens with a mark (a quote running over paragraphs);
// marks never pair across paragraphs otherwise. Paragraphs for which
// `skip[p]` is true are left out. Returned in text order.
std::vector<Quotation> FindQuotations(const Document& doc, const std::vector<bool>& skip);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_MARKS_H_

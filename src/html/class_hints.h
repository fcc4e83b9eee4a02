#ifndef NEWSGRAPH_HTML_CLASS_HINTS_H_
#define NEWSGRAPH_HTML_CLASS_HINTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"

namespace newsgraph::html {

// What an element's class, id, role and itemprop say about it, read from
// generic words only ("article", "content", "comment", "share", ...), never
// from any site's names.
struct ClassHints {
  int weight = 0;                   // +25 per content word in class/id, -25 per boilerplate word
  bool unlikely = false;            // looks like page furniture (menus, sidebars, footers)
  bool always_boilerplate = false;  // comments, share bars, newsletter and cookie boxes
  bool byline = false;              // the author line
  bool caption = false;             // a caption or photo credit
  bool dateline = false;            // a publication date or time stamp
  bool comments = false;            // reader comments (prose, but never the article)
};

ClassHints HintsFor(const Dom& dom, const Node& n);

// The same in two steps, for callers that cache by class value: what the
// words of one class or id value say (opaque bits), then the hints from
// the class and id bits and the role, itemprop and rel values.
uint16_t ClassWordBits(std::string_view value);
// False when no word of the class value belongs to a utility class that
// hides an element ("hidden", "d-none", "sr-only", ...): a cheap screen.
bool MayHideElement(uint16_t class_bits);
ClassHints CombineHints(uint16_t class_bits, uint16_t id_bits, std::string_view role,
                        std::string_view itemprop, std::string_view rel);

// Splits "articleBody main-content__text" into lower-case words
// {"article", "body", "main", "content", "text"}.
void SplitClassWords(std::string_view s, std::vector<std::string>* words);

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_CLASS_HINTS_H_

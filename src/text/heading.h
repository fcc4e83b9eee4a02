#ifndef NEWSGRAPH_TEXT_HEADING_H_
#define NEWSGRAPH_TEXT_HEADING_H_

#include <cstdint>

#include "core/document.h"

namespace newsgraph::text {

// True when paragraph `p` reads as a heading, banner or menu line rather than
// prose: it ends without sentence punctuation and most of its words are
// capitalised ("North Korean Leader Tells Party Congress ..."), or it is one
// or two words long. Needs the text layer.
bool LooksLikeHeading(const Document& doc, uint32_t p);

// True when paragraph `p` ends without a sentence's closing punctuation, as a
// headline in sentence case does ("Bus driver hailed as hero after brakes
// fail"), and another paragraph follows it.
bool EndsWithoutStop(const Document& doc, uint32_t p);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_HEADING_H_

#ifndef NEWSGRAPH_TEXT_SEGMENTER_H_
#define NEWSGRAPH_TEXT_SEGMENTER_H_

#include "core/document.h"

namespace newsgraph::text {

// The text stage: splits doc.text into paragraphs, tokens and sentences.
class Segmenter {
 public:
  Segmenter();
  void Process(Document& doc) const;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SEGMENTER_H_

#ifndef NEWSGRAPH_CORE_PIPELINE_H_
#define NEWSGRAPH_CORE_PIPELINE_H_

#include "core/document.h"
#include "html/extractor.h"
#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace newsgraph {

// The fixed line of stages a document goes through. Building one loads the
// lexicons once; Process is const and safe to call from many threads.
class Pipeline {
 public:
  void Process(Document& doc) const {
    extractor_.Process(doc);
    segmenter_.Process(doc);
    entities_.Process(doc);
    quotes_.Process(doc);
  }

 private:
  html::ArticleExtractor extractor_;
  text::Segmenter segmenter_;
  nlp::EntityRecognizer entities_;
  quotes::QuoteAttributor quotes_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_PIPELINE_H_

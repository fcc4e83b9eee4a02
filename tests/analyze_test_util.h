#ifndef NEWSGRAPH_TESTS_ANALYZE_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_ANALYZE_TEST_UTIL_H_

#include <string>

#include "core/document.h"
#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace newsgraph::testing_util {

// Runs the text, nlp and quotes stages on `text` taken as an article body
// (no extraction), as the pipeline would, and returns the document.
inline Document Analyze(const std::string& text) {
  static const text::Segmenter segmenter;
  static const nlp::EntityRecognizer recognizer;
  static const quotes::QuoteAttributor attributor;
  Document doc;
  doc.text = text;
  segmenter.Process(doc);
  recognizer.Process(doc);
  attributor.Process(doc);
  return doc;
}

}  // namespace newsgraph::testing_util

#endif  // NEWSGRAPH_TESTS_ANALYZE_TEST_UTIL_H_

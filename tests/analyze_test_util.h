#ifndef NEWSGRAPH_TESTS_ANALYZE_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_ANALYZE_TEST_UTIL_H_

#include <string>

#include "core/document.h"
#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace newsgraph::testing_util {

// Runs only the text and nlp stages: entities and mentions, no quotes.
inline Document Entities(const std::string& text) {
  static const text::Segmenter segmenter;
  static const nlp::EntityRecognizer recognizer;
  Document doc;
  doc.text = text;
  segmenter.Process(doc);
  recognizer.Process(doc);
  return doc;
}

// Runs the text, nlp and quotes stages on `text` taken as an article body
// (no extraction), as the pipeline would, and returns the document.
inline Document Analyze(const std::string& text) {
  static const quotes::QuoteAttributor attributor;
  Document doc = Entities(text);
  attributor.Process(doc);
  return doc;
}

// The entity named `name` in `doc`, or nullptr.
inline const Entity* FindEntity(const Document& doc, const std::string& name) {
  for (const Entity& e : doc.entities) if (e.name == name) return &e;
  return nullptr;
}

// The type of the entity named `name` in `text` after the nlp stage;
// kOther when there is none.
inline EntityType TypeOf(const std::string& text, const std::string& name) {
  const Document doc = Entities(text);
  const Entity* e = FindEntity(doc, name);
  return e ? e->type : EntityType::kOther;
}

}  // namespace newsgraph::testing_util

#endif  // NEWSGRAPH_TESTS_ANALYZE_TEST_UTIL_H_

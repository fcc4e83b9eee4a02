#ifndef NEWSGRAPH_TESTS_ANALYZE_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_ANALYZE_TEST_UTIL_H_

#include <optional>
#include <string>
#include <vector>

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

// One statement of the quotes layer as plain strings, "<null>" for what is
// absent, so tests compare words rather than offsets.
struct Got {
  std::string text, kind, speaker, role, cue, mention, clause;
};

// The statements found in `text` (all kinds, or only `indirect` ones).
inline std::vector<Got> Statements(const std::string& text, bool indirect_only = false) {
  const Document doc = Analyze(text);
  auto slice = [&](const std::optional<Span>& s) { return s ? std::string(doc.Slice(*s)) : std::string("<null>"); };
  std::vector<Got> out;
  for (const Quote& q : doc.quotes) {
    if (indirect_only && q.kind != QuoteKind::kIndirect) continue;
    out.push_back({std::string(doc.Slice(q.content)), std::string(QuoteKindName(q.kind)), q.speaker.value_or("<null>"),
                   q.speaker_role.value_or("<null>"), slice(q.cue), slice(q.speaker_mention), slice(q.clause)});
  }
  return out;
}

}  // namespace newsgraph::testing_util

#endif  // NEWSGRAPH_TESTS_ANALYZE_TEST_UTIL_H_

#ifndef NEWSGRAPH_NLP_ENTITY_RECOGNIZER_H_
#define NEWSGRAPH_NLP_ENTITY_RECOGNIZER_H_

#include "core/document.h"

namespace newsgraph::nlp {

// The nlp stage: finds mentions of people, organisations, places and dates
// and groups them into entities within the article (aliases and surnames
// resolved to the fullest name).
class EntityRecognizer {
 public:
  EntityRecognizer();
  void Process(Document& doc) const;
};

}  // namespace newsgraph::nlp

#endif  // NEWSGRAPH_NLP_ENTITY_RECOGNIZER_H_

#include "nlp/entity_recognizer.h"

namespace newsgraph::nlp {

EntityRecognizer::EntityRecognizer() = default;

void EntityRecognizer::Process(Document& doc) const {}

}  // namespace newsgraph::nlp

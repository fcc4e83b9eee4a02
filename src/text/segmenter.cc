#include "text/segmenter.h"

namespace newsgraph::text {

Segmenter::Segmenter() = default;

void Segmenter::Process(Document& doc) const {}

}  // namespace newsgraph::text

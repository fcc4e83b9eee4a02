#ifndef NEWSGRAPH_EVALUATION_PREDICTIONS_H_
#define NEWSGRAPH_EVALUATION_PREDICTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "evaluation/spans.h"

namespace newsgraph::evaluation {

// One quote of the system under test, in code points of the document text.
struct PredictedQuote {
  CpSpan content;
  std::string kind;                        // "direct", "partial", "indirect"
  std::optional<std::string> speaker;
  std::optional<CpSpan> speaker_mention;
  std::optional<std::string> cue;          // the cue's text
  std::optional<std::string> speaker_role;
  std::optional<CpSpan> clause;            // the reported clause around a partial quote
};

// The quotes layer of `doc`, converted from byte spans to code points, in the
// document's order.
std::vector<PredictedQuote> PredictionsFromDocument(const Document& doc);

}  // namespace newsgraph::evaluation

#endif  // NEWSGRAPH_EVALUATION_PREDICTIONS_H_

#include "evaluation/predictions.h"

namespace newsgraph::evaluation {

std::vector<PredictedQuote> PredictionsFromDocument(const Document& doc) {
  std::vector<PredictedQuote> out;
  const ByteToCodePoint cp(doc.text);
  auto convert = [&](Span s) { return CpSpan{cp(s.begin), cp(s.end)}; };
  for (const Quote& q : doc.quotes) {
    PredictedQuote p;
    p.content = convert(q.content);
    p.kind = std::string(QuoteKindName(q.kind));
    p.speaker = q.speaker;
    if (q.speaker_mention) p.speaker_mention = convert(*q.speaker_mention);
    if (q.cue) p.cue = std::string(doc.Slice(*q.cue));
    p.speaker_role = q.speaker_role;
    if (q.clause) p.clause = convert(*q.clause);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace newsgraph::evaluation

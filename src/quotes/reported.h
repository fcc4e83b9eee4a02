#ifndef NEWSGRAPH_QUOTES_REPORTED_H_
#define NEWSGRAPH_QUOTES_REPORTED_H_

#include <vector>

#include "core/document.h"
#include "quotes/speaker.h"

namespace newsgraph::quotes {

// A statement found by the quotes stage, before roles are settled.
struct Found {
  Quote quote;
  bool role_is_title = false;
  bool continues = false;  // a quote running on into the next paragraph
  bool nested = false;     // a report inside another report's words ("X said ..., the agency reported")
  bool tail = false;       // a lower-case quote closing a report after its comma ("..., "out of habit."")
  bool as_written = false;  // a long quote's speaker taken as written after it ("..., the hawker said"), to be named
  std::optional<Span> shared_cue;  // the cue of the neighbouring quote whose speaker this one took
};

// Reported speech without quotation marks, one statement at most per
// sentence: "X said (that) CLAUSE", "X told Y that CLAUSE", "CLAUSE, X said",
// "CLAUSE, said X, ROLE", "According to X, CLAUSE", "CLAUSE, according to X",
// and "X of ORG that CLAUSE" with the verb left out. The subject must open
// its clause, so "remarks that experts said reveal" is not a report. A
// clause holding a partial quote is reported whole here; the caller folds
// it into the partial quote (`Quote::clause`), so one statement remains. A
// clause opening inside quotation marks is not reported.
// Sentences in headings are skipped.
void FindReportedSpeech(const SpeakerFinder& f, const std::vector<bool>& heading, std::vector<Found>* out);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_REPORTED_H_

#ifndef NEWSGRAPH_QUOTES_ATTRIBUTOR_H_
#define NEWSGRAPH_QUOTES_ATTRIBUTOR_H_

#include "core/document.h"

namespace newsgraph::quotes {

// The quotes stage: finds direct and partial quotations and reported speech,
// and attributes each to its speaker, cue and role.
class QuoteAttributor {
 public:
  QuoteAttributor();
  void Process(Document& doc) const;
};

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_ATTRIBUTOR_H_

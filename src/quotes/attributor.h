#ifndef NEWSGRAPH_QUOTES_ATTRIBUTOR_H_
#define NEWSGRAPH_QUOTES_ATTRIBUTOR_H_

#include <memory>

#include "core/document.h"

namespace newsgraph::quotes {

struct QuoteLexicons;

// The quotes stage: finds direct and partial quotations and reported speech,
// and attributes each to its speaker, cue and role. See docs/quotes.md.
//
// Promises: quotes come sorted by content start; a quotation inside another
// is never a quote of its own; a quoted phrase with no speech cue in its
// sentence (a title, a nickname, scare quotes) is dropped; reported speech
// is only reported for sentences without quotation marks; `speaker` is a
// full name from the nlp layer (pronouns and surnames resolved), an unnamed
// description, or null.
class QuoteAttributor {
 public:
  QuoteAttributor();
  ~QuoteAttributor();
  void Process(Document& doc) const;

 private:
  std::unique_ptr<QuoteLexicons> lex_;
};

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_ATTRIBUTOR_H_

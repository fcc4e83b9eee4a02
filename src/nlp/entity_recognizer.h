#ifndef NEWSGRAPH_NLP_ENTITY_RECOGNIZER_H_
#define NEWSGRAPH_NLP_ENTITY_RECOGNIZER_H_

#include <memory>

#include "core/document.h"

namespace newsgraph::nlp {

// The nlp stage: finds mentions of people, organisations, places, groups
// (NORP) and dates, and groups them into entities within the article.
//
// Rules over runs of capitalised tokens, with lexicons from data/lexicons:
// a run is a PERSON when it holds a known given name or family name (or a
// title precedes it, or a speech verb follows it), an ORG when it ends with
// an organisation word ("Foundation") or is an acronym, a GPE/LOC/NORP when
// the lexicons list it. Persons are grouped by full name, so "Kim Jong Un"
// and "Kim Yo Jong" stay apart; a lone name part ("Kim", "Trump") joins the
// person whose first or last name it is, preferring the one mentioned most
// so far, and never creates a merge between two full names. Titles before a
// name are kept out of the name and recorded in Mention::title.
class EntityRecognizer {
 public:
  EntityRecognizer();
  ~EntityRecognizer();
  void Process(Document& doc) const;

  struct Lexicons;  // the word lists, loaded once

 private:
  std::unique_ptr<Lexicons> lex_;
};

}  // namespace newsgraph::nlp

#endif  // NEWSGRAPH_NLP_ENTITY_RECOGNIZER_H_

#ifndef NEWSGRAPH_TEXT_SEGMENTER_H_
#define NEWSGRAPH_TEXT_SEGMENTER_H_

#include <memory>

#include "core/document.h"

namespace newsgraph::text {

// The text stage: splits doc.text into paragraphs (runs of lines between
// blank lines), tokens and sentences, in one pass over the bytes.
//
// Tokens: words (letters and digits, with inner hyphens, apostrophes and the
// dots of "U.S."), the possessive "'s" as its own token, and one token per
// punctuation mark ("..." and "--" are one token each). A word keeps its
// trailing period when it is an abbreviation ("Gen.", "Jan.", "D-Mass."),
// an initial ("J.") or dotted ("U.S.").
//
// Sentences never cross paragraphs. A sentence ends after . ! ? or an
// ellipsis (with any closing quotes and brackets) when the next token starts
// a sentence (capital, digit, opening quote); an ellipsis or abbreviation
// ends one only when a capitalised function word follows ("U.S. The").
class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  void Process(Document& doc) const;

 private:
  struct Lexicons;
  std::unique_ptr<Lexicons> lex_;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SEGMENTER_H_

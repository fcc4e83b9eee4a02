#ifndef NEWSGRAPH_QUOTES_CLAUSE_H_
#define NEWSGRAPH_QUOTES_CLAUSE_H_

// The reported clause around a partial quote whose report the reported-speech
// pass did not find (its subject was too hard to read, or its cue only names:
// "called the ruling a "huge win"", "described X as "Y""). Internal to the
// quotes stage.

#include <vector>

#include "quotes/reported.h"
#include "quotes/speaker.h"

namespace newsgraph::quotes {

// Gives every partial quote in `found` that has no `clause` yet, and whose
// cue stands before it in the same sentence, the clause from after the cue
// (from its "that" when one follows the cue) to the first clause break
// outside quotation marks after the sentence's last partial quote: a comma,
// semicolon, colon, dash, bracket, "while" / "after" / "before" / "when", or
// the sentence's end. A partial quote whose cue comes after it ("The summit
// did "too little," he added") takes the words from the clause start to the
// comma before its attribution. Linear in the number of tokens.
void FillClauses(const SpeakerFinder& f, std::vector<Found>* found);

// Gives a quote not attributed after itself, whose closing mark the
// writer's words follow to the sentence's end with no attribution, quote or
// clause break of their own (""... is a perfect example of adapting'' to the
// changing economics of golf."), the clause from the quote to that end; the
// quote becomes partial.
void ExtendQuotesOverTrailingWords(const SpeakerFinder& f, std::vector<Found>* found);

// Moves the start of each partial quote's clause that opens right after its
// cue past words that belong to the cue or to the writer: a preposition the
// cue takes ("warned of", "boasted about", "calling for", "referred to"), and
// a recipient or adjunct before a "that" ("told MSNBC's "Morning Joe" on
// Friday that ...", "said in Madison, Wisconsin, that ...", "said instead
// that ..."). The clause never starts after its quote.
void TrimClauseStarts(const SpeakerFinder& f, std::vector<Found>* found);

// Ends a partial quote's clause before the cue of a later partial quote with
// a cue of its own ("called X "outrageous" and called for Y to be "clawed
// back"": the first clause ends at "outrageous"), with the "and" / "but"
// that joins them. Quotes of one clause end it at the same place.
void EndClausesAtNextCue(const SpeakerFinder& f, std::vector<Found>* found);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_CLAUSE_H_

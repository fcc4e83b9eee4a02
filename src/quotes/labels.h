#ifndef NEWSGRAPH_QUOTES_LABELS_H_
#define NEWSGRAPH_QUOTES_LABELS_H_

// Speaker labels: "NAME: words" at the start of a paragraph, as in
// transcripts ("PENCE: Well, look, ...", "Q: ...") and attribution headlines
// ("Clinton: I support D.C. statehood"). Internal to the quotes stage.

#include <string>
#include <vector>

#include "quotes/reported.h"
#include "quotes/speaker.h"

namespace newsgraph::quotes {

// The token index of the colon closing a speaker label that starts at token
// `first`, or 0 when there is none: one to five capitalised words (joined by
// "of", "at", "and", "&" or a possessive), not a date and not a label of the
// page's own (`non_speaker_labels.txt`: "Update:", "Watch:"), then ":" and
// at least two words. With `caps_only`, only an all-capitals label
// ("PENCE", "Q") counts, as in transcripts.
// With `alone`, a label with nothing after it on its paragraph counts too
// ("STEVE INSKEEP, HOST:" above the host's words).
uint32_t LabelColon(const SpeakerFinder& f, uint32_t first, bool caps_only, bool alone = false);

// The speaker a label names: a person of the article whose family name it
// is ("PENCE" -> Mike Pence), the entity mentioned in it, or the label's own
// words as an unnamed description. `mention` is the label.
// A single-word label may also name a full name an earlier label of the
// article gave (`known`: "PRESCOTT" after "DANIEL PRESCOTT, HOST:"); a role
// after a comma in the label ("HOST") is the speaker's role.
Speaker LabelSpeaker(const SpeakerFinder& f, uint32_t first, uint32_t colon,
                     const std::vector<std::string>* known = nullptr);

// A transcript line inside quotation marks ("PENCE: Well, ...") is the
// label's speaker's: its content starts after the colon and its cue is the
// colon. True when `q` (a direct quote without a cue) was such a line and
// has been attributed.
bool AttributeLabelledQuote(const SpeakerFinder& f, Found* q);

// Paragraphs without quotation marks that open with a label: one statement
// each, the sentence after the label (the whole paragraph after an
// all-capitals label), `indirect` for a headline and `direct` for a
// transcript line.
// Paragraphs where a quote found already starts are left to it.
void FindLabelledStatements(const SpeakerFinder& f, const std::vector<bool>& quoted_paragraph,
                            std::vector<Found>* out);

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_LABELS_H_

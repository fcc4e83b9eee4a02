#ifndef NEWSGRAPH_CORE_LANGUAGE_H_
#define NEWSGRAPH_CORE_LANGUAGE_H_

#include <string>
#include <string_view>

namespace newsgraph {

// Guesses the language of `text` from its most frequent function words
// (data/language/stopwords.txt) and returns its ISO 639-1 code, or an empty
// string when the text is too short or no language stands out. Reads at most
// the first 20,000 bytes.
std::string GuessLanguage(std::string_view text);

// True when GuessLanguage can tell the language `code` (ISO 639-1, as the
// markup gives it) from others: only then may a guess overrule the markup.
bool CanGuessLanguage(std::string_view code);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_LANGUAGE_H_

#ifndef NEWSGRAPH_TEXT_INITIALS_H_
#define NEWSGRAPH_TEXT_INITIALS_H_

// Whether a short name spells the initials of a longer one, as a body's
// name and its short name in brackets do ("Électricité de France (EDF)",
// "Confédération des syndicats nationaux (CSN)").

#include <string_view>
#include <vector>

namespace newsgraph::text {

// True when `initials` (2 to 8 letters or digits, any case) is spelled by the
// first letters of `words` in order: each word gives its first letter, a
// linking word ("of", "de", "des", "and", "para", "el") may give it or not,
// and an article ("The") gives none. A first letter outside ASCII matches
// any initial, so "Électricité" spells "E". Two words at least, twelve at
// most; any word that does not open with a letter makes it false.
bool SpellsInitials(std::string_view initials, const std::vector<std::string_view>& words);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_INITIALS_H_

#ifndef NEWSGRAPH_CORE_LEXICON_H_
#define NEWSGRAPH_CORE_LEXICON_H_

#include <string_view>
#include <vector>

namespace newsgraph {

// The entries of an embedded data file (see embedded_data.h): one entry per
// line, surrounding spaces trimmed, blank lines and lines starting with '#'
// skipped. Views point into the embedded bytes and live forever. A missing
// file aborts the program: it is a build error, not an input error.
std::vector<std::string_view> LexiconLines(std::string_view name);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_LEXICON_H_

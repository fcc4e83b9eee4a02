#ifndef NEWSGRAPH_CORE_EMBEDDED_DATA_H_
#define NEWSGRAPH_CORE_EMBEDDED_DATA_H_

#include <string_view>

namespace newsgraph {

// Returns the bytes of data/<name> (e.g. "lexicons/speech_verbs.txt") as
// compiled into the binary, or an empty view when no such file exists.
// The view is valid for the life of the program.
std::string_view EmbeddedData(std::string_view name);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_EMBEDDED_DATA_H_

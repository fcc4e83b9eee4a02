#ifndef NEWSGRAPH_CORE_JSON_H_
#define NEWSGRAPH_CORE_JSON_H_

#include <string>
#include <string_view>

namespace newsgraph::json {

// Appends `s` as a quoted JSON string. Control characters are escaped;
// ill-formed UTF-8 becomes U+FFFD, so the output is always valid JSON.
void AppendString(std::string* out, std::string_view s);

// Appends `s` as a JSON string, or `null` when `s` is empty.
void AppendStringOrNull(std::string* out, std::string_view s);

}  // namespace newsgraph::json

#endif  // NEWSGRAPH_CORE_JSON_H_

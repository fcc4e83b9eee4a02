#ifndef NEWSGRAPH_HTML_ENTITIES_H_
#define NEWSGRAPH_HTML_ENTITIES_H_

#include <string>
#include <string_view>

namespace newsgraph::html {

// Appends `text` to *out with HTML character references decoded: numeric
// ones (&#8217; &#x2019;, with the browsers' windows-1252 remapping of
// 0x80-0x9F and U+FFFD for invalid values) and the common named ones, with or
// without the trailing ';' for the legacy names. Unknown references are kept
// as written. `text` must be UTF-8; the output stays valid UTF-8.
void AppendDecoded(std::string_view text, std::string* out);

// Code point of a named reference ("amp", "rsquo"), or 0 when not in the table.
char32_t LookupNamedEntity(std::string_view name);

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_ENTITIES_H_

#ifndef NEWSGRAPH_IO_ENCODING_H_
#define NEWSGRAPH_IO_ENCODING_H_

#include <string>
#include <string_view>

namespace newsgraph::io {

// Converts `bytes` to valid UTF-8. The charset is taken, in order, from a
// byte-order mark, from `declared` (HTTP header or <meta>; ignored when the
// bytes contradict it, e.g. valid UTF-8 declared as Latin-1), from detection
// (uchardet), and last from windows-1252. Never fails: undecodable bytes
// become U+FFFD. *used, when given, receives the charset actually used.
std::string DecodeToUtf8(std::string_view bytes, std::string_view declared = {},
                         std::string* used = nullptr);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_ENCODING_H_

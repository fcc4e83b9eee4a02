#ifndef NEWSGRAPH_IO_JSONL_SCAN_H_
#define NEWSGRAPH_IO_JSONL_SCAN_H_

#include <functional>
#include <string>
#include <string_view>

namespace newsgraph::io {

// Checks that `text` is exactly one JSON object (RFC 8259; whitespace around
// it allowed) and decodes the top-level members whose value is a string and
// for which `slot(name)` returns a destination; other values are checked and
// skipped without being copied. Made for JSON Lines pages, where a general
// DOM parser spends most of its time building strings nobody reads.
// Returns false with *error set when the text is not such an object; the
// slots may then hold partial values.
bool ScanJsonObject(std::string_view text, const std::function<std::string*(std::string_view name)>& slot,
                    std::string* error);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_JSONL_SCAN_H_

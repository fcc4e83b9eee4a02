#ifndef NEWSGRAPH_CORE_DOCUMENT_JSON_H_
#define NEWSGRAPH_CORE_DOCUMENT_JSON_H_

#include <string>

#include "core/document.h"

namespace newsgraph {

// Appends one line of the output contract (shared/docs/output-contract.md)
// for `doc`, without the trailing newline. Byte spans are converted to
// code-point offsets into `text`. A failed document is written as
// {"path", "url", "error"} only.
void AppendDocumentJson(const Document& doc, std::string* out);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_DOCUMENT_JSON_H_

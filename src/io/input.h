#ifndef NEWSGRAPH_IO_INPUT_H_
#define NEWSGRAPH_IO_INPUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace newsgraph::io {

struct InputOptions {
  bool verbatim = false;   // plain text is the article body exactly as given
  std::string url;         // URL for a document given alone (a file or stdin)
  size_t max_document_bytes = size_t{64} << 20;  // larger documents get an error
};

// Receives each document in input order. The reader does not keep it.
using DocumentSink = std::function<void(Document&&)>;

// Reads every document named by `paths`: files, folders (walked recursively in
// name order) and "-" for standard input. The kind of each input is detected
// from its content (gzip is undone first). Files that hold many documents
// (WARC, JSON Lines) are read record by record. An input that cannot be read
// yields a Document with `error` set, and reading goes on.
void ReadInputs(const std::vector<std::string>& paths, const InputOptions& options,
                const DocumentSink& sink);

// Guesses the kind of a document from its first bytes and its file name.
// Returns kUnknown for binary content that is neither text nor markup.
InputKind DetectKind(std::string_view head, std::string_view name);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_INPUT_H_

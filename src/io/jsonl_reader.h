#ifndef NEWSGRAPH_IO_JSONL_READER_H_
#define NEWSGRAPH_IO_JSONL_READER_H_

#include <string>

#include "io/input.h"
#include "io/warc_line_reader.h"

namespace newsgraph::io {

// Reads JSON Lines: one object per line with "url" and either "html" or
// "text" (optional "date"/"fetch_date" and "charset"). Blank lines are
// skipped. A line that is not such an object, or is longer than
// options.max_document_bytes, yields one error document naming the line
// number, and reading goes on with the next line; an overlong line is
// drained, never held in memory whole.
void ReadJsonl(const std::string& path, LineReader* in, const InputOptions& options, const DocumentSink& sink);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_JSONL_READER_H_

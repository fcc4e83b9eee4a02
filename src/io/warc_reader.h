#ifndef NEWSGRAPH_IO_WARC_READER_H_
#define NEWSGRAPH_IO_WARC_READER_H_

#include <string>

#include "io/input.h"
#include "io/warc_line_reader.h"

namespace newsgraph::io {

// Reads WARC records from `in` and hands each HTML page to `sink`: `response`
// records holding a 2xx HTTP response with an HTML body (and `resource`
// records of HTML). Other records (request, metadata, warcinfo, revisit,
// non-HTML, redirects, errors) are skipped without a document.
//
// A record that is truncated, whose Content-Length is wrong, or that is cut
// by gzip corruption yields one error document; reading resumes at the next
// line starting "WARC/1.". Memory stays within about
// options.max_document_bytes per record whatever the record's size: a larger
// record is drained and reported as an error.
void ReadWarc(const std::string& path, LineReader* in, const InputOptions& options, const DocumentSink& sink);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_WARC_READER_H_

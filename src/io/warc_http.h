#ifndef NEWSGRAPH_IO_WARC_HTTP_H_
#define NEWSGRAPH_IO_WARC_HTTP_H_

#include <string>
#include <string_view>

namespace newsgraph::io {

// An HTTP response as stored in a WARC `response` record.
struct HttpResponse {
  int status = 0;            // 200, 404, ...
  std::string content_type;  // lower-cased media type without parameters
  std::string charset;       // from the Content-Type parameters, as written
  std::string body;          // transfer- and content-decoding undone
};

// Parses `block` (status line, headers, body). Undoes chunked transfer
// encoding and gzip/deflate content encoding, keeping at most `max_body`
// decoded bytes. Returns false with *error set when the block is not an HTTP
// response or the body cannot be decoded or is larger than `max_body`.
bool ParseHttpResponse(std::string_view block, size_t max_body, HttpResponse* out, std::string* error);

// Splits a Content-Type value into its lower-cased media type and charset.
void ParseContentType(std::string_view value, std::string* media_type, std::string* charset);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_WARC_HTTP_H_

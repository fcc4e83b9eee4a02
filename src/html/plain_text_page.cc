#include "html/extractor.h"
#include "io/encoding.h"

namespace newsgraph::html {

void ExtractPlainTextPage(Document& doc) {
  doc.text = io::DecodeToUtf8(doc.source.raw, doc.source.http_charset);
}

}  // namespace newsgraph::html

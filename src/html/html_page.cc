#include "html/extractor.h"

namespace newsgraph::html {

void ExtractHtmlPage(Document& doc) { doc.error = "HTML extraction is not built yet"; }

}  // namespace newsgraph::html

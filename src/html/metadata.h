#ifndef NEWSGRAPH_HTML_METADATA_H_
#define NEWSGRAPH_HTML_METADATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"

namespace newsgraph::html {

struct PageMetadata {
  std::string title;
  std::string published;  // ISO 8601
  std::vector<std::string> authors;
  std::string site_name;
  std::string language;   // ISO 639-1
  std::string canonical_url;
  std::string original_source;
  std::string json_ld_body;  // JSON-LD articleBody, when the page carries one
};

// Reads what a page says about itself: JSON-LD (schema.org Article and
// kin, @graph, arrays), OpenGraph/article:*, Dublin Core and other <meta>,
// <link rel=canonical>, <html lang>, <time datetime>, the <title> (with the
// " - Site" suffix removed) and the URL's date. Fields the page does not
// state are left empty; nothing is guessed beyond normalisation.
PageMetadata ReadMetadata(const Dom& dom, std::string_view url);

// Fills in what only the article text can tell: authors from byline texts
// ("By Jane Roe and John Doe"), a dateline date when none was found, and
// the original source from credit lines ("(Reuters) -", "This article
// originally appeared on X", "... Associated Press"). `bylines` are texts
// of byline elements; `body` the extracted article; `page_text` may hold
// the rest of the page's visible text for credit lines outside the body.
void ReadMetadataFromText(const std::vector<std::string>& bylines, std::string_view body,
                          std::string_view page_tail, PageMetadata* meta);

// Splits a byline ("By Jane Roe, John Doe and Ann Poe | Reuters") into names.
std::vector<std::string> SplitAuthors(std::string_view byline);

// True when two organisation names are one written differently
// ("FOXBusiness" / "Fox Business", "Live Science" / "livescience.com").
bool SameOrganization(std::string_view a, std::string_view b);

// Title without a trailing or leading site name: "Story - Site" -> "Story".
std::string CleanTitle(std::string_view title, std::string_view site_name);

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_METADATA_H_

#ifndef NEWSGRAPH_HTML_CREDIT_LINES_H_
#define NEWSGRAPH_HTML_CREDIT_LINES_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::html {

// Reads an article's credit line ("Reported by A, B and C for X. Translated
// by D. Written in English by E.") and appends the people credited with
// writing or reporting to *authors (not translators or editors). Returns true
// when `line` is made only of credits, so it can be kept out of the body.
bool ParseCreditLine(std::string_view line, std::vector<std::string>* authors);

// The canonical name of the news agency that `line` consists of, alone
// ("Radio Free Asia", "AP", "Reuters"), or an empty string.
std::string AgencyLine(std::string_view line);

// The canonical name of the agency a syndication formula in `text` credits:
// "Used with the permission of X", "originally published by X",
// "(Reuters) -", "Copyright ... X". Empty when there is none.
std::string SyndicationCredit(std::string_view text);

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_CREDIT_LINES_H_

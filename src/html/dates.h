#ifndef NEWSGRAPH_HTML_DATES_H_
#define NEWSGRAPH_HTML_DATES_H_

#include <string>
#include <string_view>

namespace newsgraph::html {

// Normalises a date as pages write it to ISO 8601: "2019-11-19" or, when a
// time is given, "2019-11-19T10:05:00" plus "Z"/"+01:00" when a zone is
// given. Reads ISO forms (with ' ' or 'T', with or without seconds, zone and
// fractions), "2019/11/19", "20191119", "November 19, 2019", "Nov. 19 2019",
// "19 November 2019", RFC 822 ("Tue, 19 Nov 2019 10:05:00 GMT"). Returns
// empty when `s` holds no plausible date (years 1990-2099). Never invents a
// time that is not written.
std::string NormalizeDate(std::string_view s);

// A date embedded in a URL path: /2019/11/19/, /2019-11-19/, /20191119/.
// Returns ISO "YYYY-MM-DD" or empty.
std::string DateFromUrl(std::string_view url);

// A date at the start of free text ("November 19, 2019 ..." or a dateline
// "WASHINGTON, Nov. 19, 2019 (Reuters) -"), searched in the first 200 bytes.
std::string DateFromText(std::string_view text);

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_DATES_H_

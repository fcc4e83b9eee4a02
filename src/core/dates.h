#ifndef NEWSGRAPH_CORE_DATES_H_
#define NEWSGRAPH_CORE_DATES_H_

#include <string>
#include <string_view>

namespace newsgraph::dates {

// Reads a calendar date written the ways news pages write them and returns it
// as ISO 8601 ("2021-01-12"), keeping the time when one follows an ISO date
// ("2021-01-12T08:30:00Z"). Accepts ISO dates and date-times, "2021/01/12",
// "January 12, 2021", "Jan. 12, 2021", "12 January 2021", "Tuesday, 12 Jan
// 2021". The date must start at the beginning of `s` (after spaces); returns
// an empty string when no valid date does. *consumed, when given, receives
// how many bytes the date took.
std::string Parse(std::string_view s, size_t* consumed = nullptr);

// Finds the first date anywhere in `s` in the forms Parse accepts; returns an
// empty string when there is none.
std::string Find(std::string_view s);

// Month number 1..12 for an English month name or its abbreviation ("Jan",
// "Jan.", "Sept"), or 0.
int MonthNumber(std::string_view word);

}  // namespace newsgraph::dates

#endif  // NEWSGRAPH_CORE_DATES_H_

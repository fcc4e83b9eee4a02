#include <gtest/gtest.h>

#include "core/dates.h"
#include "core/language.h"

namespace newsgraph {
namespace {

TEST(Dates, ParsesTheWaysPagesWriteDates) {
  EXPECT_EQ(dates::Parse("2021-01-12"), "2021-01-12");
  EXPECT_EQ(dates::Parse("2021/1/12"), "2021-01-12");
  EXPECT_EQ(dates::Parse("2025-06-02T09:15:00-07:00"), "2025-06-02T09:15:00-07:00");
  EXPECT_EQ(dates::Parse("2024-11-20T14:02:00Z rest"), "2024-11-20T14:02:00Z");
  EXPECT_EQ(dates::Parse("January 12, 2021"), "2021-01-12");
  EXPECT_EQ(dates::Parse("Jan. 12, 2021"), "2021-01-12");
  EXPECT_EQ(dates::Parse("Sept. 3, 2020"), "2020-09-03");
  EXPECT_EQ(dates::Parse("12 January 2021"), "2021-01-12");
  EXPECT_EQ(dates::Parse("Tuesday, 12 Jan 2021"), "2021-01-12");
  EXPECT_EQ(dates::Parse("March 4th, 2025"), "2025-03-04");
}

TEST(Dates, RejectsWhatIsNotADate) {
  EXPECT_EQ(dates::Parse("2021-02-30"), "");
  EXPECT_EQ(dates::Parse("May the force"), "");
  EXPECT_EQ(dates::Parse("15,000 kilometers"), "");
  EXPECT_EQ(dates::Parse("20210112"), "");
  EXPECT_EQ(dates::Parse(""), "");
}

TEST(Dates, ReportsHowMuchItConsumed) {
  size_t used = 0;
  EXPECT_EQ(dates::Parse("  Jan. 12, 2021 -- text", &used), "2021-01-12");
  EXPECT_EQ(used, 15u);
}

TEST(Dates, FindsTheFirstDateInText) {
  EXPECT_EQ(dates::Find("WASHINGTON, Jan. 12, 2021 (Reuters)"), "2021-01-12");
  EXPECT_EQ(dates::Find("no date here at all"), "");
  EXPECT_EQ(dates::MonthNumber("Dec"), 12);
  EXPECT_EQ(dates::MonthNumber("Mayor"), 0);
}

TEST(Language, TellsCommonLanguagesApartAndAbstainsOnTooLittle) {
  EXPECT_EQ(GuessLanguage("The council said on Tuesday that it would vote on the plan, which has been debated for "
                          "a year by the members of the town and their neighbours."),
            "en");
  EXPECT_EQ(GuessLanguage("Le conseil a dit mardi qu'il votera sur le plan, qui est en débat depuis un an dans la "
                          "ville et pour les habitants de la région qui sont inquiets."),
            "fr");
  EXPECT_EQ(GuessLanguage("Der Rat sagte am Dienstag, dass er über den Plan abstimmen wird, der seit einem Jahr in "
                          "der Stadt und bei den Bürgern umstritten ist und nicht einfach ist."),
            "de");
  EXPECT_EQ(GuessLanguage("Too short."), "");
  EXPECT_EQ(GuessLanguage("1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 "
                          "3456 7890 1234"),
            "");
}

}  // namespace
}  // namespace newsgraph

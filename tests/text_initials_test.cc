#include "text/initials.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace newsgraph::text {
namespace {

bool Spells(std::string_view initials, std::vector<std::string_view> words) { return SpellsInitials(initials, words); }

TEST(SpellsInitials, EachWordGivesItsFirstLetter) {
  EXPECT_TRUE(Spells("ISPR", {"Inter", "Services", "Public", "Relations"}));
  EXPECT_TRUE(Spells("ispr", {"Inter", "Services", "Public", "Relations"}));
  EXPECT_FALSE(Spells("ISP", {"Inter", "Services", "Public", "Relations"}));
  EXPECT_FALSE(Spells("ISPRX", {"Inter", "Services", "Public", "Relations"}));
  EXPECT_FALSE(Spells("IPSR", {"Inter", "Services", "Public", "Relations"}));
}

TEST(SpellsInitials, LinkingWordsMayGiveTheirLetterOrNot) {
  EXPECT_TRUE(Spells("CSN", {"Confédération", "des", "syndicats", "nationaux"}));
  EXPECT_TRUE(Spells("EDF", {"Electricite", "de", "France"}));
  EXPECT_TRUE(Spells("EF", {"Electricite", "de", "France"}));
  EXPECT_TRUE(Spells("APP", {"Alianza", "para", "el", "Progreso"}));
  EXPECT_TRUE(Spells("EGS", {"Everytown", "for", "Gun", "Safety"}));
  EXPECT_TRUE(Spells("CDC", {"The", "Centers", "for", "Disease", "Control"}));
}

TEST(SpellsInitials, LetterOutsideAsciiMatchesAnyInitial) {
  EXPECT_TRUE(Spells("EDF", {"\xC3\x89lectricit\xC3\xA9", "de", "France"}));
  EXPECT_FALSE(Spells("EDF", {"\xC3\x89lectricit\xC3\xA9", "de", "Belgique"}));
}

TEST(SpellsInitials, RefusesWhatNamesNoBody) {
  EXPECT_FALSE(Spells("A", {"Alpha"}));
  EXPECT_FALSE(Spells("AB", {"Alpha"}));
  EXPECT_FALSE(Spells("AB", {"Alpha", "(", "Beta"}));
  EXPECT_FALSE(Spells("AB", {"Alpha", "2024"}));
  EXPECT_FALSE(Spells("AB", {}));
  EXPECT_FALSE(Spells("ABCDEFGHI", {"A", "B", "C", "D", "E", "F", "G", "H", "I"}));
}

}  // namespace
}  // namespace newsgraph::text

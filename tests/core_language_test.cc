#include <gtest/gtest.h>

#include "core/language.h"

namespace newsgraph {
namespace {

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

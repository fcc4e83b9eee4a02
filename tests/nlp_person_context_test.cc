// Unknown two- or three-word names become persons where only a person's
// name fits: "(born ...", ", who", or a person noun before the name.
#include <gtest/gtest.h>

#include <string>

#include "analyze_test_util.h"
#include "nlp/entity_recognizer.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

using testing_util::TypeOf;

TEST(PersonContext, BornWhoAndPersonNouns) {
  EXPECT_EQ(TypeOf("Brock Wyatt Holt (born June 11, 1988) is a baseball player.", "Brock Wyatt Holt"),
            EntityType::kPerson);
  EXPECT_EQ(TypeOf("We met Noam Chomsky, who teaches in Arizona.", "Noam Chomsky"), EntityType::kPerson);
  EXPECT_EQ(TypeOf("The clinic was run by the physician Yang Buwei in Nanjing.", "Yang Buwei"),
            EntityType::kPerson);
}

TEST(PersonContext, OtherCapitalisedPairsStayOut) {
  EXPECT_EQ(TypeOf("They watched Star Wars again.", "Star Wars"), EntityType::kOther);
  EXPECT_EQ(TypeOf("The Silver Clouds hung in the gallery.", "Silver Clouds"), EntityType::kOther);
}

}  // namespace
}  // namespace newsgraph

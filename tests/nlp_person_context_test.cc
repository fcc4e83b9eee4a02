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

// An age in apposition, or a role word between a speech verb and the name.
TEST(PersonContext, AgeAndRoleAfterASpeechVerb) {
  EXPECT_EQ(TypeOf("Passengers were angry. Quorin Vask, 34, was late again.", "Quorin Vask"), EntityType::kPerson);
  EXPECT_EQ(TypeOf("\"It is a joke,\" said commuter Quorin Vask.", "Quorin Vask"), EntityType::kPerson);
  // A number that is no age, or a word that is no role, says nothing.
  EXPECT_EQ(TypeOf("They sailed past Silver Clouds, 1999, and more.", "Silver Clouds"), EntityType::kOther);
  EXPECT_EQ(TypeOf("It was, he said later Star Wars again.", "Star Wars"), EntityType::kOther);
  // A verb only a person does right after an unknown two-word name.
  EXPECT_EQ(TypeOf("Quorin Vask spoke first.", "Quorin Vask"), EntityType::kPerson);
  EXPECT_EQ(TypeOf("Quorin Vask graduated in 1990.", "Quorin Vask"), EntityType::kPerson);
}

TEST(PersonContext, OtherCapitalisedPairsStayOut) {
  EXPECT_EQ(TypeOf("They watched Star Wars again.", "Star Wars"), EntityType::kOther);
  EXPECT_EQ(TypeOf("The Silver Clouds hung in the gallery.", "Silver Clouds"), EntityType::kOther);
}

// A lone unknown name followed by a person's verb ("returned", "was born")
// is a person, and so are its other lone mentions in the article.
TEST(PersonContext, PersonVerbSpreadsToLoneMentions) {
  EXPECT_EQ(TypeOf("Quorvath returned to the village in spring.", "Quorvath"), EntityType::kPerson);
  const Document doc = testing_util::Entities("The elders admired Quorvath greatly. Quorvath was born in a village.");
  const Entity* e = testing_util::FindEntity(doc, "Quorvath");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(e->mentions.size(), 2u);
  // Without such a verb an unknown lone word stays no person.
  EXPECT_EQ(TypeOf("The elders admired Quorvath greatly.", "Quorvath"), EntityType::kOther);
}

// Words written in lower case elsewhere in the article, and words with
// digits, are not names however a verb follows them.
TEST(PersonContext, CommonWordsDoNotSpread) {
  EXPECT_NE(TypeOf("Replication studies grew. We value replication. Replication matters.", "Replication"),
            EntityType::kPerson);
  EXPECT_NE(TypeOf("Some learners of L2 grew quickly. Teaching L2 is hard.", "L2"), EntityType::kPerson);
}

}  // namespace
}  // namespace newsgraph

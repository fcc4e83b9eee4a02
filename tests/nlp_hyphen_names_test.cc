// Hyphenated given names written with a lower-case second syllable are part
// of a person's name; hyphenated modifiers after a name are not.
#include <gtest/gtest.h>

#include <string>

#include "analyze_test_util.h"
#include "nlp/entity_recognizer.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

Document Analyze(const std::string& text) { return testing_util::Entities(text); }

bool HasPerson(const Document& doc, const std::string& name) {
  for (const Entity& e : doc.entities) {
    if (e.type == EntityType::kPerson && e.name == name) return true;
  }
  return false;
}

bool HasEntity(const Document& doc, const std::string& name) {
  for (const Entity& e : doc.entities) if (e.name == name) return true;
  return false;
}

TEST(HyphenNames, LowerCaseSecondSyllableStaysInTheName) {
  Document doc = Analyze("Envoy Park Seo-yun met Chairman Lee Dong-hwa in the capital. Seo-yun said little.");
  EXPECT_TRUE(HasPerson(doc, "Park Seo-yun"));
  EXPECT_TRUE(HasPerson(doc, "Lee Dong-hwa"));
}

TEST(HyphenNames, ModifiersAfterANameStayOut) {
  Document doc = Analyze(
      "The Ohio-based group hired Mary Olsen. A Boston-led panel and an Olsen-era policy followed. "
      "Dana Whitfield-backed candidates lost.");
  EXPECT_TRUE(HasPerson(doc, "Mary Olsen"));
  EXPECT_FALSE(HasEntity(doc, "Olsen-era"));
  EXPECT_FALSE(HasEntity(doc, "Dana Whitfield-backed"));
}

// Korean names with a five-letter or "in" second syllable, Arabic names
// with their article ("al-Sisi"), and honours after a name ("DBE RA").
TEST(HyphenNames, SyllablesArticlesAndHonours) {
  EXPECT_EQ(testing_util::TypeOf("Lee Jae-myung said the plan had failed.", "Lee Jae-myung"), EntityType::kPerson);
  EXPECT_EQ(testing_util::TypeOf("Moon Jae-in told reporters he would wait.", "Moon Jae-in"), EntityType::kPerson);
  EXPECT_EQ(testing_util::TypeOf("Abdel Fattah al-Sisi said the talks had failed.", "Abdel Fattah al-Sisi"),
            EntityType::kPerson);
  EXPECT_EQ(testing_util::TypeOf("Dame Zaha Mohammad Hadid DBE RA was an architect.", "Zaha Mohammad Hadid"),
            EntityType::kPerson);
  // A modifier stays outside the name.
  EXPECT_EQ(testing_util::TypeOf("Seoul Jae-style cooking is popular.", "Seoul Jae-style"), EntityType::kOther);
}

}  // namespace
}  // namespace newsgraph

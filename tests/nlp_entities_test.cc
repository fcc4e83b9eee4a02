// Mentions and entity grouping of the nlp stage.
#include "nlp/entity_recognizer.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "analyze_test_util.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

Document Analyze(const std::string& text) { return testing_util::Entities(text); }

// Entity name -> its mentions' texts.
std::map<std::string, std::vector<std::string>> Persons(const Document& doc) {
  std::map<std::string, std::vector<std::string>> out;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson) continue;
    for (uint32_t m : e.mentions) out[e.name].emplace_back(doc.Slice(doc.mentions[m].span));
  }
  return out;
}

const Entity* Find(const Document& doc, const std::string& name) { return testing_util::FindEntity(doc, name); }

TEST(Entities, SurnameAndTitledMentionsJoinTheFullName) {
  Document doc = Analyze(
      "Premier Lena Ostrova visited Oslo. Ostrova met reporters.\n\n"
      "Later, Ms Ostrova left for Berlin.");
  auto persons = Persons(doc);
  ASSERT_EQ(persons.size(), 1u);
  EXPECT_EQ(persons["Lena Ostrova"], (std::vector<std::string>{"Lena Ostrova", "Ostrova", "Ostrova"}));
  // The title is kept apart from the name.
  const Mention& first = doc.mentions[Find(doc, "Lena Ostrova")->mentions[0]];
  EXPECT_EQ(doc.Slice(first.title), "Premier");
}

TEST(Entities, PeopleSharingANamePartStayApart) {
  Document doc = Analyze(
      "Leader Park Min Ho spoke. His sister Park Ji Woo listened, and analyst Sung Park watched. "
      "Park Min Ho left. Park said more. Sung Park said nothing.");
  auto persons = Persons(doc);
  EXPECT_EQ(persons.size(), 3u);
  EXPECT_EQ(persons["Park Ji Woo"], (std::vector<std::string>{"Park Ji Woo"}));
  EXPECT_EQ(persons["Sung Park"], (std::vector<std::string>{"Sung Park", "Sung Park"}));
  // The lone "Park" goes to the person mentioned most so far.
  EXPECT_EQ(persons["Park Min Ho"], (std::vector<std::string>{"Park Min Ho", "Park Min Ho", "Park"}));
}

TEST(Entities, OrganisationsPlacesGroupsAndDates) {
  Document doc = Analyze(
      "Tom Reyes of the Harbor Policy Institute said on March 3, 2020 that Canadian officials in "
      "Ottawa and the U.S. disagree. The United States said nothing on Monday.");
  const Entity* org = Find(doc, "Harbor Policy Institute");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->type, EntityType::kOrg);
  const Entity* us = Find(doc, "United States");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->type, EntityType::kGpe);
  EXPECT_EQ(us->mentions.size(), 2u);  // "U.S." and "United States"
  ASSERT_NE(Find(doc, "Ottawa"), nullptr);
  EXPECT_EQ(Find(doc, "Canadian")->type, EntityType::kNorp);
  EXPECT_EQ(Find(doc, "March 3, 2020")->type, EntityType::kDate);
  EXPECT_EQ(Find(doc, "Monday")->type, EntityType::kDate);
  ASSERT_NE(Find(doc, "Tom Reyes"), nullptr);
}

TEST(Entities, UnknownNameBesideASpeechVerbIsAPerson) {
  Document doc = Analyze("\"It works,\" said Oskari Vanhala. Vanhala smiled.");
  auto persons = Persons(doc);
  EXPECT_EQ(persons["Oskari Vanhala"], (std::vector<std::string>{"Oskari Vanhala", "Vanhala"}));
}

TEST(Entities, PlacesThingsAndHeadlineVerbsAreNotPeople) {
  Document doc = Analyze(
      "Rosa Vidal Says Port Will Reopen\n\n"
      "Rosa Vidal toured Staten Island and praised the Fifth Amendment. Tom Park agreed.");
  auto persons = Persons(doc);
  EXPECT_EQ(persons.size(), 2u);
  EXPECT_EQ(persons["Rosa Vidal"].size(), 2u);
  EXPECT_EQ(persons["Tom Park"].size(), 1u);
  ASSERT_NE(Find(doc, "Staten Island"), nullptr);
  EXPECT_EQ(Find(doc, "Staten Island")->type, EntityType::kLoc);
  EXPECT_EQ(Find(doc, "Fifth Amendment")->type, EntityType::kOther);
}

TEST(Entities, SentenceStartersAreNotNames) {
  Document doc = Analyze("But Experts agree. The Report was long. However, nothing changed.");
  EXPECT_TRUE(Persons(doc).empty());
}

TEST(Entities, MentionsAreSortedAndPointAtTheirEntity) {
  Document doc = Analyze("Maria Lind and John Hale met in Paris. Hale spoke; Lind listened.");
  for (size_t i = 1; i < doc.mentions.size(); ++i) {
    EXPECT_LE(doc.mentions[i - 1].span.begin, doc.mentions[i].span.begin);
  }
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    for (uint32_t m : doc.entities[e].mentions) EXPECT_EQ(doc.mentions[m].entity, int32_t(e));
  }
  EXPECT_EQ(Find(doc, "Maria Lind")->gender, 'f');
  EXPECT_EQ(Find(doc, "John Hale")->gender, 'm');
}

}  // namespace
}  // namespace newsgraph

namespace newsgraph {
namespace {

TEST(Entities, GenerationalSuffixEndsAPersonsName) {
  Document doc = Analyze("Karen R. Walsh III spoke at the harbour. Walsh said little.");
  const Entity* e = Find(doc, "Karen R. Walsh III");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(Find(doc, "III"), nullptr);  // not an acronym of its own
}

// "Rand" is a given name, not an organisation word; "The Federal Reserve
// said" is an institution after its article, not a person.
TEST(Entities, GivenNamesAndInstitutionsBeforeSpeechVerbs) {
  EXPECT_EQ(testing_util::TypeOf("Rand Paul said the bill was bad.", "Rand Paul"), EntityType::kPerson);
  const Document doc = testing_util::Entities("The Federal Reserve said it would keep rates unchanged.");
  for (const Entity& e : doc.entities) EXPECT_NE(e.type, EntityType::kPerson) << e.name;
}

}  // namespace
}  // namespace newsgraph

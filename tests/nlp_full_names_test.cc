// Full names of persons: an unknown given name before a known family or given
// name stays part of the name, and ruler and religious titles mark a person.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>

#include "analyze_test_util.h"

namespace newsgraph {
namespace {

using testing_util::Entities;
using testing_util::FindEntity;
using testing_util::TypeOf;

// "Bertrand Russell": the unknown given name is kept before the known name.
TEST(FullNames, UnknownGivenNameBeforeKnownName) {
  EXPECT_EQ(TypeOf("The essay was praised by Quillon Lee in the spring.", "Quillon Lee"), EntityType::kPerson);
  EXPECT_EQ(TypeOf("It was a gift from Bravik Richard to the museum.", "Bravik Richard"), EntityType::kPerson);
  // A word also written in lower case in the article is no given name.
  const Document doc = Entities("Veteran Lee spoke. A veteran of the war came too.");
  EXPECT_EQ(FindEntity(doc, "Veteran Lee"), nullptr);
  // A stop word or a title before the name stays out of it.
  EXPECT_EQ(FindEntity(Entities("Yesterday Lee arrived."), "Yesterday Lee"), nullptr);
  // The object of an office before "of" stays out ("Minister of Transport ...").
  const Document office = Entities("We asked the Minister of Harbours Karen Vossberg about it.");
  EXPECT_EQ(FindEntity(office, "Harbours Karen Vossberg"), nullptr);
  EXPECT_NE(FindEntity(office, "Karen Vossberg"), nullptr);
  const Document titled = Entities("We asked Senator Richard Vossberg about it.");
  EXPECT_EQ(FindEntity(titled, "Senator Richard Vossberg"), nullptr);
}

// Offices named by their department, British spellings included: the
// department and the office are the title, not the start of the name.
TEST(FullNames, DepartmentOfficesAndCouncillors) {
  const std::pair<const char*, const char*> cases[] = {
      {"Environment Secretary Th\xC3\xA9r\xC3\xA8se Vossberg said it was fine.", "Th\xC3\xA9r\xC3\xA8se Vossberg"},
      {"Trade Secretary Ama Vossberg said it was fine.", "Ama Vossberg"},
      {"Councillor Ahmed Vossberg said it was fine.", "Ahmed Vossberg"}};
  for (const auto& [text, name] : cases) {
    const Document doc = Entities(text);
    const Entity* e = FindEntity(doc, name);
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(e->type, EntityType::kPerson) << text;
    EXPECT_FALSE(doc.mentions[e->mentions[0]].title.empty()) << text;
  }
}

// A post-nominal of office or rank follows the name without joining it.
TEST(FullNames, PostNominalsStayOutOfTheName) {
  EXPECT_EQ(TypeOf("Yesterday Diane Vossberg MP spoke in the debate.", "Diane Vossberg"), EntityType::kPerson);
  EXPECT_EQ(TypeOf("The family was represented by Sarah Vossberg KC in court.", "Sarah Vossberg"), EntityType::kPerson);
}

// Lower-case particles inside a name stay in it; "Chief ..." offices and
// players' positions are titles.
TEST(FullNames, ParticlesAndOffices) {
  EXPECT_EQ(TypeOf("United boss Erik ten Vossberg said the team was tired.", "Erik ten Vossberg"),
            EntityType::kPerson);
  EXPECT_EQ(TypeOf("Commission President Ursula von der Vossberg said the deal was done.",
                   "Ursula von der Vossberg"),
            EntityType::kPerson);
  for (const auto& [text, name, title] :
       {std::tuple{"Chief Financial Officer Sarah Vossberg said sales grew.", "Sarah Vossberg",
                   "Chief Financial Officer"},
        std::tuple{"Chief Executive Sarah Vossberg said sales grew.", "Sarah Vossberg", "Chief Executive"},
        std::tuple{"Striker Sarah Vossberg scored twice.", "Sarah Vossberg", "Striker"}}) {
    const Document doc = Entities(text);
    const Entity* e = FindEntity(doc, name);
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(doc.Slice(doc.mentions[e->mentions[0]].title), title) << text;
  }
  // A demonym is a people noun, not a name.
  EXPECT_EQ(FindEntity(Entities("\"We lost,\" the Dutchman said."), "Dutchman"), nullptr);
}

// Ruler and religious titles mark a person and stay with the name.
TEST(FullNames, RulerAndReligiousTitles) {
  const Document doc = Entities("The court received Empress Valdra in May. Abba Quentorius taught the monks.");
  const Entity* e = FindEntity(doc, "Valdra");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(doc.Slice(doc.mentions[e->mentions[0]].title), "Empress");
  const Entity* abba = FindEntity(doc, "Quentorius");
  ASSERT_NE(abba, nullptr);
  EXPECT_EQ(abba->type, EntityType::kPerson);
  // "St. X" is a person when X also stands alone in the article.
  EXPECT_EQ(TypeOf("St. Quentorius founded a school. Later Quentorius taught there.", "Quentorius"),
            EntityType::kPerson);
  EXPECT_EQ(TypeOf("We sailed to St. Varnholm in June.", "St. Varnholm"), EntityType::kGpe);
  // A ruler's title alone inside a sentence names the ruler.
  EXPECT_EQ(TypeOf("The envoys bowed before the Emperor at dawn.", "Emperor"), EntityType::kPerson);
}

// Offices of Commonwealth and international news, with capitalised
// modifiers before them, end before an unknown given name.
TEST(FullNames, OfficesWithModifiersBeforeUnknownGivenNames) {
  for (const char* text : {"Victorian Premier Jacinta Allan said the plan would work.",
                           "Union Finance Minister Nirmala Sitharaman said the plan would work.",
                           "West Bengal Chief Minister Mamata Banerjee said the plan would work.",
                           "UN Secretary-General Antonio Guterres said the plan would work.",
                           "Tanaiste Micheal Martin said the plan would work.",
                           "Treasurer Jim Chalmers said the plan would work."}) {
    const Document doc = testing_util::Analyze(text);
    ASSERT_EQ(doc.quotes.size(), 1u) << text;
    const std::string speaker = doc.quotes[0].speaker.value_or("");
    EXPECT_TRUE(speaker == "Jacinta Allan" || speaker == "Nirmala Sitharaman" || speaker == "Mamata Banerjee" ||
                speaker == "Antonio Guterres" || speaker == "Micheal Martin" || speaker == "Jim Chalmers")
        << text << " -> " << speaker;
    EXPECT_TRUE(doc.quotes[0].speaker_role.has_value()) << text;
  }
}

TEST(FullNames, ACourtesyTitleBeforeAPlaceLikeFamilyNameNamesThePerson) {
  // "Park" is a place word and a given name: "Ms. Park" and "Mr. Park" are
  // people, told apart by the title's gender.
  Document doc = testing_util::Entities("Nancy Park met David Park. Mr. Park said he would cooperate.");
  const Entity* david = testing_util::FindEntity(doc, "David Park");
  ASSERT_NE(david, nullptr);
  EXPECT_EQ(david->mentions.size(), 2u);
  doc = testing_util::Entities("Nancy Park met David Park. Ms. Park said she would cooperate.");
  const Entity* nancy = testing_util::FindEntity(doc, "Nancy Park");
  ASSERT_NE(nancy, nullptr);
  EXPECT_EQ(nancy->mentions.size(), 2u);
  EXPECT_EQ(testing_util::FindEntity(doc, "Ms. Park"), nullptr);
}

TEST(FullNames, AnImperativeOpeningTheSentenceIsNoName) {
  Document doc = testing_util::Entities("Ask Viktor Hale about retirement and he scoffs.");
  EXPECT_NE(testing_util::FindEntity(doc, "Viktor Hale"), nullptr);
  EXPECT_EQ(testing_util::FindEntity(doc, "Ask Viktor Hale"), nullptr);
}

}  // namespace
}  // namespace newsgraph

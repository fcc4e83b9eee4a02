// Organisations and places of the nlp stage: company and media words,
// single-name organisations, acronyms that name no body, "the Senate",
// teams, and places told by their first or last word.
#include <gtest/gtest.h>

#include <string>

#include "analyze_test_util.h"
#include "nlp/entity_recognizer.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

Document Analyze(const std::string& text) { return testing_util::Entities(text); }

using testing_util::TypeOf;

bool Found(const std::string& text, const std::string& name) {
  return testing_util::FindEntity(Analyze(text), name) != nullptr;
}

TEST(Orgs, CompanyAndMediaWordsMakeAnOrganisationNotAPerson) {
  EXPECT_EQ(TypeOf("Solara Semiconductor said profits fell.", "Solara Semiconductor"), EntityType::kOrg);
  EXPECT_EQ(TypeOf("He wrote for Slate Magazine until 2010.", "Slate Magazine"), EntityType::kOrg);
  EXPECT_EQ(TypeOf("Staff of the Cuban Consulate left.", "Cuban Consulate"), EntityType::kOrg);
}

TEST(Orgs, SingleNameOrganisationsFromTheList) {
  EXPECT_EQ(TypeOf("The video spread on YouTube and Twitter.", "YouTube"), EntityType::kOrg);
  EXPECT_EQ(TypeOf("Microsoft said the flaw was fixed.", "Microsoft"), EntityType::kOrg);
}

TEST(Orgs, CommonAcronymsAreNoOrganisations) {
  EXPECT_FALSE(Found("The DNA test was shown on TV.", "DNA"));
  EXPECT_FALSE(Found("The DNA test was shown on TV.", "TV"));
  EXPECT_EQ(TypeOf("The FBI and NATO declined to comment.", "FBI"), EntityType::kOrg);
}

TEST(Orgs, AnOrganisationWordAfterTheNamesTheBody) {
  EXPECT_EQ(TypeOf("The bill passed the Senate on Tuesday.", "Senate"), EntityType::kOrg);
  EXPECT_FALSE(Found("Senate leaders met.", "Senate"));
}

TEST(Orgs, ShortFormJoinsTheFullName) {
  Document doc = Analyze("The Riverside Evening Herald broke the story. Later the Herald corrected it.");
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Riverside Evening Herald");
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
}

TEST(Orgs, APlaceAndACapitalisedPluralIsATeam) {
  EXPECT_EQ(TypeOf("He was traded to the Pittsburgh Pirates in May.", "Pittsburgh Pirates"), EntityType::kOrg);
}

TEST(Places, AcronymOfAPlaceThatFoldsToAStopWord) {
  EXPECT_EQ(TypeOf("She moved to the US in 2001.", "United States"), EntityType::kGpe);
}

TEST(Places, PlaceWordFirstOrLast) {
  EXPECT_EQ(TypeOf("The ferry docks at Fort Lee every hour.", "Fort Lee"), EntityType::kGpe);
  EXPECT_EQ(TypeOf("We swam in Lake Erie.", "Lake Erie"), EntityType::kLoc);
  EXPECT_EQ(TypeOf("We prayed at the Shah Mosque at noon.", "Shah Mosque"), EntityType::kLoc);
  EXPECT_EQ(TypeOf("The Palace of Forty Columns is open.", "Palace of Forty Columns"), EntityType::kLoc);
  EXPECT_EQ(TypeOf("The bus runs along the Mingo Valley Expressway.", "Mingo Valley Expressway"),
            EntityType::kLoc);
  // A given name and a surname-like place word stays a person.
  EXPECT_EQ(TypeOf("Tom Hall said he was late.", "Tom Hall"), EntityType::kPerson);
  EXPECT_NE(TypeOf("St. Jerome wrote to Paula.", "St. Jerome"), EntityType::kGpe);
}

TEST(Places, UnknownNameAfterInOrNearIsAPlaceAndSoAreItsLaterMentions) {
  Document doc = Analyze("The plant in Tulsa closed. Tulsa lost 300 jobs.");
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Tulsa");
  EXPECT_EQ(doc.entities[0].type, EntityType::kGpe);
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
  // A known given name, a possessive or a longer name is not taken so.
  EXPECT_NE(TypeOf("She put her trust in Maria.", "Maria"), EntityType::kGpe);
  EXPECT_NE(TypeOf("We believe in Voss's plan.", "Voss"), EntityType::kGpe);
}

TEST(Places, APlaceWordThatSpeaksIsTheFamilyNameOfAPersonNamedBefore) {
  // "Cuban" after "Mark Cuban" is him; with no such person it stays a group.
  Document doc = Analyze("Mark Cuban owns a team. Nevertheless, Cuban said the race was close.");
  const Entity* cuban = testing_util::FindEntity(doc, "Mark Cuban");
  ASSERT_NE(cuban, nullptr);
  EXPECT_EQ(cuban->mentions.size(), 2u);
  EXPECT_EQ(testing_util::FindEntity(doc, "Cuban"), nullptr);
  EXPECT_EQ(TypeOf("Sanctions began. Washington said the talks were over.", "Washington"), EntityType::kGpe);
}

TEST(Orgs, ListedNameEndingInApostropheSBeforeAVerb) {
  EXPECT_EQ(TypeOf("Moody's said the outlook was stable.", "Moody's"), EntityType::kOrg);
  // A possessive is no name: "Welch's support" belongs to Welch.
  EXPECT_FALSE(Found("Senator Welch's support pushes back on the narrative.", "Welch's"));
}

TEST(Orgs, OfficeOfAnOrganisationBeforeAPersonsName) {
  // "Bank of England Governor Andrew Bailey": a person with an office.
  Document doc = Analyze("Bank of England Governor Andrew Bailey said rates would stay high.");
  const Entity* bailey = testing_util::FindEntity(doc, "Andrew Bailey");
  ASSERT_NE(bailey, nullptr);
  EXPECT_EQ(bailey->type, EntityType::kPerson);
  EXPECT_EQ(TypeOf("The Bank of England said rates would stay high.", "Bank of England"), EntityType::kOrg);
}

// "Home Depot": a ministry's field opens a name unless an office follows it
// ("Home Secretary Priti Patel").
TEST(Orgs, MinistryFieldBeforeANameIsNoTitle) {
  EXPECT_EQ(TypeOf("Looking ahead, Home Depot sees sales growth of 1.8 percent.", "Home Depot"), EntityType::kOrg);
  EXPECT_EQ(TypeOf("Shares of Office Depot rose.", "Office Depot"), EntityType::kOrg);
  EXPECT_EQ(TypeOf("Home Secretary Priti Patel said it.", "Priti Patel"), EntityType::kPerson);
  EXPECT_EQ(TypeOf("Foreign Minister Wang Yi said it.", "Wang Yi"), EntityType::kPerson);
  EXPECT_EQ(TypeOf("Interior Secretary Deb Haaland said it.", "Deb Haaland"), EntityType::kPerson);
}

// "Francois Hollande Says Donald Trump ...": a headline's verb of saying
// opens no name, and a name spelt with and without its accents is one
// person.
TEST(Entities, HeadlineVerbOpensNoNameAndAccentsFoldInTheKey) {
  Document doc = Analyze(
      "Francois Hollande Says Donald Trump Makes You Want To Retch. French President Fran\u00E7ois Hollande has "
      "joined a growing list of leaders. Hollande said Trump was sickening.");
  EXPECT_EQ(testing_util::FindEntity(doc, "Says Donald Trump"), nullptr);
  const Entity* trump = testing_util::FindEntity(doc, "Donald Trump");
  ASSERT_NE(trump, nullptr);
  const Entity* hollande = testing_util::FindEntity(doc, "Francois Hollande");
  ASSERT_NE(hollande, nullptr);
  EXPECT_EQ(hollande->mentions.size(), 3u);
  EXPECT_EQ(testing_util::FindEntity(doc, "Fran\u00E7ois Hollande"), nullptr);
}

}  // namespace
}  // namespace newsgraph

// Quote speakers the subject rules used to miss: an unknown capitalised name
// alone before its cue, a relative "who" with a time phrase or an appositive
// between it and its antecedent, and a description holding a name after a
// preposition and its article.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Attribute(const std::string& text) { return testing_util::Statements(text); }

TEST(QuotesSources, UnknownCapitalisedNameBeforeItsCue) {
  auto q = Attribute("Factsworth later ruled that the mayor's claim about \"record crime\" was \"mostly false.\"");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].mention, "Factsworth");
}

TEST(QuotesSources, RelativeWhoWithATimePhrase) {
  auto q = Attribute(
      "Senator Ada Brennan spoke first. The board has long opposed Brennan, who in 2014 said the budget was "
      "\"a fantasy.\"");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().mention, "who");
  EXPECT_EQ(q.back().speaker, "Ada Brennan");
}

TEST(QuotesSources, RelativeWhoAfterAnAppositive) {
  auto q = Attribute(
      "Senator Ada Brennan spoke first. The board has long opposed Brennan, now the committee chair, who said "
      "the budget was \"a fantasy.\"");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().mention, "who");
  EXPECT_EQ(q.back().speaker, "Ada Brennan");
}

TEST(QuotesSources, NameInsideAPrepositionalPhraseOfADescription) {
  auto q = Attribute(
      "Ada Brennan ran again. A leaflet on the Brennan campaign's website states that parents would get "
      "\"two weeks of leave.\"");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().mention, "A leaflet on the Brennan campaign's website");
}

TEST(QuotesSources, HyphenatedGivenNameIsTheSpeaker) {
  auto q = Attribute("Secretary General Ban Ki-moon condemned what he called a \"brazen breach\" of the treaty.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ban Ki-moon");
}

TEST(QuotesSources, ShortFormOfAnOrganisationNamedEarlier) {
  auto q = Attribute(
      "The Riverside Evening Herald first reported the deal.\n\n"
      "\"The bank was left holding the debt,\" the Herald wrote.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().mention, "the Herald");
  EXPECT_EQ(q.back().speaker, "Riverside Evening Herald");
}

TEST(QuotesSources, ShortFormWithNoFullNameIsItsOwnSource) {
  auto q = Attribute("The Tribune said the deal was \"dead on arrival.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The Tribune");
}

TEST(QuotesSources, OrganisationWhoseNameEndsInApostropheS) {
  auto q = Attribute("Moody's said the outlook was stable.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Moody's");
  EXPECT_EQ(q[0].text, "the outlook was stable");
  // Someone else's anonymity inside the clause is what was said.
  q = Attribute("Christie's said the buyer wished to remain anonymous.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the buyer wished to remain anonymous");
  q = Attribute("The outlook is stable, Moody's said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Moody's");
  q = Attribute("Bank of England Governor Andrew Bailey said rates would stay high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Andrew Bailey");
  EXPECT_EQ(q[0].role, "Bank of England Governor");
}

TEST(QuotesSources, AnOrganisationWithATimeBeforeItsCue) {
  auto q = Attribute("Wells Fargo just this month announced it would end the harbour incentives.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Wells Fargo");
  EXPECT_EQ(q[0].text, "it would end the harbour incentives");
}

TEST(QuotesSources, WireForms) {
  // "authorities" speak; a long role after "According to NAME,"; a place's
  // name set off by commas before "that"; a question put to the speaker is
  // no role.
  auto q = Attribute("A teenager has died, authorities said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "authorities");
  q = Attribute("According to Lukas Vale, an analyst at the Institute for Harbour Security in Hamburg, neither "
                "government can afford to look weak.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "an analyst at the Institute for Harbour Security in Hamburg");
  EXPECT_EQ(q[0].text, "neither government can afford to look weak");
  q = Attribute("Ada Morel told a news conference in the capital, Vauclair, that none of the pilots had been harmed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that none of the pilots had been harmed");
  q = Attribute("Tom Solberg, asked whether the harbour had made too many concessions, said the deal was fair.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "asked");
  EXPECT_EQ(q[0].speaker, "<null>");
  EXPECT_EQ(q[0].text, "whether the harbour had made too many concessions");
  EXPECT_EQ(q[1].speaker, "Tom Solberg");
  EXPECT_EQ(q[1].role, "<null>");
  EXPECT_EQ(q[1].text, "the deal was fair");
}

TEST(QuotesSources, TwoTitledPeopleWithNationalitiesSpeakTogether) {
  auto q = Attribute("German Chancellor Greta Vogel and French President Henri Dubois said in a joint statement "
                     "that the harbour treaty must be signed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "German Chancellor Greta Vogel and French President Henri Dubois");
  EXPECT_EQ(q[0].text, "that the harbour treaty must be signed");
}

TEST(QuotesSources, AgentOfAPassiveBeforeARelativeSpeaks) {
  auto q = Attribute("The ferry plan was criticised by opposition lawmakers, who said it was unaffordable.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "opposition lawmakers");
  q = Attribute("The ferry plan was rejected by the pilots' union, which said it was an insult.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the pilots' union");
  // Companies named like people are organisations.
  q = Attribute("Goldman Sachs analysts said they expected the harbour board to cut fares twice.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Goldman Sachs analysts");
}

}  // namespace
}  // namespace newsgraph

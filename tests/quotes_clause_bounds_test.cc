// Where the clause of a partial quote starts and ends (issue 4): each test
// is one kind of boundary error found on PolNeAR train, with made-up names.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>

#include "quotes/attributor.h"

namespace newsgraph {
namespace {

std::string ClauseOf(const Document& doc, size_t i) {
  if (i >= doc.quotes.size() || !doc.quotes[i].clause) return "<none>";
  return std::string(doc.Slice(*doc.quotes[i].clause));
}

const Quote* PartialWith(const Document& doc, std::string_view words) {
  for (const Quote& q : doc.quotes) {
    if (q.kind == QuoteKind::kPartial && doc.Slice(q.content) == words) return &q;
  }
  return nullptr;
}

std::string ClauseOf(const Document& doc, std::string_view words) {
  const Quote* q = PartialWith(doc, words);
  if (!q || !q->clause) return "<none>";
  return std::string(doc.Slice(*q->clause));
}

// The comma stands inside the closing marks, then the attribution: the clause
// keeps comma and mark, so that its own marks stay paired.
TEST(QuotesClauseBounds, CommaInsideClosingMarksBeforeTheAttribution) {
  Document doc = testing_util::Analyze(
      "Ravi Okonkwo spoke at noon. The new harbour plan is a \xE2\x80\x9Cvery welcome step,\xE2\x80\x9D Okonkwo said.");
  EXPECT_EQ(ClauseOf(doc, "very welcome step"), "The new harbour plan is a \xE2\x80\x9Cvery welcome step,\xE2\x80\x9D");
  Document straight = testing_util::Analyze(
      "Ravi Okonkwo spoke at noon. Tessa Marr \"caused real havoc,\" Okonkwo said.");
  EXPECT_EQ(ClauseOf(straight, "caused real havoc"), "Tessa Marr \"caused real havoc,\"");
}

// The opening phrase of the sentence belongs to the clause; a dateline not.
TEST(QuotesClauseBounds, CueAfterKeepsTheOpeningPhrase) {
  Document doc = testing_util::Analyze(
      "Ravi Okonkwo spoke at noon. In this election, the ferry vote \"means more than ever,\" Okonkwo said.");
  EXPECT_EQ(ClauseOf(doc, "means more than ever"), "In this election, the ferry vote \"means more than ever,\"");
  Document dated = testing_util::Analyze(
      "Ravi Okonkwo spoke at noon.\n\nPORTVILLE -- The ferry vote \"means more than ever,\" Okonkwo said.");
  EXPECT_EQ(ClauseOf(dated, "means more than ever"), "The ferry vote \"means more than ever,\"");
}

// A quoted show title in the recipient of "told": the clause starts at "that".
TEST(QuotesClauseBounds, ToldAShowTitleThenThat) {
  Document doc = testing_util::Analyze(
      "Tessa Marr told WKRP\xE2\x80\x99s \xE2\x80\x9CMorning Tide\xE2\x80\x9D on Friday that "
      "\xE2\x80\x9C" "exactly who did it\xE2\x80\x9D remains unknown.");
  EXPECT_EQ(ClauseOf(doc, "exactly who did it"),
            "that \xE2\x80\x9C" "exactly who did it\xE2\x80\x9D remains unknown");
}

// An adjunct between the cue and "that" is the writer's.
TEST(QuotesClauseBounds, AdjunctBeforeThat) {
  Document doc = testing_util::Analyze(
      "Tessa Marr said in Portville, Ohio, that the ferry plan was \"badly rushed\" by the council.");
  EXPECT_EQ(ClauseOf(doc, "badly rushed"), "that the ferry plan was \"badly rushed\" by the council");
}

// A preposition the cue takes is the cue's: "warned of", "boasted about".
TEST(QuotesClauseBounds, PrepositionAfterTheCueIsTheCues) {
  Document doc = testing_util::Analyze(
      "Tessa Marr warned of a \"ferocious\" fight over the harbour budget.");
  EXPECT_EQ(ClauseOf(doc, "ferocious"), "a \"ferocious\" fight over the harbour budget");
  Document about = testing_util::Analyze(
      "Ravi Okonkwo boasted about his \"very beautiful\" ferry terminal.");
  EXPECT_EQ(ClauseOf(about, "very beautiful"), "his \"very beautiful\" ferry terminal");
}

// Two partial quotes with cues of their own: the first clause ends before the
// second cue, the second starts after it.
TEST(QuotesClauseBounds, SecondCueEndsTheFirstClause) {
  Document doc = testing_util::Analyze(
      "Tessa Marr called Portville Bank\xE2\x80\x99s conduct \xE2\x80\x9Coutrageous\xE2\x80\x9D and called for "
      "bonuses to be \xE2\x80\x9C" "clawed back\xE2\x80\x9D from its managers.");
  EXPECT_EQ(ClauseOf(doc, "outrageous"),
            "Portville Bank\xE2\x80\x99s conduct \xE2\x80\x9Coutrageous\xE2\x80\x9D");
  EXPECT_EQ(ClauseOf(doc, "clawed back"), "bonuses to be \xE2\x80\x9C" "clawed back\xE2\x80\x9D from its managers");
}

// A plain "said that" clause is left as it was.
TEST(QuotesClauseBounds, PlainThatClauseUnchanged) {
  Document doc = testing_util::Analyze("Mara Lind said that the budget was \"a slow-motion disaster\" for the harbour.");
  EXPECT_EQ(ClauseOf(doc, 0), "that the budget was \"a slow-motion disaster\" for the harbour");
}

// "after NAME said" opens a clause: the name is its subject, not the
// object of a preposition; a noun phrase after a dash glosses the report
// unless it describes the indefinite noun before the dash.
TEST(QuotesClauseBounds, SubordinateSubjectsAndDashGlosses) {
  auto got = testing_util::Statements("The dollar weakened after Jerome Powell said that rates would stay high.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Jerome Powell");
  got = testing_util::Statements(
      "Ann Cole said that the number came from the campaign - a fact later confirmed by the department.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "that the number came from the campaign");
  got = testing_util::Statements(
      "Ann Cole said that officers were searching for another man - a suspect with an outstanding warrant.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "that officers were searching for another man - a suspect with an outstanding warrant");
}

// Two quotes of one clause give it one end; a subordinate clause with its
// own subject and verb after a quoted object is the writer's; "as" before a
// complement ("as a liar") stays in the statement.
TEST(QuotesClauseBounds, SharedEndsAndTheWritersSubordinateClauses) {
  auto got = testing_util::Statements(
      "Trump wrote on Twitter that the inquiry was a \"witch hunt\" and that he had done \"nothing wrong.\"");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].clause, got[1].clause);
  got = testing_util::Statements("Supporters chanted \"Lock her up\" as the candidate took the stage.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].clause, "<null>");
  EXPECT_EQ(got[0].text, "Lock her up");
  got = testing_util::Statements("Ann Cole praised the plan as the mayor left the room.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "the plan");
  got = testing_util::Statements("Ann Cole described him as a liar who had cheated.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "him as a liar who had cheated");
}

// The writer's sequence ("and then left the stage") and the writer's word
// on the statement (", a claim that sent the stock soaring") end a report;
// "and then would" goes on with the reported clause.
TEST(QuotesClauseBounds, TheWritersSequenceAndVerdict) {
  auto got = testing_util::Statements("The CEO said revenue had grown 20 percent and then left the stage.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "revenue had grown 20 percent");
  got = testing_util::Statements(
      "Elon Musk posted on X that Tesla would unveil its robotaxi in August, a claim that sent the stock soaring.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "that Tesla would unveil its robotaxi in August");
  got = testing_util::Statements("Ann Cole said she would rest and then would campaign again in the fall.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "she would rest and then would campaign again in the fall");
}

// "not X, but Y" goes on; a prepositional relative (", for whom ...") and
// a quote opening a new sentence after an abbreviation ("Calif. "The
// ...") end the report.
TEST(QuotesClauseBounds, NotButPrepositionalRelativesAndAbbreviations) {
  auto got = testing_util::Statements(
      "Ann Cole said she was being prosecuted, not for what she did, but because of who she is.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "she was being prosecuted, not for what she did, but because of who she is");
  got = testing_util::Statements("Ann Cole said she is partial to Ted Cruz, for whom she hosted a fundraiser.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "she is partial to Ted Cruz");
  got = testing_util::Statements(
      "\"They'd be wrong,\" Ann Cole said in an interview in Santa Monica, Calif. \"The reality is different.\"");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].kind, "direct");
  EXPECT_EQ(got[1].text, "The reality is different.");
  EXPECT_EQ(got[1].speaker, "Ann Cole");
}

// An opening participle's quoted object is the statement, not the
// participle; a poll's figures closing the sentence are the writer's.
TEST(QuotesClauseBounds, OpeningParticiplesAndPollFigures) {
  auto got = testing_util::Statements(
      "Citing \"obligations in Tennessee,\" the former vice president's spokeswoman said he would skip it.");
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].clause.find("Citing"), std::string::npos) << got[0].clause;
  got = testing_util::Statements("Supporters of Clinton say they should use the bathroom of their choice, 76%-21%.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "they should use the bathroom of their choice");
}

}  // namespace
}  // namespace newsgraph

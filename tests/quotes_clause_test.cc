// A partial quote inside reported speech is one statement: the quote keeps
// its verbatim words and carries the whole reported clause (Quote::clause),
// which the PolNeAR scorer matches in place of the quoted words.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>

#include "core/document_json.h"
#include "evaluation/attribution_eval.h"
#include "evaluation/predictions.h"
#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

Document Pipeline(const std::string& text) {
  Document doc = testing_util::Analyze(text);
  return doc;
}

TEST(QuotesClause, PartialInsideReportIsOneStatement) {
  Document doc = Pipeline("Mara Lind said the budget was \"a slow-motion disaster\" for the harbour.");
  ASSERT_EQ(doc.quotes.size(), 1u);  // no separate indirect statement
  const Quote& q = doc.quotes[0];
  EXPECT_EQ(q.kind, QuoteKind::kPartial);
  EXPECT_EQ(doc.Slice(q.content), "a slow-motion disaster");
  ASSERT_TRUE(q.clause.has_value());
  EXPECT_EQ(doc.Slice(*q.clause), "the budget was \"a slow-motion disaster\" for the harbour");
  EXPECT_EQ(q.speaker.value_or(""), "Mara Lind");
}

// The clause takes the quote's full stop and its closing mark, so the marks
// it shows stay paired.
TEST(QuotesClause, QuoteEndingTheClauseKeepsItsFullStopInside) {
  Document doc = Pipeline("Mara Lind said the vote showed that \"the harbour belongs to everyone.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_TRUE(doc.quotes[0].clause.has_value());
  EXPECT_EQ(doc.Slice(*doc.quotes[0].clause), "the vote showed that \"the harbour belongs to everyone.\"");
  doc = Pipeline("Mara Lind said the barriers had been \xE2\x80\x98tested to destruction\xE2\x80\x99.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_TRUE(doc.quotes[0].clause.has_value());
  EXPECT_EQ(doc.Slice(*doc.quotes[0].clause), "the barriers had been \xE2\x80\x98tested to destruction\xE2\x80\x99");
}

TEST(QuotesClause, WholeQuotesAndPlainReportsHaveNoClause) {
  Document doc = Pipeline("\"We will rebuild,\" Mara Lind said. Mara Lind said the ferry would run again in May.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  for (const Quote& q : doc.quotes) EXPECT_FALSE(q.clause.has_value());
  EXPECT_EQ(doc.quotes[1].kind, QuoteKind::kIndirect);
}

TEST(QuotesClause, JsonCarriesTheClauseOrNull) {
  Document doc = Pipeline("Mara Lind said the budget was \"a disaster\" for us. \"We will rebuild,\" she said.");
  std::string json;
  AppendDocumentJson(doc, &json);
  EXPECT_NE(json.find("\"clause\":{\"start\":15,\"end\":49,\"text\":\"the budget was \\\"a disaster\\\" for us\"}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"clause\":null"), std::string::npos);
}

TEST(QuotesClause, ScorerMatchesTheClause) {
  Document doc = Pipeline("Mara Lind said the budget was \"a disaster\" for us.");
  const auto predicted = evaluation::PredictionsFromDocument(doc);
  ASSERT_EQ(predicted.size(), 1u);
  const auto text = evaluation::TokenizedText::FromUtf8(doc.text);
  // Gold as PolNeAR writes it: the whole clause, source the name.
  evaluation::GoldAttribution gold{"E1", {{15, 49}}, {{0, 9}}};
  evaluation::AttributionScorer scorer;
  scorer.AddArticle("a", text, {gold}, predicted, nullptr);
  EXPECT_EQ(scorer.quoted().exact_golds, 1u);
  EXPECT_EQ(scorer.quoted().source_correct, 1u);
}

std::string ClauseOf(const Document& doc, size_t i) {
  if (i >= doc.quotes.size() || !doc.quotes[i].clause) return "<null>";
  return std::string(doc.Slice(*doc.quotes[i].clause));
}

TEST(QuotesClause, NamingCuesTakeTheirObject) {
  // No report is found for "called" or "described", yet the statement is the
  // whole phrase after the cue, up to the writer's own clause; when it was
  // said ("on Friday") is the writer's too. A clause cut after a quoted
  // fragment keeps the fragment's closing mark.
  Document doc = Pipeline("Ravi Okonkwo called the ruling a \"huge win for tenants\" on Friday.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0), "the ruling a \"huge win for tenants\"");
  doc = Pipeline("Ravi Okonkwo called the ruling a \"huge win for tenants\" for years to come.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0), "the ruling a \"huge win for tenants\" for years to come");
  doc = Pipeline("Ravi Okonkwo said the rent freeze has \"kept us safe\" on Twitter before the vote.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0), "the rent freeze has \"kept us safe\"");
  doc = Pipeline("Ravi Okonkwo described the mayor as a \"grave risk\" after she vetoed the bill.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0), "the mayor as a \"grave risk\"");
}

TEST(QuotesClause, NumberCommaIsNoBreak) {
  Document doc = Pipeline("Ravi Okonkwo called the ferry \"a waste\" of 54,000 dollars a year.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0), "the ferry \"a waste\" of 54,000 dollars a year");
}

TEST(QuotesClause, SecondCueOfTheSubjectEndsTheClause) {
  // "and said ..." starts a statement of its own, not part of the first.
  Document doc = Pipeline(
      "Ravi Okonkwo called the plan \"reckless\" and said the council should vote it down.");
  ASSERT_GE(doc.quotes.size(), 2u);
  EXPECT_EQ(ClauseOf(doc, 0), "the plan \"reckless\"");
  bool second = false;
  for (const Quote& q : doc.quotes) {
    second = second || doc.Slice(q.content) == "the council should vote it down";
  }
  EXPECT_TRUE(second);
}

TEST(QuotesClause, WritersWordsAfterAQuoteMakeItPartial) {
  // The quote opens the sentence, the writer goes on before the attribution:
  // the statement is the whole clause, the quote a partial one.
  Document doc = Pipeline("\"We do not sell tickets\" on the ferry itself, Ravi Okonkwo said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(ClauseOf(doc, 0), "\"We do not sell tickets\" on the ferry itself");
  // A whole quote before its attribution stays direct.
  doc = Pipeline("\"We do not sell tickets,\" Ravi Okonkwo said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kDirect);
  EXPECT_FALSE(doc.quotes[0].clause.has_value());
}

TEST(QuotesClause, WritersWordsToTheSentenceEndAfterAnAttributedQuote) {
  Document doc = Pipeline(
      "Ravi Okonkwo said the harbour \"is a perfect example of adapting\" to the changing economics of ferries.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0), "the harbour \"is a perfect example of adapting\" to the changing economics of ferries");
  // Attributed before, the writer going on after the closing mark.
  doc = Pipeline("Ravi Okonkwo said, \"We do not know the answer yet\" on how many ferries will stop.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(ClauseOf(doc, 0), "\"We do not know the answer yet\" on how many ferries will stop");
  // A short time phrase after the quote is the writer's.
  doc = Pipeline("Ravi Okonkwo tweeted, \"Thank you, Ohio\" on Friday afternoon.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_FALSE(doc.quotes[0].clause.has_value());
}

TEST(QuotesClause, SecondVerbOfTheSubjectSplitsTheClauses) {
  Document doc = Pipeline(
      "Ravi Okonkwo called the merger \"a terrible deal\" and ranked the board among the worst \"in the history of "
      "the harbour.\"");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(ClauseOf(doc, 0), "the merger \"a terrible deal\"");
  EXPECT_EQ(ClauseOf(doc, 1).rfind("ranked the board", 0), 0u) << ClauseOf(doc, 1);
  // A relative clause's own verbs do not split it.
  doc = Pipeline("Ravi Okonkwo said workers who became eligible and worked late would \"see their pay fall.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0).rfind("workers who became eligible", 0), 0u) << ClauseOf(doc, 0);
}

TEST(QuotesClause, SeveralQuotesShareOneClause) {
  Document doc = Pipeline(
      "Ravi Okonkwo called the plan \"reckless\" and \"unfunded,\" and the council agreed.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  // The comma inside the closing mark goes with it: the clause's marks pair.
  EXPECT_EQ(ClauseOf(doc, 0), "the plan \"reckless\" and \"unfunded,\"");
  EXPECT_EQ(ClauseOf(doc, 1), ClauseOf(doc, 0));
}

TEST(QuotesClause, CueAfterTheQuoteTakesTheWordsBeforeTheComma) {
  Document doc = Pipeline(
      "Ravi Okonkwo spoke at noon. The budget did \"far too little\" for renters, he added on Friday.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0), "The budget did \"far too little\" for renters");
}

TEST(QuotesClause, RunOnTextKeepsClausesShort) {
  // A page-long "sentence" with thousands of partial quotes: each quote's
  // clause stays bounded, so the output stays linear in the input.
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "he said the \"plan\" was ";
  text += "it ended.";
  Document doc = Pipeline(text);
  ASSERT_GT(doc.quotes.size(), 100u);
  size_t total = 0;
  for (const Quote& q : doc.quotes) {
    if (q.clause) total += q.clause->size();
    if (q.clause) EXPECT_LE(q.clause->size(), 1500u);
  }
  EXPECT_LE(total, 200 * text.size());
}

TEST(QuotesClause, TheReportSpeaksForItsClause) {
  // The inner "she expects" is part of what Lind said: the statement is Lind's.
  Document doc = Pipeline("Mara Lind said she expects the council \"to keep its word\" this year.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0), "she expects the council \"to keep its word\" this year");
  ASSERT_TRUE(doc.quotes[0].speaker_mention.has_value());
  EXPECT_EQ(doc.Slice(*doc.quotes[0].speaker_mention), "Mara Lind");
  ASSERT_TRUE(doc.quotes[0].cue.has_value());
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "said");
}

// A clause opening with a quoted name is reported ("\"Star Wars\" earned
// $775 million, Disney said"); a thing named ("a song called \"Hope\"") is
// no statement; after "told" and its listener the statement is the quote.
TEST(QuotesClause, QuotedNamesThingsNamedAndListeners) {
  auto got = testing_util::Statements("\"Star Wars\" earned $775 million, Disney said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Disney");
  EXPECT_EQ(got[0].text, "\"Star Wars\" earned $775 million");
  EXPECT_TRUE(testing_util::Statements("The company released a song called \"Hope\" and a film called \"Home.\"").empty());
  got = testing_util::Statements("Ann Cole later called the plan \"a disaster.\"");
  ASSERT_EQ(got.size(), 1u);
  got = testing_util::Statements("The senator told CNN \"we have the votes\" on Sunday.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].clause.find("CNN"), std::string::npos) << got[0].clause;
}

TEST(QuotesClause, TheWritersVerdictAfterAQuotedFragmentEndsTheClause) {
  Document doc = Pipeline(
      "Senator Ada Vale argued on Tuesday that the bill \"does nothing for ferry families,\" a claim her "
      "opponents dismiss as theater.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(ClauseOf(doc, 0), "that the bill \"does nothing for ferry families,\"");
}

}  // namespace
}  // namespace newsgraph

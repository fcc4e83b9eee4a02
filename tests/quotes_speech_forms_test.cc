// Quotations that read like titles or lack a usual verb but are speech:
// an exclamation in capitals after its cue, and "as X put it".
#include <gtest/gtest.h>

#include "analyze_test_util.h"

namespace newsgraph {
namespace {

TEST(QuotesSpeechForms, AnExclamationInCapitalsIsSpeechNotATitle) {
  Document doc = testing_util::Analyze(
      "Senator Ann Lowry took the stage in Ohio. She declared \xE2\x80\x9CWhat a Super Tuesday!\xE2\x80\x9D and left.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "What a Super Tuesday!");
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Ann Lowry");
}

TEST(QuotesSpeechForms, AQuotedTitleStaysATitle) {
  Document doc = testing_util::Analyze("She appeared on \xE2\x80\x9CThe Late Show\xE2\x80\x9D on Monday.");
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(QuotesSpeechForms, AsSomeonePutIt) {
  Document doc = testing_util::Analyze(
      "As the columnist Dana Milbank puts it, \"Senate Republicans are unmoved, and activists are uninspired.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Dana Milbank");
  ASSERT_TRUE(doc.quotes[0].cue.has_value());
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "puts");
}

TEST(QuotesSpeechForms, MadeItClearThat) {
  Document doc = testing_util::Analyze("In the interview, Dana Milbank made it clear that the pier would not reopen.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "that the pier would not reopen");
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Dana Milbank");
  ASSERT_TRUE(doc.quotes[0].cue.has_value());
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "made it clear");
  // Without "that" the phrase says nothing of its own.
  EXPECT_TRUE(testing_util::Analyze("Dana Milbank made it clear enough for everyone.").quotes.empty());
}

// A participle after a document reports for whoever issued it.
TEST(QuotesSpeechForms, StatementSaying) {
  Document doc = testing_util::Analyze("The harbour board released a statement saying that it would appeal.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "that it would appeal");
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "The harbour board");
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "saying");
}

// "recalls 2 million cars" is a product recall, not a memory.
TEST(QuotesSpeechForms, RecallOfProducts) {
  EXPECT_TRUE(testing_util::Analyze("Acme recalls 2 million cars.").quotes.empty());
  EXPECT_TRUE(testing_util::Analyze("Tull Motors recalled about 300,000 trucks on Monday.").quotes.empty());
  EXPECT_EQ(testing_util::Analyze("Dana Milbank recalled that the meeting was tense.").quotes.size(), 1u);
}

TEST(QuotesSpeechForms, PutWithoutItIsNoCue) {
  Document doc = testing_util::Analyze("Dana Milbank put the \"Closed\" sign on the door.");
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(QuotesSpeechForms, MentioningIsACue) {
  Document doc = testing_util::Analyze(
      "\"We wrote two dozen songs,\" Ada Vale said, mentioning the new album is \"in the home stretch.\"");
  ASSERT_EQ(doc.quotes.size(), 2u);
  const Quote& q = doc.quotes[1];
  EXPECT_EQ(q.kind, QuoteKind::kPartial);
  EXPECT_EQ(q.speaker.value_or(""), "Ada Vale");
  ASSERT_TRUE(q.cue.has_value());
  EXPECT_EQ(doc.Slice(*q.cue), "mentioning");
  ASSERT_TRUE(q.clause.has_value());
  EXPECT_EQ(doc.Slice(*q.clause), "the new album is \"in the home stretch.\"");
  // A mention after a quantifier or an adjective is a noun.
  EXPECT_TRUE(testing_util::Analyze("Someone edited the page to remove all mention of the ferry.").quotes.empty());
  EXPECT_TRUE(testing_util::Analyze("Our previous mention was at the pier.").quotes.empty());
}

TEST(QuotesSpeechForms, ParticiplesOfStanceAndSpeechVerbs) {
  auto q = testing_util::Statements(
      "Ada Vale praised the pilots, accusing Tom Reed of ignoring the harbour for years.", /*indirect_only=*/true);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "accusing");
  EXPECT_EQ(q[1].text, "Tom Reed of ignoring the harbour");
  q = testing_util::Statements(
      "The pilots sent a letter to the council stating that they \"want to be heard at last.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "stating");
  EXPECT_EQ(q[0].clause, "that they \"want to be heard at last.\"");
  // The participle continues the subordinate clause just before it.
  q = testing_util::Statements(
      "The harbour board issued a statement after Ada Vale publicly scolded the board, accusing the council of "
      "blocking her ferry.",
      true);
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().cue, "accusing");
  EXPECT_EQ(q.back().speaker, "Ada Vale");
}

TEST(QuotesSpeechForms, MoreParticiplesAndTheirWithSubjects) {
  auto q = testing_util::Statements("Ada Vale spoke for an hour, praising the pilots for their courage.", true);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "praising");
  EXPECT_EQ(q[0].text, "the pilots for their courage");
  // "with NOUN VERBing": the noun speaks, not the sentence's subject.
  auto all = testing_util::Statements(
      "Smoke will cover the harbour this week, with forecasters warning that the air will be \"severe\" on "
      "Wednesday.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].speaker, "forecasters");
  EXPECT_EQ(all[0].cue, "warning");
}

TEST(QuotesSpeechForms, PresentFormsOfCues) {
  auto q = testing_util::Statements("Harbour records indicate that the ferry never sailed.", true);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "indicate");
  EXPECT_EQ(q[0].text, "that the ferry never sailed");
  q = testing_util::Statements("The two mayors discuss the ferry budget.", true);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry budget");
}

// Wire copy's "said in a statement": a numeral after "that", a clause
// without "that" after the medium, and "on a conference call" (a call, no
// cue) between the listener and the clause.
TEST(QuotesSpeechForms, WireStatementForms) {
  auto one = [](const std::string& text) {
    auto got = testing_util::Statements(text);
    return got.size() == 1 ? got[0] : testing_util::Got{};
  };
  auto g = one("The ministry said in a statement that 14 people had been killed in the strike.");
  EXPECT_EQ(g.speaker, "The ministry");
  EXPECT_EQ(g.text, "that 14 people had been killed in the strike");
  g = one("The army said in a statement the strike hit a weapons depot.");
  EXPECT_EQ(g.text, "the strike hit a weapons depot");
  g = one("Mary Barra said on a conference call the company expected growth.");
  EXPECT_EQ(g.speaker, "Mary Barra");
  EXPECT_EQ(g.text, "the company expected growth");
  g = one("The chief executive, Mary Barra, told analysts on a conference call that GM expected growth.");
  EXPECT_EQ(g.speaker, "Mary Barra");
  EXPECT_EQ(g.role, "The chief executive");
  EXPECT_EQ(g.cue, "told");
  EXPECT_EQ(g.text, "that GM expected growth");
}

// Feature writing's present plurals ("researchers caution", "doctors
// stress"), families and leagues as unnamed speakers, and a second appeal
// after "and" ("called on police ... and called on people to ...").
TEST(QuotesSpeechForms, PresentPluralsFamiliesAndSecondAppeals) {
  auto got = testing_util::Statements("The researchers caution that the study was small.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "The researchers");
  got = testing_util::Statements("Doctors stress that the risk is low.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "that the risk is low");
  got = testing_util::Statements("\"We are devastated,\" the family said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "the family");
  got = testing_util::Statements("The study found stress levels rose.");
  for (const auto& g : got) EXPECT_NE(g.cue, "stress");
  got = testing_util::Statements(
      "Scott's lawyer has called on police to release the videos and called on people to protest peacefully.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "Scott's lawyer");
  EXPECT_EQ(got[1].text, "people to protest peacefully");
}

// Shouted capitals are speech, not a title; "has since stressed"; a report
// inside an opening "as" clause.
TEST(QuotesSpeechForms, ShoutingSinceAndOpeningAs) {
  auto got = testing_util::Statements("Ann Cole spoke. \"GROWING PARTY,\" she declared in a tweet.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "GROWING PARTY");
  EXPECT_EQ(got[0].speaker, "Ann Cole");
  got = testing_util::Statements("Ann Cole has since stressed that she did not send any classified information.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].cue, "stressed");
  got = testing_util::Statements(
      "Even as the governors vowed to carry their campaigns onward regardless of the results, the urgency was evident.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "to carry their campaigns onward regardless of the results");
  // A title in capitals stays no statement.
  EXPECT_TRUE(testing_util::Statements("She watched \"CSI NY\" last night.").empty());
}

// A phrase set off by commas between the cue and its "that" ("said, after a
// meeting, that", "said on Sunday evening, after a closed-door meeting with
// members, that").
TEST(QuotesSpeechForms, APhraseBetweenTheCueAndThat) {
  auto got = testing_util::Statements("Ann Cole said, after a meeting, that she remained confident in the plan.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "that she remained confident in the plan");
  got = testing_util::Statements(
      "House Speaker Ann Cole said on Sunday evening, after a closed-door meeting with members, that she remained "
      "confident.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "that she remained confident");
  got = testing_util::Statements(
      "Donald Trump describes himself as antiabortion and has said that he would nominate conservative justices.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "Donald Trump");
  EXPECT_EQ(got[1].text, "that he would nominate conservative justices");
  got = testing_util::Statements("Last month, 26 percent said the same.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "the same");
}

TEST(QuotesSpeechForms, ANameGivenByNoOneIsNoStatement) {
  Document doc = testing_util::Analyze(
      "The app, called \"Breathe,\" has been downloaded ten million times since March.");
  EXPECT_TRUE(doc.quotes.empty());
  doc = testing_util::Analyze("Midfielder Tom Ruiz, who everyone calls \"Tomi,\" said the squad was ready.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "the squad was ready");
  // A name given by a speaker is still a statement.
  doc = testing_util::Analyze("Ada Vale called him \"a coward.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
}

TEST(QuotesSpeechForms, SingleMarksAfterAPluralAndAroundOne) {
  // "'change lives'": the plural's apostrophe closes the fragment.
  Document doc = testing_util::Analyze("Minister Ada Vale said the ferry would 'change lives' in rural Ireland.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kPartial);
  // "'The Tories' plans ...'": a later closer takes the quote.
  doc = testing_util::Analyze("Mr Vale said: 'The Tories' ferry plans will fail.'");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "The Tories' ferry plans will fail.");
}

TEST(QuotesSpeechForms, AColonAfterATitledSubjectsPredicate) {
  // "Manager Ken Doyle was furious: "..."": the titled subject speaks.
  Document doc = testing_util::Analyze("Manager Ken Doyle was furious: \"That was never a penalty.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Ken Doyle");
}

}  // namespace
}  // namespace newsgraph

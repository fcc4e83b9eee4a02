// Forms round 45 took up: a noun phrase closing the sentence after a
// reported clause, the writer's gloss on its last words; a digest's
// headline, a dash and a label before a quote; a bare "yes", "no" or "so"
// as what was said; documents with their phrase, and poll averages, that
// show; a poll named in an opening phrase or closing the clause; a
// participle of promising after a comma.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "said he is as much a citizen as Sen. John McCain, a former nominee who
// was born in Panama": the appositive on McCain is the writer's, not what
// Cruz said; the report ends at the comma.
TEST(QuotesDesksOfRound45, ClosingAppositiveIsTheWriters) {
  auto q = Statements(
      "Cruz said he is just as much of a natural-born citizen as Sen. John McCain, a former nominee who was "
      "born in Panama.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he is just as much of a natural-born citizen as Sen. John McCain");
  q = Statements("Comey said she should face no criminal charges, a recommendation the attorney general adopted.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she should face no criminal charges");
  q = Statements("HP announced it would slash up to 30,000 jobs, a mass layoff rivaling the cuts under Fiorina.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it would slash up to 30,000 jobs");
}

// What is no closing appositive: an aside the clause goes on after, a list
// of noun phrases, a noun phrase with a report of its own, a name's second
// description.
TEST(QuotesDesksOfRound45, NounPhrasesThatStayInTheReport) {
  auto q = Statements(
      "Analysts say China plans to make the Scarborough Shoal, an atoll Beijing grabbed four years ago, into a "
      "fortress.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text,
            "China plans to make the Scarborough Shoal, an atoll Beijing grabbed four years ago, into a fortress");
  q = Statements("Officials said Obama might push for peace through a speech, a diplomatic push or a U.N. resolution.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Obama might push for peace through a speech, a diplomatic push or a U.N. resolution");
  q = Statements("The poll found that 70 percent would vote for her, a drop from 76 percent who said the same in July.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that 70 percent would vote for her, a drop from 76 percent who said the same in July");
  q = Statements("Trump retweeted a photo of Heidi Cruz next to a photo of his wife, Melania, a former model.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a photo of Heidi Cruz next to a photo of his wife, Melania, a former model");
}

// "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: "Gallup's analysis
// ..."": a digest's headline, a dash, then the name labels the quote.
TEST(QuotesDesksOfRound45, DigestHeadlineDashThenLabel) {
  auto q = Statements(
      "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: \xE2\x80\x9CGallup's analysis finds that 20 states are "
      "solidly Republican.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Jeffrey M. Jones");
  q = Statements(
      "Estimates of civic engagement are particularly problematic - Pew Research: \xE2\x80\x9C"
      "All the samples include more engaged people than they should.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Pew Research");
  // A lower-case word before the colon is no label.
  q = Statements("The trend is clear - the numbers say: \xE2\x80\x9CWe are losing.\xE2\x80\x9D");
  for (const auto& s : q) EXPECT_NE(s.speaker, "the numbers say");
}

// "75 percent of Democrats said yes", "half said so": a poll's answer is
// what was said; "said no to the deal" is an act, and "so long" no answer.
TEST(QuotesDesksOfRound45, BareAnswerIsWhatWasSaid) {
  auto q = Statements("Asked about the plan, 75 percent of Democrats said yes, while 48 percent overall agreed.");
  bool found = false;
  for (const auto& s : q) {
    if (s.text == "yes") {
      found = true;
      EXPECT_EQ(s.speaker, "75 percent of Democrats");
      EXPECT_EQ(s.cue, "said");
    }
  }
  EXPECT_TRUE(found);
  q = Statements("Nearly half said so in the earlier poll.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "so");
  q = Statements("Asked if he had done it, the senator said no.");
  found = false;
  for (const auto& s : q) found = found || (s.text == "no" && s.speaker == "the senator");
  EXPECT_TRUE(found);
  EXPECT_TRUE(Statements("He said no to the deal.").empty());
  EXPECT_TRUE(Statements("He said so long ago.").empty());
}

// "after leaked documents from his 1995 tax return show he took a loss": a
// document's prepositional phrase stands between it and the verb of
// showing; and a poll average shows too. ", using an average of polls" is
// the writer's participle.
TEST(QuotesDesksOfRound45, DocumentsWithTheirPhraseAndPollAveragesShow) {
  auto q = Statements("The gap widened after documents from his tax return showed he took a massive loss.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he took a massive loss");
  EXPECT_EQ(q[0].speaker, "documents from his tax return");
  EXPECT_EQ(q[0].cue, "showed");
  q = Statements(
      "The Real Clear Politics average of polls shows Clinton ahead by 3.7 percentage points, using an average of "
      "the five most recent polls.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Clinton ahead by 3.7 percentage points");
  EXPECT_EQ(q[0].speaker, "The Real Clear Politics average of polls");
}

// "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose
// Clinton": a poll named in the sentence's opening phrase is the source of
// the figures after it, "In" their cue; not when the clause has a cue of its
// own, nor after an adverb's aside.
TEST(QuotesDesksOfRound45, PollNamedInTheOpeningPhrase) {
  auto q = Statements(
      "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton while 40 "
      "percent chose Trump.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "50 percent of respondents chose Clinton while 40 percent chose Trump");
  EXPECT_EQ(q[0].speaker, "an NBC News/Wall Street Journal poll");
  EXPECT_EQ(q[0].cue, "In");
  q = Statements(
      "In the previous Washington Post/ABC News national poll, conducted in early September, Clinton led Trump by 5 "
      "percentage points among likely voters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Clinton led Trump by 5 percentage points among likely voters");
  q = Statements("In a poll, 40 percent said they would vote for him.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "40 percent");
  EXPECT_EQ(q[0].cue, "said");
  q = Statements(
      "In an online poll of 800 voters, conducted from Feb. 11 to Feb. 16, Democracy Corp found that moderates "
      "may be pliable.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Democracy Corp");
  // No poll, no source: "In the morning, Clinton led the parade."
  EXPECT_TRUE(Statements("In the morning, Clinton led the parade through the town.").empty());
}

// "Trump has a decisive lead in the polls", "The former Florida governor
// took just 6 percent of the national vote in a Washington Post-ABC News
// poll released Sunday": a standing in the race closed by the poll it comes
// from is the poll's finding; not a clause with a cue or another clause of
// its own, nor one with no standing.
TEST(QuotesDesksOfRound45, PollClosingTheClause) {
  auto q = Statements("Trump has a decisive lead in the polls.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Trump has a decisive lead");
  EXPECT_EQ(q[0].speaker, "the polls");
  EXPECT_EQ(q[0].cue, "in");
  q = Statements("Mr. Trump is ahead in public opinion polls in Florida, Illinois and North Carolina.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Mr. Trump is ahead");
  q = Statements("He said he was ahead in the polls.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_TRUE(Statements("He invested heavily in polls.").empty());
  for (const auto& s : Statements("His message long has been that he is a winner because he is ahead in the polls.")) {
    EXPECT_NE(s.cue, "in");
  }
}

// "Trump spoke to fracking leaders, promising to lift regulations": after a
// comma, a participle of promising, vowing, pledging, threatening or
// refusing reports its infinitive, the subject's; "declining to comment"
// still says nothing.
TEST(QuotesDesksOfRound45, InfinitiveParticipleAfterAComma) {
  auto q = Statements("Trump spoke to a gathering of fracking industry leaders, promising to lift environmental regulations.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to lift environmental regulations");
  EXPECT_EQ(q[0].speaker, "Trump");
  EXPECT_EQ(q[0].cue, "promising");
  q = Statements("Sanders spoke in Ohio, vowing to compete in the final primary.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "vowing");
  q = Statements("Kasich stayed positive, refusing to attack his rivals.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to attack his rivals");
  EXPECT_TRUE(Statements("The campaign issued a statement, declining to comment.").empty());
}

// "attacked Machado in early-morning tweets": an occasion with no article
// ends the object as one with an article does; "viewed communists as
// terrorists and despised them": the subject's next act, a past verb after
// "and", ends it too, but not inside a relative clause.
TEST(QuotesDesksOfRound45, ObjectEndsBeforeBareOccasionAndNextAct) {
  auto q = Statements("Trump attacked Machado in early-morning tweets.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Machado");
  q = Statements("Abby Martin had previously denounced the annexation in an on-air diatribe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the annexation");
  q = Statements("The Birchers viewed communists as terrorists and despised them.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "communists as terrorists");
  q = Statements("Analysts cited the importance of a nation that borders China and has had ties to North Korea.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the importance of a nation that borders China and has had ties to North Korea");
}

// "called Friday's decision a "huge win for Ohio voters"": a date that owns
// the noun after it opens the partial quote's clause; "said Friday that
// ..." still leaves the date out.
TEST(QuotesDesksOfRound45, DateOwningANounOpensTheClause) {
  auto q = Statements("David Pepper called Friday's decision a \"huge win for Ohio voters.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].clause, "Friday's decision a \"huge win for Ohio voters.\"");
  q = Statements("David Pepper said Friday the decision was a \"huge win for Ohio voters.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].clause.rfind("the decision", 0), 0u);
}

// "\u201CI'd rather live in what he calls \u201Chell\u201D than live in a
// world where he is president.\u201D": curly double marks nest; the outer
// pair is the quote, the inner one inside it; a stray opener followed by a
// quote of its own still leaves the first mark stray.
TEST(QuotesDesksOfRound45, NestedCurlyDoubleMarks) {
  auto q = Statements(
      "\xE2\x80\x9CI'd rather live in what he calls \xE2\x80\x9Chell\xE2\x80\x9D than live in a world where he "
      "is president,\xE2\x80\x9D said Adriana Rodarte.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text,
            "I'd rather live in what he calls \xE2\x80\x9Chell\xE2\x80\x9D than live in a world where he is president");
  EXPECT_EQ(q[0].speaker, "Adriana Rodarte");
  q = Statements(
      "The mayor spoke. \xE2\x80\x9CWe will see. \xE2\x80\x9CThe budget is sound,\xE2\x80\x9D she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The budget is sound");
  // Two names after a digest's dash label the quote together.
  q = Statements(
      "IOWA POLLS NOT WRONG - Mark Blumenthal and Jon Cohen: \xE2\x80\x9CThe polls were not dead wrong. They just "
      "ended too early.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mark Blumenthal and Jon Cohen");
}

// "urged North Korea to resume talks it abandoned in 2009": the date of a
// relative clause without its pronoun is that clause's, not when the
// urging was said; "urged the talks in 2009" still leaves it out.
TEST(QuotesDesksOfRound45, DateOfAContactRelativeStaysInTheObject) {
  auto q = Statements("Kerry urged North Korea to resume denuclearization talks it abandoned in 2009.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "North Korea to resume denuclearization talks it abandoned in 2009");
  q = Statements("Kerry praised the talks on Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the talks");
}

// "criticized Tulsa, Okla., police officer Betty Shelby for shooting ...": a
// town's state set off by commas inside the object ends nothing.
TEST(QuotesDesksOfRound45, TownAndStateInsideAnObject) {
  auto q = Statements("Clinton criticized Tulsa, Okla., police officer Betty Shelby for shooting an unarmed man.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Tulsa, Okla., police officer Betty Shelby for shooting an unarmed man");
}

// "admires Putin as a "strong leader"", "pounding Trump as a "con artist"":
// a stance with its "as" only; "pounded the bag" says nothing.
TEST(QuotesDesksOfRound45, AdmiringAndPoundingWithAs) {
  auto q = Statements("Trump admires Putin as a \xE2\x80\x9Cstrong leader.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "admires");
  EXPECT_EQ(q[0].speaker, "Trump");
  q = Statements("Reid is pounding Trump as a \xE2\x80\x9C" "con artist\xE2\x80\x9D for months.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "pounding");
  EXPECT_TRUE(Statements("The boxer pounded the bag for an hour.").empty());
  EXPECT_TRUE(Statements("Many fans admire the team's coach.").empty());
}

// "Reid has been steadily pounding Trump", "was openly criticizing the
// plan": an adverb in -ly between the auxiliary and the participle.
TEST(QuotesDesksOfRound45, AdverbInsideAProgressive) {
  auto q = Statements("Reid has been sharply criticizing the plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Reid");
  EXPECT_EQ(q[0].text, "the plan");
  q = Statements("Reid was openly criticizing the plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "criticizing");
}

// "".@BernieSanders prioritized gun manufacturers' rights ...," Clinton
// tweeted": a tweet quoted whole opens with a handle and is words; a lone
// handle or link in marks is still markup. An invisible direction mark
// before a quotation mark hides nothing.
TEST(QuotesDesksOfRound45, TweetsOpeningWithAHandleAndInvisibleMarks) {
  auto q = Statements("\".@BernieSanders prioritized gun rights over the parents,\" Clinton tweeted on Wednesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, ".@BernieSanders prioritized gun rights over the parents");
  EXPECT_EQ(q[0].speaker, "Clinton");
  q = Statements("\"#ImWithHer is trending tonight,\" the campaign said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  for (const auto& s : Statements("Fans should follow \"@campaign\" for updates.")) EXPECT_NE(s.text, "@campaign");
  q = Statements("\xE2\x80\xAA\xE2\x80\x9DIsis will burn for it!\xE2\x80\x9D wrote Pete Hidalgo.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Pete Hidalgo");
}

// "..., BFM TV reported.": "TV" closes a broadcaster's name as "Radio" and
// "News" do.
TEST(QuotesDesksOfRound45, BroadcasterNamedWithTV) {
  auto q = Statements("Local authorities were treating the incident as a terrorist attack, BFM TV reported.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "BFM TV");
  EXPECT_EQ(q[0].text, "Local authorities were treating the incident as a terrorist attack");
}

// "..., as first reported by the New York Times on Tuesday": the passive's
// agent is the source of the clause before it.
TEST(QuotesDesksOfRound45, AsReportedByAnAgent) {
  auto q = Statements(
      "The super PAC started reserving ad time in swing states, as first reported by the New York Times on Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The super PAC started reserving ad time in swing states");
  EXPECT_EQ(q[0].cue, "reported");
  EXPECT_NE(q[0].speaker.find("New York Times"), std::string::npos);
}

// "China can build a wall, Trump said this week, so he can build one":
// the attribution set off by commas may carry "this week" after its cue.
TEST(QuotesDesksOfRound45, ParentheticalAttributionWithThisWeek) {
  auto q = Statements("China can build a wall, Trump said this week, so he can build one along the frontier.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "China can build a wall");
  EXPECT_EQ(q[0].speaker, "Trump");
  EXPECT_EQ(q[1].text, "so he can build one along the frontier");
}

// "A Wall Street Journal article published Friday found no record of the
// class", "The inquiry found virtually nothing new": articles, audits and
// inquiries find as studies do.
TEST(QuotesDesksOfRound45, ArticlesAndInquiriesFind) {
  auto q = Statements("A Wall Street Journal article published Friday found no record of the class.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "no record of the class");
  EXPECT_EQ(q[0].cue, "found");
  q = Statements("The inquiry found that the agency had ignored the warnings.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The inquiry");
  EXPECT_TRUE(Statements("He wrote an article about the race.").empty());
}

// "asked the former secretary of state during a Telemundo chat if she would
// commit": a where or when phrase between listener and question.
TEST(QuotesDesksOfRound45, AskedAcrossAnOccasion) {
  auto q = Statements(
      "Jose Antonio Vargas asked the former secretary of state during a Telemundo Facebook chat if she would "
      "commit to his pledge.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "if she would commit to his pledge");
  EXPECT_EQ(q[0].cue, "asked");
}

// "Stealth Over Health: Hillary Clinton Was Headed to ER": a title-case
// headline's preposition inside the words before the colon names nobody;
// "by showing you how" is a means, nothing a document shows.
TEST(QuotesDesksOfRound45, HeadlineLabelsAndMeansGerunds) {
  EXPECT_TRUE(Statements("Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.")
                  .empty());
  EXPECT_TRUE(
      Statements("Today I will build on what I shared in the first article by showing you how to shift your mindset.")
          .empty());
}

}  // namespace
}  // namespace newsgraph

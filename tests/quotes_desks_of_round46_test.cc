// Forms round 46 took up: names whose UTF-8 was decoded twice ("PeÃ±a
// Nieto"); two titled people joined by "and", the second title with its
// own modifiers, and unknown names in an appositive pair; an opening phrase
// whose noun carries a relative clause; an emphatic reflexive and others
// joining in; "As reported by X,"; title-case headlines with stances;
// polls with a gloss; hopes and talk; comparisons, auxiliaries, dashes and
// "but" at a report's end; a speaker after an opening subordinate clause;
// a connective after a role; an indefinite article before a name.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// Crawled text often holds UTF-8 read as Latin-1: "Ã±" for "ñ". The sign
// between the letters stays inside the word, so the name is one subject.
TEST(QuotesDesksOfRound46, DoublyDecodedNameIsOneWord) {
  auto q = Statements("PeÃ±a Nieto said that immigration from Mexico peaked 10 years ago.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that immigration from Mexico peaked 10 years ago");
  EXPECT_EQ(q[0].speaker, "PeÃ±a Nieto");
  q = Statements("Arturo SarukhÃÂ¡n, Mexico's ambassador, said Mexico must rebut the claims.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Arturo SarukhÃÂ¡n");
  EXPECT_EQ(q[0].text, "Mexico must rebut the claims");
  // (Guillemets stay marks: a word ends before them.)
  q = Statements("Le ministre a dit «non» hier, said Dupont.");
  for (const auto& g : q) EXPECT_EQ(g.text.find("dit\xC2\xAB"), std::string::npos) << g.text;
}

// "Rep. Todd Rokita and state House Speaker Brian Bosma have publicly
// stated": the second title's "state House" joins it to the first name.
TEST(QuotesDesksOfRound46, SecondTitleWithItsModifiersJoinsTheSubject) {
  auto q = Statements(
      "Rep. Todd Rokita and state House Speaker Brian Bosma have publicly stated their interest in taking the "
      "spot.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "their interest in taking the spot");
  EXPECT_EQ(q[0].mention, "Rep. Todd Rokita and state House Speaker Brian Bosma");
  q = Statements("Rep. Todd Rokita and state House Speaker Brian Bosma said that they are interested.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that they are interested");
  EXPECT_EQ(q[0].role, "<null>");
  // (The surname of a person named before may open the pair: no role
  // "Rokita and House Speaker".)
  q = Statements("Rep. Todd Rokita spoke first. Rokita and House Speaker Brian Bosma said that they are interested.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Rokita and House Speaker Brian Bosma");
  EXPECT_EQ(q[0].role, "<null>");
}

// "Following Wednesday's leak of the report, which concluded that ..., the
// campaign contended that ...": the relative clause belongs to the opening
// phrase; the clause and its subject open after the comma that closes it.
TEST(QuotesDesksOfRound46, OpeningPhraseWithRelativeClause) {
  auto q = Statements(
      "Following the leak of the report, which found problems, Clinton's campaign contended that it wasn't "
      "hiding anything.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that it wasn't hiding anything");
  EXPECT_EQ(q[0].mention, "Clinton's campaign");
}

// "Mrs. Clinton herself, as well as her campaign, has always maintained":
// neither the reflexive nor those who join in are a role.
TEST(QuotesDesksOfRound46, ReflexiveAndCompanionsAreNoRole) {
  auto q = Statements(
      "Mrs. Clinton herself, as well as her campaign, has always maintained that the server was secure.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the server was secure");
  EXPECT_EQ(q[0].speaker, "Clinton");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Mrs. Clinton, along with her aides, said the server was secure.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Clinton");
  EXPECT_EQ(q[0].role, "<null>");
  // (A real appositive is still the role.)
  q = Statements("Mary Jones, the county clerk, said the server was secure.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the county clerk");
}

// "As reported by Western Journalism, investigators found ...": the outlet
// in the opening phrase is the clause's source, as with "according to".
TEST(QuotesDesksOfRound46, AsReportedByOpensTheSentence) {
  auto q = Statements("As reported by Western Journalism, investigators found over 2,200 emails from the server.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "investigators found over 2,200 emails from the server");
  EXPECT_EQ(q[0].mention, "Western Journalism");
  q = Statements("As first reported by the Times, the campaign raised $5 million in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the campaign raised $5 million in May");
  // (An "as" clause of the writer's own names no source.)
  q = Statements("As expected by analysts, the campaign raised $5 million in May.");
  EXPECT_TRUE(q.empty());
}

// Title-case headlines with a stance on an object, a pledge, a telling with
// its listener, or an appeal: "Marine Le Pen Backs Trump And Denounces
// Clinton".
TEST(QuotesDesksOfRound46, HeadlineStances) {
  auto q = Statements("France's Marine Le Pen Backs Trump And Denounces Clinton.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Trump");
  EXPECT_EQ(q[0].cue, "Backs");
  EXPECT_EQ(q[1].text, "Clinton");
  EXPECT_EQ(q[1].cue, "Denounces");
  q = Statements("Pence Endorses Paul Ryan With Trump's Blessing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Paul Ryan");
  EXPECT_EQ(q[0].speaker, "Pence");
  q = Statements("Donald Trump Finally Endorses House Speaker Paul Ryan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Donald Trump");
  q = Statements("Dennis Prager Tells NeverTrump Conservatives They Need To Change Course.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "They Need To Change Course");
  q = Statements("Mike Pence Calls for Special Prosecutor after Report Reveals Clinton's Meetings.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Special Prosecutor");
  // (A headline with no stance verb reports nothing.)
  q = Statements("Paris Terror Attacks Highlight Threat Posed By Gun Lobby.");
  EXPECT_TRUE(q.empty());
}

// "Two members of Congress from Florida, Ileana Ros-Lehtinen and Carlos
// Curbelo, have said": a name the recogniser did not know, joined to a named
// person inside an appositive pair, is part of the subject.
TEST(QuotesDesksOfRound46, UnknownNameInAppositivePair) {
  auto q = Statements(
      "The lawmakers, Ileana Ros-Lehtinen and Carlos Curbelo, wrote that the deal was good.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the deal was good");
  EXPECT_EQ(q[0].mention, "Ileana Ros-Lehtinen and Carlos Curbelo");
  EXPECT_EQ(q[0].role, "The lawmakers");
}

// "said they will not back Mr. Trump, as has Carlos A. Gimenez": the
// writer's comparison with another is outside the report; so is a poll's
// other share with a report of its own.
TEST(QuotesDesksOfRound46, ComparisonsEndTheReport) {
  auto q = Statements("Two senators said they will not back Mr. Trump, as has Carlos A. Gimenez, the mayor.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "they will not back Mr. Trump");
  q = Statements(
      "Almost half said they wanted a nominee from outside the political establishment, compared with four in "
      "10 who said they preferred someone with political experience.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "they wanted a nominee from outside the political establishment");
  EXPECT_EQ(q[1].text, "they preferred someone with political experience");
  q = Statements("About 40 percent said the party was hostile, about the same number who said the party cares.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the party was hostile");
}

// "he fell to 10 percent in the latest CNN/ORC poll released Wednesday, a
// collapse driven by ...": the poll is the standing's source up to the
// writer's gloss; a stance noun in the clause ("45 percent support") is no
// report of its own.
TEST(QuotesDesksOfRound46, PollAfterTheStandingWithAGloss) {
  auto q = Statements(
      "But he fell to 10 percent in the latest CNN/ORC poll released Wednesday, a collapse driven by a series of "
      "blunders.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he fell to 10 percent");
  EXPECT_EQ(q[0].mention, "the latest CNN/ORC poll");
  q = Statements("Donald Trump achieved 45 percent support among Republican voters in a new Fox News poll.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Donald Trump achieved 45 percent support among Republican voters");
  // (A poll that is no source: "invested heavily in polls".)
  q = Statements("The campaign invested heavily in polls, a strategy that failed.");
  EXPECT_TRUE(q.empty());
}

// "Clinton hopes to make a statement in California", "..., hoping to avoid
// any misstep": a hope for what to do, as a pledge is.
TEST(QuotesDesksOfRound46, HopesToDoSomething) {
  auto q = Statements("In California, Clinton hopes to make a statement in a contest that will end the primaries.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to make a statement in a contest that will end the primaries");
  EXPECT_EQ(q[0].cue, "hopes");
  q = Statements("The Vermont senator is sticking to his campaign message, hoping to avoid any misstep.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to avoid any misstep");
  EXPECT_EQ(q[0].speaker, "The Vermont senator");
  // (Not a hope with no infinitive: "the hope of a deal".)
  q = Statements("The hope of a deal faded on Friday.");
  EXPECT_TRUE(q.empty());
}

// "believe debt relief is possible and have been calling on Congress to
// act": the subject's next statement, after its auxiliary, ends the first
// and opens a second.
TEST(QuotesDesksOfRound46, AuxiliaryBeforeTheNextStatement) {
  auto q = Statements("Officials believe debt relief is possible and have been calling on Congress to act.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "debt relief is possible");
  EXPECT_EQ(q[1].text, "Congress to act");
  EXPECT_EQ(q[1].speaker, "Officials");
  q = Statements("Officials believe debt relief is possible and have called on Congress to act.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "debt relief is possible");
  // (An auxiliary before no cue stays in the clause.)
  q = Statements("Officials said the island is bankrupt and has been for years.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the island is bankrupt and has been for years");
}

// "She urged the administration to join a coalition, proposed that more
// forces be left in Iraq, ...": a stance on its object in the subject's
// series of acts.
TEST(QuotesDesksOfRound46, StanceInASeriesOfActs) {
  auto q = Statements(
      "She urged the administration to join a coalition, proposed that more forces be left in Iraq.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "that more forces be left in Iraq");
  EXPECT_EQ(q[1].cue, "proposed");
  EXPECT_EQ(q[1].mention, "She");
  // ("..., compared with ...": a comparison, no act.)
  q = Statements("Most voters said they approve, compared with 30 percent last year.");
  ASSERT_EQ(q.size(), 1u);
}

// "Julia Hahn will come on the show to talk about immigration", "opened by
// talking about her charitable work": the talk's topic is the subject's
// statement; "It is impossible to talk about" names nobody.
TEST(QuotesDesksOfRound46, TalkAboutATopic) {
  auto q = Statements(
      "Investigative reporter Julia Hahn will come on the show to talk about immigration and how it is "
      "transforming the country.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "immigration and how it is transforming the country");
  EXPECT_EQ(q[0].speaker, "Julia Hahn");
  EXPECT_EQ(q[0].cue, "talk about");
  q = Statements("It is impossible to talk about the intersection of their interests.");
  EXPECT_TRUE(q.empty());
}

// "When my mother mentioned the trip, I laughed and said, "We will see."":
// the subordinate clause's subject is not the speaker; the main clause's
// is, the first of its two joined verbs.
TEST(QuotesDesksOfRound46, SpeakerAfterASubordinateClause) {
  auto q = Statements("When my mother mentioned the trip, I laughed and said, \"We will see.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "I");
  q = Statements("When the reporter asked about the trip, Smith laughed and said, \"We will see.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "Smith");
}

// "Sen. Harry Reid (D-Nev.), in particular, said": the connective after the
// party tag is the writer's, no part of the role.
TEST(QuotesDesksOfRound46, ConnectiveAfterTheRole) {
  auto q = Statements("Sen. Harry Reid (D-Nev.), in particular, said the bill would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Harry Reid");
  EXPECT_EQ(q[0].role, "(D-Nev.)");
  q = Statements("Sen. Harry Reid (D-Nev.), for his part, said the bill would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "(D-Nev.)");
}

// "We will build a Great Wall, he said.": a name after an indefinite article
// is a thing, no person for "he" to stand for.
TEST(QuotesDesksOfRound46, IndefiniteArticleBeforeANameIsNoPerson) {
  auto q = Statements("Trump spoke in Iowa. We will build a Great Wall, he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We will build a Great Wall");
  EXPECT_EQ(q[0].speaker, "Trump");
  EXPECT_NE(testing_util::TypeOf("We will build a Great Wall, he said.", "Great Wall"), EntityType::kPerson);
}

// "said Carson was dropping out of the race -- but he didn't take any
// questions": after a dash, "but" with a clause or a verb of its own opens
// the writer's turn; a qualification ("- but with a more tactful
// approach") stays in the report.
TEST(QuotesDesksOfRound46, DashThenBut) {
  auto q = Statements("He told caucusgoers that Carson was dropping out of the race -- but he didn't take questions.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that Carson was dropping out of the race");
  q = Statements("She said she would keep spreading her message - but with a more tactful approach.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she would keep spreading her message - but with a more tactful approach");
}

// "said he was not certain the rule would apply, but planned to follow it":
// after a pronoun standing for the speaker, ", but" and a verb of no saying
// is the reported subject's own next act, inside the report; a verb of
// saying still ends it.
TEST(QuotesDesksOfRound46, ButWithTheReportedSubjectsOwnAct) {
  auto q = Statements(
      "Mr. Edd said he was not certain the regulation would apply, but planned to follow it until obtaining clarity.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text,
            "he was not certain the regulation would apply, but planned to follow it until obtaining clarity");
  q = Statements("Mr. Edd said he had not read the plan, but called it a starting point.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he had not read the plan");
}

// ""We've had better conventions," Texas delegate Bill Eastland, wearing a
// cowboy hat and "Ted Cruz" campaign pins, said": a short title inside the
// aside after the quote is no next quotation; the cue lies past it.
TEST(QuotesDesksOfRound46, TitleInsideTheAsideAfterAQuote) {
  auto q = Statements(
      "\u201cWe\u2019ve had better conventions,\u201d Texas delegate Bill Eastland, wearing a cowboy hat and "
      "\u201cTed Cruz\u201d campaign pins, said matter-of-factly.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Bill Eastland");
  EXPECT_EQ(q[0].role, "Texas delegate");
  // (A quote that follows a comma is still the next quotation: ""We will
  // win," he said, "and soon."")
  q = Statements("\"We will win,\" he said, \"and soon.\"");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
  EXPECT_EQ(q[0].mention, "he");
}

// "The first incident came during a speech, when Sanders protesters
// interrupted her speech, shouting "she wins, we lose!"": the participle
// continues the subordinate clause's subject's act; "A few minutes later
// they ... said": a span of time opens the clause without its comma.
TEST(QuotesDesksOfRound46, SubjectsOfParticiplesAndTimeSpans) {
  auto q = Statements(
      "The first incident came during a speech, when Sanders protesters interrupted her speech, shouting "
      "\u201cshe wins, we lose!\u201d");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sanders protesters");
  q = Statements(
      "First, party officials said the caucus would begin. A few minutes later they reversed themselves and said "
      "they will register voters during the caucus.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].mention, "they");
  EXPECT_EQ(q[1].speaker, "party officials");
}

// "Smiling broadly throughout her victory speech, Mrs. Clinton ... boomed,
// "..."": a participle and its adverb open the sentence, no name.
TEST(QuotesDesksOfRound46, OpeningParticipleWithAdverb) {
  auto q = Statements(
      "Smiling broadly throughout her victory speech, Mrs. Clinton drew cheers and then boomed, \"Today, you "
      "proved once again, there's no place like home.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Clinton");
}

}  // namespace
}  // namespace newsgraph

// Subjects the recogniser cannot vouch for: an unknown surname before a
// person's aside ("Weingarten, who ..., said"), a described subject after a
// dash ("... - a former aide said she ... -"), and an estimate after the
// cue that reads like a topic ("said about half of ..."). Descriptions that
// run into a verb ("The senator celebrated ... and said"), a capitalised
// article before a participle adjective ("A redacted copy"), roles after a
// comma that follows a partial quote, and a second cue after a participle's
// quote.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

TEST(QuotesSubjectAsides, UnknownSurnameBeforeAPersonsAside) {
  auto q = Reports("Quellmatz, who has visited several harbours, said the ferry plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Quellmatz");
  EXPECT_EQ(q[0].text, "the ferry plan would fail");
  q = Reports("Quellmatz, a longtime harbour pilot, said the ferry plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Quellmatz");
  // A capitalised opening word is no name.
  q = Reports("However, the harbour board said the ferry plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the harbour board");
}

TEST(QuotesSubjectAsides, DescribedSubjectAfterADash) {
  for (const char* dash : {"-", "\xE2\x80\x94", "\xE2\x80\x93"}) {
    const std::string text = std::string("Ada Vale was a careful planner ") + dash +
                             " a former aide said she read every harbour chart " + dash + " and it showed.";
    auto q = Reports(text);
    ASSERT_EQ(q.size(), 1u) << text;
    EXPECT_EQ(q[0].speaker, "a former aide") << text;
    EXPECT_EQ(q[0].text.rfind("she read every harbour chart", 0), 0u) << text;
  }
}

TEST(QuotesSubjectAsides, EstimateAfterTheCueOpensTheClause) {
  auto q = Reports("The harbour board said about half of the ferry budget went to fuel.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "about half of the ferry budget went to fuel");
  q = Reports("Officials said about 300 passengers were stranded.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "about 300 passengers were stranded");
  // A topic is the stance PolNeAR annotates ("talked about his plan"),
  // from after its particle; the numbers of the estimate rule stay out.
  q = Reports("Ada Vale talked about two ferries.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "two ferries");
}

TEST(QuotesSubjectAsides, DescriptionNeverEndsInAConjunction) {
  auto q = Reports("The senator celebrated with supporters and said the ferry would run again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The senator");
  EXPECT_EQ(q[0].text, "the ferry would run again");
}

TEST(QuotesSubjectAsides, CapitalisedArticleBeforeAParticipleAdjective) {
  auto q = Reports("A redacted copy of the harbour memo said the inspectors found nothing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A redacted copy of the harbour memo");
}

TEST(QuotesSubjectAsides, RoleAfterTheCommaThatFollowsAPartialQuote) {
  auto all = testing_util::Statements(
      "\"Boots on the pier\" would be appropriate, harbour candidate Ada Vale said after the storm.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].kind, "partial");
  EXPECT_EQ(all[0].speaker, "Ada Vale");
  EXPECT_EQ(all[0].clause, "\"Boots on the pier\" would be appropriate");
  // "lobbyist" names a person's role as "strategist" does.
  auto q = Reports("The firm won the harbour contract, lobbyist Tom Black said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Black");
  EXPECT_EQ(q[0].text, "The firm won the harbour contract");
}

TEST(QuotesSubjectAsides, SecondCueAfterAParticiplesObject) {
  auto q = Reports("Ada Vale toured the pier, declaring victory and said the ferry would run again.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "victory");
  EXPECT_EQ(q[1].text, "the ferry would run again");
  EXPECT_EQ(q[1].speaker, "Ada Vale");
  auto all = testing_util::Statements(
      "Ada Vale toured the pier, declaring it \"a great day for the harbour\" and said the ferry would run again.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].kind, "partial");
  EXPECT_EQ(all[0].speaker, "Ada Vale");
  EXPECT_EQ(all[1].text, "the ferry would run again");
  EXPECT_EQ(all[1].speaker, "Ada Vale");
}

TEST(QuotesSubjectAsides, TitledRoleAfterAnOpeningPhrase) {
  auto q = Reports("Tuesday, Harbour Director Ada Vale said the ferry would run again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
}

TEST(QuotesSubjectAsides, DescribedSubjectBeforeAnAside) {
  auto q = Reports(
      "The ferry pilot of nearly four years, a registered member who spoke on condition of anonymity, said she was "
      "fired.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The ferry pilot of nearly four years");
  EXPECT_EQ(q[0].text, "she was fired");
  q = Reports("The harbour judge -- who has been in a dispute with the council -- said she regretted her remarks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The harbour judge");
  q = Reports("Harbour pilots \xE2\x80\x94 and ferry crews on the island \xE2\x80\x94 said the pier was unsafe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Harbour pilots");
}

TEST(QuotesSubjectAsides, SubjectsOfInnerClauses) {
  auto q = Reports("One thing in her favour is that 78 percent of islanders said they trust her.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "78 percent of islanders");
  q = Reports("Beyond the footage, the affidavit said that the pilot had seen bruises.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the affidavit");
  // An appositive with a participle is no source.
  EXPECT_TRUE(Reports("Ada Vale bought the ferry line, a deal announced in May.").empty());
  q = Reports("The ferry will stop, a spokesman announced Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a spokesman");
}

TEST(QuotesSubjectAsides, DecliningToCommentEndsTheReport) {
  auto q = Reports("Ada Vale said she regretted her remarks and declined to comment.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she regretted her remarks");
}

TEST(QuotesSubjectAsides, DashPairAfterTheSubjectIsNoDateline) {
  auto q = Reports("Quellmatz \xE2\x80\x94 after a long pause \xE2\x80\x94 told me the ferry was doomed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Quellmatz");
  EXPECT_EQ(q[0].text, "the ferry was doomed");
  // A dateline still opens the sentence.
  q = Reports("PORTSMOUTH \xE2\x80\x94 The harbour board said the ferry was doomed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The harbour board");
}

TEST(QuotesSubjectAsides, ToldWithAnObjectAndTheWritersClause) {
  auto q = Reports("The ferry is not about me, Ada Vale told her closest aides as she boarded the train.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The ferry is not about me");
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  q = Reports("Harbour sources told the Gazette, however, that the ferry was doomed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the ferry was doomed");
}

TEST(QuotesSubjectAsides, ParticipleAndExampleAsides) {
  auto q = Reports(
      "One former harbour pilot, speaking on condition of anonymity because of a contract, said the ferry was "
      "doomed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "One former harbour pilot");
  q = Reports("Many speakers at the service \xE2\x80\x94 including pilots, crews and clerks \xE2\x80\x94 said the "
              "ferry was doomed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Many speakers at the service");
}

TEST(QuotesSubjectAsides, AsidesAroundTheCue) {
  auto q = Reports("The harbour office, when contacted by the Gazette, said the ferry was doomed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The harbour office");
  q = Reports("Ada Vale says, win or lose in the council vote, she\xE2\x80\x99s staying in the race.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "win or lose in the council vote, she\xE2\x80\x99s staying in the race");
}

TEST(QuotesSubjectAsides, ListenersAndDescribedTails) {
  // A bare people noun is a listener; a second "and that" clause is no start.
  auto q = Reports("Tom Reed told investigators he was working with Ada Vale and that both of them ran the pier.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he was working with Ada Vale and that both of them ran the pier");
  // A described source with its possessive closes the clause.
  q = Reports("He and his wife had just welcomed a second ferry three weeks ago, his brother added.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "his brother");
  EXPECT_EQ(q[0].text, "He and his wife had just welcomed a second ferry three weeks ago");
  // A modal ends a description ("our harbour experts cannot ...").
  q = Reports("Yet our harbour experts somehow cannot explain why the ferry sank.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "our harbour experts");
}

TEST(QuotesSubjectAsides, ObjectOfASpeechVerbEndsBeforeItsTime) {
  auto q = Reports("Ada Vale announced her candidacy in June 2015.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "her candidacy");
  // A clause keeps its time.
  q = Reports("Ada Vale announced she would run in June 2015.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she would run in June 2015");
}

TEST(QuotesSubjectAsides, MoreShapesAroundTheCue) {
  auto q = Reports("Friday morning, as the parade rolled by, the Gazette reported at least six ferries sailed late.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "at least six ferries sailed late");
  q = Reports("The harbour is unsafe, Ada Vale\xE2\x80\x99s longtime deputy Tom Reed stated.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  EXPECT_EQ(q[0].text, "The harbour is unsafe");
  q = Reports("Ada Vale said the real problem is the pier, and she railed against the council for its delays.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the real problem is the pier");
  EXPECT_EQ(q[1].cue, "railed against");
  q = Reports("Ada Vale told The Gazette of Portsmouth last week she would rather walk.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she would rather walk");
}

TEST(QuotesSubjectAsides, DatelinesSourcesInsideQuotesAndOwnersPeople) {
  auto all = testing_util::Statements(
      "PORTSMOUTH, Dec. 8 (UPI) \xE2\x80\x94 Ada Vale\xE2\x80\x99s right-hand man rallied the pilots, saying: "
      "\xE2\x80\x9CWe have to save the ferry.\xE2\x80\x9D");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].speaker, "Ada Vale\xE2\x80\x99s right-hand man");
  // "according to" inside the quote is the speaker's own source.
  all = testing_util::Statements(
      "Tom Reed told the Gazette that \"the ferry sank at noon, according to the pilots who saw it.\"");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].speaker, "Tom Reed");
  EXPECT_EQ(all[0].kind, "partial");
}

TEST(QuotesSubjectAsides, SignsSpeakStatementsAreTheirIssuers) {
  auto all = testing_util::Statements(
      "Outside, the pilot held a sign saying \"We need our ferry back.\"");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].speaker, "a sign");
  all = testing_util::Statements(
      "Ada Vale issued a statement saying the ferry \"will sail again in May.\"");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].speaker, "Ada Vale");
}

TEST(QuotesSubjectAsides, OpeningSubordinateClauses) {
  // "Ever since" is no role; the clause ends at its comma, before its time.
  auto q = Reports("Ever since Ada Vale announced her candidacy last year, she has said the same thing at every stop.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].text, "her candidacy");
  // A time after an object is skipped before the subject's next cue.
  q = Reports("Tom Reed met Ada Vale, who praised the pilots Sunday afternoon and said she planned to sail.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the pilots");
  EXPECT_EQ(q[1].speaker, "Ada Vale");
  EXPECT_EQ(q[1].text, "she planned to sail");
}

TEST(QuotesSubjectAsides, OwnersRoleBeforeANameAndItsAside) {
  auto q = Reports(
      "And Portsmouth\xE2\x80\x99s Ada Vale, one of only a handful of women pilots, said the ferry would sail again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].text, "the ferry would sail again");
}

// The occasion between a name and its cue ("X in his speech called"), and
// a verb coordinated with the cue of a subordinate clause's subject.
TEST(QuotesSubjectAsides, OccasionAndSubordinateSubject) {
  auto q = testing_util::Statements(
      "Sarah Holm spoke. The rebellion was complete when Holm in her opening speech called the port \"a ruin\" and "
      "promised to build a new pier.");
  ASSERT_EQ(q.size(), 2u);
  for (const auto& g : q) EXPECT_EQ(g.speaker, "Sarah Holm") << g.text;
  EXPECT_EQ(q[1].text, "to build a new pier");
}

// People of a person are a description, not the person with a role; a
// title inside the description's name is fine.
TEST(QuotesSubjectAsides, PeopleOfAPerson) {
  auto q = testing_util::Statements("Supporters of Mr. Holm said he would win the seat.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Supporters of Mr. Holm");
  q = testing_util::Statements("Aides to Gov. Sarah Holm said the pier would reopen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Aides to Gov. Sarah Holm");
  q = testing_util::Statements("Secretary of State Sarah Holm said the pier would reopen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sarah Holm");
  EXPECT_EQ(q[0].role, "Secretary of State");
}

// A name after a preposition and a role word ("led by campaign manager X",
// "like fisherman X") is an object inside the aside, not the speaker.
TEST(QuotesSubjectAsides, NameAfterPrepositionAndRoleWord) {
  auto q = testing_util::Statements(
      "The aides, led by campaign manager Sarah Holm, told the group that they were not expecting to win.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The aides");
  for (const auto& g : testing_util::Statements(
           "Some welcome the bridge; others, like fisherman Sarah Holm, fear it will change the village.")) {
    EXPECT_NE(g.speaker, "Sarah Holm") << g.text;
  }
}

// A quoted title inside the subject's aside ("titled "...",", "the star of
// "Euphoria,"") leaves the subject and its report whole.
TEST(QuotesSubjectAsides, QuotedTitlesInsideTheAside) {
  auto got = testing_util::Statements(
      "The report, titled \"A Fragile Recovery\", warned that global growth would slow next year.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "The report");
  EXPECT_EQ(got[0].text, "that global growth would slow next year");
  got = testing_util::Statements("Zendaya, the star of \"Euphoria,\" said the role had changed her life.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Zendaya");
  EXPECT_EQ(got[0].text, "the role had changed her life");
  // A work's title inside a plain subject, its capitals no verb ("Is").
  got = testing_util::Statements("The star of \"Riverbend\" said the show would return next year.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "The star of \"Riverbend\"");
  EXPECT_EQ(got[0].text, "the show would return next year");
  got = testing_util::Statements("The producers of \"The Price Is Right\" said the show would return.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "The producers of \"The Price Is Right\"");
}

// Local and court copy: a home town after the name, a description before
// it, a common-noun surname after a title, a name inside the appositive's
// description, "police said, adding", and "who police said was armed".
TEST(QuotesSubjectAsides, LocalAndCourtCopy) {
  auto got = testing_util::Statements("Margaret Doyle of Scranton said it was unsafe.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Margaret Doyle");
  EXPECT_EQ(got[0].role, "of Scranton");
  got = testing_util::Statements("\"She had a laugh you could hear,\" her sister, Margaret Doyle of Scranton, recalled.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Margaret Doyle");
  EXPECT_EQ(got[0].role, "her sister");
  got = testing_util::Statements("\"I gave him morphine,\" Dr. Robert Hall, the physician on duty, testified.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Robert Hall");
  got = testing_util::Statements("Miller, a former Marine, said he went back.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Miller");
  got = testing_util::Statements("The car was going at 90 mph, police said, adding that alcohol may have been a factor.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].cue, "adding");
  EXPECT_EQ(got[1].text, "that alcohol may have been a factor");
  got = testing_util::Statements("The man, who police said was armed with a knife, was taken into custody.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "police");
  EXPECT_EQ(got[0].text, "was armed with a knife");
}

// A second verb after "and" keeps the named subject set off after its
// description; a bare listener ("told jurors") before a clause without
// "that".
TEST(QuotesSubjectAsides, NamedSubjectsAfterDescriptionsAndBareListeners) {
  auto got = testing_util::Statements(
      "Cuomo's lawyer, Rita Glavin, called the report one-sided and said it was riddled with errors.");
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back().speaker, "Rita Glavin");
  EXPECT_EQ(got.back().role, "Cuomo's lawyer");
  got = testing_util::Statements("Paul Grady told jurors the money was lost.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "the money was lost");
}

// Wire copy from other countries: a day between subject and cue ("Police
// on Monday said"), an occasion set off by commas is no role ("The BJP, in
// a statement, said"), a short name in brackets after the subject, a place
// after the listener ("told reporters in Canberra the ...") and courts'
// "observing that".
TEST(QuotesSubjectAsides, WireCopyFromOtherCountries) {
  auto got = testing_util::Statements("Police on Monday said the suspect had fled.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Police");
  got = testing_util::Statements("The BJP, in a statement, said the Congress had insulted the armed forces.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "<null>");
  got = testing_util::Statements(
      "Singapore's Ministry of Home Affairs (MHA) said in a statement that the man had been detained.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "that the man had been detained");
  got = testing_util::Statements("The minister told reporters in Canberra the decision was final.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "the decision was final");
  got = testing_util::Statements(
      "The High Court granted bail to the accused, observing that prolonged incarceration violates the law.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].cue, "observing");
}

}  // namespace
}  // namespace newsgraph

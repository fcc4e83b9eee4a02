// Reported speech whose subject is a noun phrase without a determiner, and
// the edges of such reports: a second report after ", and", an opening
// phrase holding a quoted title, a report inside a relative clause.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

TEST(QuotesBareSubjects, NounPhraseWithoutDeterminer) {
  auto q = Reports("But harbour engineers say the cranes might never be repaired.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "harbour engineers");
  EXPECT_EQ(q[0].text, "the cranes might never be repaired");
  q = Reports("Several senior ferry captains agreed that the tunnel should close.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Several senior ferry captains");
  EXPECT_EQ(q[0].text, "that the tunnel should close");
  q = Reports("Pilots, dockers and former harbour masters say that the port is too small.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Pilots, dockers and former harbour masters");
}

TEST(QuotesBareSubjects, PluralPossessiveAndPronounClauses) {
  auto q = Reports("Ada Jones\xE2\x80\x99 campaign says it raised more money in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Ada Jones\xE2\x80\x99 campaign");
  EXPECT_EQ(q[0].text, "it raised more money in May");
  q = Reports("But most dockers agreed they had no real choice.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "they had no real choice");
  // "agreed" with an object is no report.
  EXPECT_TRUE(Reports("Most dockers agreed the terms on Monday.").empty());
}

TEST(QuotesBareSubjects, CoordinatedCueAfterAClause) {
  auto q = Reports("Harbour officials were angered by the sale and predicted it would hurt the port.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Harbour officials");
  EXPECT_EQ(q[0].text, "it would hurt the port");
  q = Reports("Norvale aides toured the pier, saying the jobs would stay.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Norvale aides");
}

TEST(QuotesBareSubjects, NeedsAClauseAfterTheCue) {
  // Without a reported clause the words are no subject: nothing is said.
  EXPECT_TRUE(Reports("Harbour engineers say hello to the visitors.").empty());
  // An imperative is no report.
  EXPECT_TRUE(Reports("Please read the full text of the harbour rules.").empty());
  // A participle makes the words a clause of their own.
  EXPECT_TRUE(Reports("Engineers working on the cranes said nothing.").empty());
}

TEST(QuotesBareSubjects, NamedPersonAtTheEndIsTheSpeaker) {
  auto q = Reports("Popular radio host and author Mina Osei believes the port will close.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mina Osei");
  EXPECT_EQ(q[0].role, "Popular radio host and author");
}

TEST(QuotesBareSubjects, ThatCueWithPronounClause) {
  auto q = Reports("Norvale Shipping indicated it would pay for the new cranes.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it would pay for the new cranes");
  // "found" with an object is no report of a clause.
  EXPECT_TRUE(Reports("Norvale Shipping found the money for the cranes.").empty());
}

TEST(QuotesBareSubjects, SecondReportEndsTheFirst) {
  auto q = Reports(
      "Three in four voters said they were worried about the port, and more than 4 in 10 said the mayor would "
      "handle it best.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "they were worried about the port");
  EXPECT_EQ(q[1].mention, "more than 4 in 10");
  EXPECT_EQ(q[1].text, "the mayor would handle it best");
}

TEST(QuotesBareSubjects, QuotedTitleInTheOpeningPhrase) {
  auto q = Reports("In his new book, \"Harbours of Salt,\" Mr. Lindqvist said the port had been mismanaged.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lindqvist");
  EXPECT_EQ(q[0].text, "the port had been mismanaged");
  q = Reports("To a question on the \"future of ferries,\" Mina Osei said the service would end.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "Mina Osei");
  EXPECT_EQ(q.back().text, "the service would end");
}

TEST(QuotesBareSubjects, ReportInsideARelativeClause) {
  auto q = Reports(
      "Mina Osei, who visited the port in May and said she would return, ultimately did not attend the opening.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().text, "she would return");
}

TEST(QuotesBareSubjects, AccordingToTakesTheWholeSentence) {
  // An opening phrase belongs to a statement attributed at its end.
  auto q = Reports("In 2019, the harbour lost two cranes, according to a court filing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "In 2019, the harbour lost two cranes");
  EXPECT_EQ(q[0].mention, "a court filing");
  // "But" is a connective, not part of what was said.
  q = Reports("But the harbour lost two cranes in 2019, according to the port authority.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the harbour lost two cranes in 2019");
  // The sentence goes on after the source: a second piece.
  q = Reports(
      "Only one ferry sank last year, according to the coast guard, and there were only eight reported "
      "collisions.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Only one ferry sank last year");
  EXPECT_EQ(q[1].text, "and there were only eight reported collisions");
  // A relative clause after the source is the writer's.
  q = Reports("The harbour lost two cranes, according to the port authority, which denied it later.");
  ASSERT_EQ(q.size(), 1u);
}

TEST(QuotesBareSubjects, PhraseBeforeTheSubject) {
  auto q = Reports("In May she said the pier was safe, and at the hearing this week she said it was not.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the pier was safe");
  EXPECT_EQ(q[1].text, "it was not");
  q = Reports("Although in May she said the pier was safe, at the hearing this week she said it was not.");
  ASSERT_EQ(q.size(), 2u);
  q = Reports("Karen Walsh noted in a column in the Harbour Gazette that ferry traffic had doubled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that ferry traffic had doubled");
  // A "that" with its verb is a relative clause: no report.
  EXPECT_TRUE(Reports("Karen Walsh spoke in the column that ran on Tuesday about ferries.").empty());
}

TEST(QuotesBareSubjects, OpeningParticipleReportsForTheSubject) {
  auto q = Reports("Noting she had studied law, Karen Walsh said the pier case was simple.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "she had studied law");
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].cue, "Noting");
  EXPECT_EQ(q[1].text, "the pier case was simple");
}

TEST(QuotesBareSubjects, AfterAPossessiveACueWordIsANoun) {
  // "Lazar's claims" is a noun, so the opening phrase holds no cue.
  auto q = Reports("Contrary to Lazar's claims, dockers say he never worked at the pier.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "dockers");
  // "He's claiming" is a verb: 's stands for "is" after a pronoun.
  q = Reports("He's claiming that the pier was sold in secret.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the pier was sold in secret");
}

TEST(QuotesBareSubjects, ProgressiveCues) {
  auto q = Reports("Officials have been saying for weeks that the pier is safe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Officials");
  EXPECT_EQ(q[0].cue, "saying");
  EXPECT_EQ(q[0].text, "that the pier is safe");
  q = Reports("Karen Walsh is arguing that the ferry should return.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  // A progressive verb that is no cue reports nothing.
  EXPECT_TRUE(Reports("The harbour board is selling the old pier.").empty());
}

TEST(QuotesBareSubjects, ObjectOfToldEndsAtTheSubject) {
  auto q = Reports("Karen Walsh told the Harbour Gazette her crew had found the wreck.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "her crew had found the wreck");
  q = Reports("Karen Walsh told his audience they would not be paid.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "they would not be paid");
  q = Reports("Karen Walsh told a crowded hall at a hotel in downtown Norvale that she would not resign.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that she would not resign");
  // "tells the truth" is what was told, no report.
  EXPECT_TRUE(Reports("A board that tells the truth creates problems for the port.").empty());
  // "told the crew to leave" holds no clause, but an order, the listener
  // and its infinitive, as "urged" and "asked" give theirs (PolNeAR
  // annotates "told Jeb Bush to quiet down").
  q = Reports("Karen Walsh told the crew to leave the harbour.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the crew to leave the harbour");
}

TEST(QuotesBareSubjects, AskedQuestionRunsToTheMainClause) {
  const auto q = testing_util::Statements(
      "Asked why the board ignored the demand, in the same letter, that the pier be closed, Karen Walsh "
      "responded, \xE2\x80\x9CWe did not ignore it.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "<null>");  // who asked is not said
  EXPECT_EQ(q[0].text, "why the board ignored the demand, in the same letter, that the pier be closed");
  EXPECT_EQ(q[1].speaker, "Karen Walsh");
}

TEST(QuotesBareSubjects, NameClosingAnAsideIsNoSubject) {
  auto q = Reports(
      "Sen. Ada Brennan (D-Ohio), facing a challenge from Harbour Commissioner Karen Walsh, noted that the pier "
      "was sold.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Brennan");
  EXPECT_EQ(q[0].text, "that the pier was sold");
}

TEST(QuotesBareSubjects, OwnerBeforeTheNameAndDateBeforeTo) {
  auto q = Reports("WKRP\xE2\x80\x99s Karen Walsh tweeted that the ferry was late.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].role, "WKRP");  // the owner without its possessive (round 30)
  q = Reports("Mayor Karen Walsh promised Monday to reopen the pier.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to reopen the pier");
}

TEST(QuotesBareSubjects, DescribedSubjectBeforeIncluding) {
  auto q = Reports("Several captains, including Karen Walsh, said the pier should close.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Several captains");
}

TEST(QuotesBareSubjects, OpeningAsClauseAttributesTheMainClause) {
  auto q = Reports("As the Harbour Gazette reported on Monday, the board agreed to sell the pier.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the Harbour Gazette");
  EXPECT_EQ(q[0].text, "the board agreed to sell the pier");
  q = Reports("As Karen Walsh put it, the harbour is a museum now.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  // A short time phrase after the clause is left out; "as" without a cue
  // attributes nothing.
  q = Reports("As the Harbour Gazette reported, even on Friday morning, the board was refusing to call it a sale.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the board was refusing to call it a sale");
  EXPECT_TRUE(Reports("As the ferry left, the crowd cheered loudly for the crew.").empty());
  // Closing the sentence as well.
  q = Reports("The board agreed to sell the pier, as the Harbour Gazette reported on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The board agreed to sell the pier");
  EXPECT_EQ(q[0].mention, "the Harbour Gazette");
}

TEST(QuotesBareSubjects, TitleCaseHeadline) {
  auto q = Reports("Karen Walsh Says The Ferry Will Return In May.\n\nThe harbour was quiet.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].cue, "Says");
  EXPECT_EQ(q[0].text, "The Ferry Will Return In May");
  // The content stops at a break; a noun use ("The Claims") is no cue.
  q = Reports("Harbour Board Warns Ferries Will Stop, Pier To Close\n\nThe harbour was quiet.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Ferries Will Stop");
  EXPECT_TRUE(Reports("The Claims Of The Harbour Board Under Review\n\nThe harbour was quiet.").empty());
}

TEST(QuotesBareSubjects, AppositiveAfterAccordingTo) {
  auto q = Reports("According to his aunt, Karen Walsh, he was brilliant from the start.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].role, "his aunt");
  EXPECT_EQ(q[0].text, "he was brilliant from the start");
  q = Reports("According to the study, published in the Harbour Journal, the man had been dizzy for months.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the man had been dizzy for months");
}

TEST(QuotesBareSubjects, ComparisonEndsAReport) {
  auto q = Reports("Seventy percent of dockers say the pier is safe, compared with 40 percent last year.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the pier is safe");
  q = Reports("Most dockers say the ferry should return; the captains disagree.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry should return");
}

TEST(QuotesBareSubjects, DocumentWithALongDescription) {
  auto q = Reports("A harbour survey released Sunday by the Norvale Gazette shows the ferry losing riders.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry losing riders");
  EXPECT_EQ(q[0].mention, "A harbour survey");
  q = Reports("The survey, conducted by the Norvale Harbour Institute, finds the pier in poor repair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the pier in poor repair");
}

TEST(QuotesBareSubjects, ShareAfterWithSaying) {
  auto q = Reports("The mayor gained ground, with 30 percent of dockers saying they trust her.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "30 percent of dockers");
  EXPECT_EQ(q[0].text, "they trust her");
}

TEST(QuotesBareSubjects, SharesDatesAndSecondCues) {
  // "Just 28 percent" is a share, not an opening phrase.
  auto q = Reports("Just 28 percent of dockers said they trusted the board, compared with 33 percent in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Just 28 percent of dockers");
  EXPECT_EQ(q[0].text, "they trusted the board");
  // A date of two words between the name and the cue; a second cue after
  // ", and" is a report of its own.
  q = Reports("Harbour spokesman Karen Walsh on Thursday evening said the pier was safe, and urged that "
              "everyone stay calm.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].text, "the pier was safe");
  EXPECT_EQ(q[1].cue, "urged");
  EXPECT_EQ(q[1].text, "that everyone stay calm");
  // An "including" aside when no subject was read before the cue.
  q = Reports("Six harbour newspapers in Norvale, including the Harbour Gazette, said the mayor should resign.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Six harbour newspapers in Norvale");
}

TEST(QuotesBareSubjects, AccordingToWithRoleOrWithoutComma) {
  auto q = Reports("According to Karen Walsh, the harbour master, the pier is safe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the pier is safe");
  EXPECT_EQ(q[0].role, "the harbour master");
  // A clause after the name is no role, nor is the clause's own subject
  // before an aside, nor an adverbial.
  q = Reports("According to Karen Walsh, the pier is safe, and the ferry will return.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the pier is safe, and the ferry will return");
  q = Reports("According to Karen Walsh, her former employer Norvale Shipping, which owns the pier, is selling it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Reports("According to Karen Walsh, shortly before the sale, the board met in secret.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Reports("The mayor now leads the challenger 46 percent to 39 percent according to a harbour poll released Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The mayor now leads the challenger 46 percent to 39 percent");
  EXPECT_EQ(q[0].mention, "a harbour poll");
}

TEST(QuotesBareSubjects, RoleAfterASubordinator) {
  auto q = Reports("The mayor relented after harbour engineer Karen Walsh noted that the cranes were unsafe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].text, "that the cranes were unsafe");
}

TEST(QuotesBareSubjects, PeoplePluralsAfterAConjunctionAndLonePronouns) {
  auto q = Reports(
      "For divers to swim there would be highly unusual, but harbour specialists say it is a real risk.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "harbour specialists");
  EXPECT_EQ(q[0].text, "it is a real risk");
  q = Reports("Others say this is just a rough patch for the ferry.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Others");
  EXPECT_EQ(q[0].text, "this is just a rough patch for the ferry");
  q = Reports("But those who back the ferry say the fares are fair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "those");
  EXPECT_EQ(q[0].text, "the fares are fair");
  // "That said," is an idiom; "said this" has an object, no clause.
  q = Reports("That said, pilots say the route is safe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "pilots");
  EXPECT_TRUE(Reports("The harbour office said this in a statement.").empty());
}

TEST(QuotesBareSubjects, TimePhraseBeforeANounClause) {
  auto q = Reports("Ada Vale said last week the ferry would stop.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry would stop");
  q = Reports("Ada Vale said on Monday the ferry would stop.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry would stop");
}

TEST(QuotesBareSubjects, CurlyPossessiveGerundsAndRolesInTailAttributions) {
  // The curly apostrophe works as the straight one does.
  auto q = Reports("Ada Vale\xE2\x80\x99s new filing stated that the ferry was sold.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the ferry was sold");
  // A gerund subject with its own verb before "he said" is the statement.
  q = Reports("Ada Vale spoke to the board. Finding what is under the harbour is not simple, she said.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().text, "Finding what is under the harbour is not simple");
  // Its verb may be a past tense.
  q = Reports("Ada Vale spoke to the board. Seeing the harbour silt up led her to run, she said.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().text, "Seeing the harbour silt up led her to run");
  EXPECT_EQ(q.back().speaker, "Ada Vale");
  // A role before the name in a closing attribution.
  q = Reports("The couple were among the passengers, ministry spokesman Tom Reed said Thursday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  EXPECT_EQ(q[0].text, "The couple were among the passengers");
  // An opening phrase with no verb is no statement.
  EXPECT_TRUE(Reports("Not surprisingly, harbour chief Tom Reed supports the plan.").size() <= 1u);
  for (const Got& g : Reports("Not surprisingly, harbour chief Tom Reed supports the plan.")) {
    EXPECT_NE(g.text, "Not surprisingly");
  }
}

TEST(QuotesBareSubjects, NewspaperAfterItsArticleInATailAttribution) {
  auto q = Reports("Organizers hired 160 guards along the ferry route, the Harbour-Times reported.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the Harbour-Times");
  EXPECT_EQ(q[0].text, "Organizers hired 160 guards along the ferry route");
}

TEST(QuotesBareSubjects, PhraseBetweenConjunctionAndSecondCue) {
  auto q = Reports(
      "The pilot first said he did not recall the storm, but in a later interview said he had turned back.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "The pilot");
  EXPECT_EQ(q[1].mention, "The pilot");
  EXPECT_EQ(q[1].text, "he had turned back");
}

TEST(QuotesBareSubjects, HyphenatedAdjectiveAfterAPossessiveAndSourcingParticiple) {
  auto q = Reports("Tom Reed\xE2\x80\x99s now-retired father told the board that the ferry had stopped.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Tom Reed\xE2\x80\x99s now-retired father");
  // "citing X" after the attribution is the attribution's, no statement.
  q = Reports("The ferry was stopped at the pier, the harbour agency said, citing the port commission.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The ferry was stopped at the pier");
}

}  // namespace
}  // namespace newsgraph

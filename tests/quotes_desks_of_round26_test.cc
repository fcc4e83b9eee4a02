// Forms met on the desks round 26 read: press briefings, the arts desk,
// election nights, and real pages of the extraction benchmark.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "had written on Facebook that": where it was written comes between the
// verb and what was written.
TEST(QuotesDesksOfRound26, WrittenSomewhereThatIsAReport) {
  auto q = Statements("Jane Smith had written on Facebook that the plan was a disaster.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jane Smith");
  EXPECT_EQ(q[0].cue, "written");
  EXPECT_EQ(q[0].text, "that the plan was a disaster");
  q = Statements("Jane Smith has written in a memo to staff that the plan was a disaster.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the plan was a disaster");
  // (Without a "that", nothing written is reported.)
  EXPECT_TRUE(Statements("Jane Smith had written on Facebook about the plan.").empty());
}

// "The leaders of South Korea, Japan and the United States said": the list
// of names after "of" is the subject's, not a clause after "and".
TEST(QuotesDesksOfRound26, ASubjectWithAListOfNames) {
  auto q = Statements("The leaders of South Korea, Japan and the United States said they would meet again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The leaders of South Korea, Japan and the United States");
  q = Statements("Officials from South Korea, Japan and the United States said they would meet again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Officials from South Korea, Japan and the United States");
  q = Statements("Prices rose sharply in the spring, and the ministry said it would act.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the ministry");
}

// "the justice wrote" is a judge of a high court; "head of social justice Dr
// X" is still X's office, and "Mr. Chief Justice" still a person.
TEST(QuotesDesksOfRound26, TheJusticeIsAPerson) {
  auto q = Statements("Justice Elena Kagan dissented. \"This is a grave error,\" the justice wrote.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Elena Kagan");
  EXPECT_EQ(q[0].cue, "wrote");
  q = Statements("SVP head of social justice Dr Tricia Keilthy said the charity was receiving more calls.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tricia Keilthy");
  EXPECT_EQ(q[0].role, "SVP head of social justice");
}

// "His rival, AIADMK leader Edappadi Palani, said ...": a description, then
// an office or party before the name; the description is the role, and what
// follows the cue is the statement, never the speaker.
TEST(QuotesDesksOfRound26, ADescriptionThenAnOfficeBeforeTheName) {
  auto q = Statements("His rival, AIADMK leader Edappadi Palani, said the party accepts the verdict.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Edappadi Palani");
  EXPECT_EQ(q[0].role, "His rival, AIADMK leader");
  EXPECT_EQ(q[0].text, "the party accepts the verdict");
  q = Statements("Her opponent, party leader John Smith, said the party accepts the verdict.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Smith");
  q = Statements("\"We lost,\" her opponent, Democrat Luis Mendoza, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Luis Mendoza");
  EXPECT_EQ(q[0].role, "her opponent, Democrat");
}

// "Anand, a Democrat, said": a lone name set off by a person's noun before a
// speech verb is a person, so a later "she" finds her, not an earlier man.
TEST(QuotesDesksOfRound26, ALoneNameWithAPersonsAppositive) {
  auto q = Statements(
      "\"We will not give up,\" Wexford said. Anand, a Democrat, said she was confident. \"He can say what he "
      "wants,\" she said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].speaker, "Anand");
  q = Statements(
      "The North's Committee for the Peaceful Reunification of the Country, a state agency handling inter-Korean "
      "affairs, said in a statement that it would cut off all communication lines with the South.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The North's Committee for the Peaceful Reunification of the Country");
  q = Statements("Last month, the Independent, a British newspaper, revealed that the shirts were made abroad.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Independent");
  q = Statements("The conversation meandered. Then Mr. Rubin asked the students if they were always so serious.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
}

// A role set by apposition in a sentence of no statement is the role of the
// statements after it, until a statement gives another.
TEST(QuotesDesksOfRound26, AnEarlierAppositiveOutranksALaterRole) {
  auto q = Statements(
      "Tim Morrison, a former National Security Council official, testified on Thursday. He said he was not "
      "concerned.\n\n\"I did not think it was illegal,\" Morrison, Vindman's superior, said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Tim Morrison");
  EXPECT_EQ(q[0].role, "a former National Security Council official");
  EXPECT_EQ(q[1].role, "Vindman's superior");
}

// A reference number closing a sentence ("(8)", "[8, 9]") is the writer's;
// a parenthesis the statement opens closes inside it.
TEST(QuotesDesksOfRound26, ReferenceNumbersAndParentheses) {
  auto q = Statements("Researchers said the diet decreased calorie intake (8).");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the diet decreased calorie intake");
  q = Statements("Researchers said the diet decreased calorie intake [8, 9].");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the diet decreased calorie intake");
  q = Statements("The company said sales rose in 2019 (see chart).");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "sales rose in 2019 (see chart)");
  q = Statements("He said the vote was 52-48 (2016).");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the vote was 52-48 (2016)");
}

// Two curly single marks written for a double close (and open) a quote.
TEST(QuotesDesksOfRound26, DoubledCurlySingleMarks) {
  auto q = Statements(
      "\xE2\x80\x9CIt was an attempt to mislead voters,\xE2\x80\x99\xE2\x80\x99 Will Moy, the director of Full "
      "Fact, told the BBC.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "It was an attempt to mislead voters");
  EXPECT_EQ(q[0].speaker, "Will Moy");
}

// A digest's paragraph opening with an ellipsis; a listener written as a web
// address ("told Polygraph.info the claims are false").
TEST(QuotesDesksOfRound26, EllipsisOpeningsAndWebAddresses) {
  auto q = Statements("... Penn State quarterback Sean Clifford said the team was ready.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sean Clifford");
  EXPECT_EQ(q[0].role, "Penn State quarterback");
  q = Statements("A ministry spokesman told Polygraph.info the allegations are false.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the allegations are false");
  q = Statements("Amazon.com said sales rose. It was a good year.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Amazon.com");
}

// "Steve Menet, Senior Vice President of Sales, says:": an office with its
// grade is the role, never a second person.
TEST(QuotesDesksOfRound26, AGradedOfficeIsNoName) {
  auto q = Statements("Steve Menet, Senior Vice President of Sales for Acme, Inc., says: \"We are proud of the team.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Steve Menet");
  EXPECT_EQ(q[0].role, "Senior Vice President of Sales for Acme, Inc.");
}

// A live blog's time stamp before a quote leaves it whole; an office before
// an unknown name labels a quote after a colon.
TEST(QuotesDesksOfRound26, TimeStampsAndLabelsWithAnOffice) {
  auto q = Statements("11.20am: \"We are confident,\" says Congress leader Jairam Ramesh.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Jairam Ramesh");
  q = Statements("UN spokesman Moreau: \"We need access, and we need it now.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Moreau");
  EXPECT_EQ(q[0].role, "UN spokesman");
}

// "sniffed one critic" cues a quote but reports no object ("The dog sniffed
// the bag"); "they" after two people named as a subject is both of them; a
// subject with a relative clause whose object is "it" speaks at the end.
TEST(QuotesDesksOfRound26, ArtsDeskCuesPairsAndRelativeSubjects) {
  auto q = Statements("\"It was a bad year,\" sniffed one critic.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one critic");
  EXPECT_TRUE(Statements("The dog sniffed the bag at the airport.").empty());
  q = Statements("Anthony Varga and Grace Liu issued a joint statement. \"We got this wrong,\" they wrote.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anthony Varga and Grace Liu");
  q = Statements("The museum will close for two years, the foundation that runs it announced on Thursday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the foundation that runs it");
  EXPECT_EQ(q[0].text, "The museum will close for two years");
}

// "the theatre said" after "The Globe Street Theatre", "the group said" after
// "WeWorkers Coalition": an institution's common noun finds the body.
TEST(QuotesDesksOfRound26, TheatresAndGroupsNamedByTheirKind) {
  auto q = Statements("The Globe Street Theatre cancelled the show. The theatre said tickets would be refunded.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Globe Street Theatre");
  q = Statements(
      "Workers at WeWork formed a group called WeWorkers Coalition last year. The group said on Twitter that it would "
      "strike.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "WeWorkers Coalition");
}

// The subject's own acts after its role are no part of the role ("Rep. X,
// R-W.Va., visited the border ..., and argued that"); a state word stays.
TEST(QuotesDesksOfRound26, ARoleEndsBeforeTheSubjectsActs) {
  auto q = Statements(
      "Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border near McAllen, Texas, and argued that the wall "
      "was needed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "David McKinley");
  EXPECT_EQ(q[0].role, "R-W.Va.");
  q = Statements("Jan Smit, a lawyer, retired, said the law was unfair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "a lawyer, retired");
}

// An envoy's or ambassador's post in lower case ("Former ambassador to
// Ukraine X said"), alone or after a description ("Another diplomat, former
// special envoy to Ukraine X, said").
TEST(QuotesDesksOfRound26, PostsOfEnvoysInLowerCase) {
  auto q = Statements("Former ambassador to Ukraine Marie Yovanovitch said she was removed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marie Yovanovitch");
  EXPECT_EQ(q[0].role, "Former ambassador to Ukraine");
  q = Statements("US ambassador to the EU Gordon Sondland said he did discuss investigations.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gordon Sondland");
  q = Statements(
      "Another diplomat, former special envoy to Ukraine Kurt Volker, said Sondland did discuss investigations.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kurt Volker");
  EXPECT_EQ(q[0].role, "Another diplomat, former special envoy to Ukraine");
}

// A document's finding inside a relative clause set off by commas ends at
// its closing comma ("X, whose final poll showed the race tied, said ...").
TEST(QuotesDesksOfRound26, AFindingInsideARelativeClause) {
  auto q = Statements("Pollster Ann Selwyn, whose final poll showed the race tied, said her methodology was sound.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the race tied");
  EXPECT_EQ(q[0].cue, "showed");
  EXPECT_EQ(q[1].speaker, "Ann Selwyn");
  EXPECT_EQ(q[1].text, "her methodology was sound");
}

// "according to the promoter, LiveArc.": the body's name set off after its
// description; "The Halden Philharmonic's statement said": the owner of the
// document; "Directors of several affected venues said": an adjective in -ed
// after a quantifier stays in the description.
TEST(QuotesDesksOfRound26, OwnersNamesAndDescriptions) {
  auto q = Statements("The tour sold out in minutes, according to the promoter, LiveArc.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "LiveArc");
  EXPECT_EQ(q[0].role, "the promoter");
  q = Statements("The Halden Philharmonic's statement said the soloist was ill.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Halden Philharmonic");
  q = Statements("Directors of several affected venues said the cuts would force closures.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Directors of several affected venues");
}

// Westminster forms: a lone name before a person's noun and its relative
// clause ("Munro, a former councillor who defected last year, said"), "a
// senior Tory", and an inverted description before the writer's "as".
TEST(QuotesDesksOfRound26, WestminsterSpeakers) {
  auto q = Statements("Munro, a former councillor who defected last year, said: \"We will win this seat.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Munro");
  q = Statements("\"It is a shambles,\" a senior Tory said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a senior Tory");
  q = Statements("\"It is a good day,\" said one MP as the result was read out.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one MP");
}

// Whom a speaker told is not the "he" of the next quote; whom a speaker
// asked, or a listener of the other gender, may be.
TEST(QuotesDesksOfRound26, TheListenerOfATellingIsNoAntecedent) {
  auto q = Statements(
      "The former president told Fox News host Sean Hollis in an interview that he would act fast. \"We're sealing "
      "the border,\" he said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The former president");
  q = Statements("Senator Ann Lee told Governor Tom Brown that the bill was dead. \"I'm sorry,\" he said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Tom Brown");
  q = Statements("Marcus Bell, who declined to join the trial, said he was nervous.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "to join the trial");
  EXPECT_EQ(q[1].text, "he was nervous");
}

// A closing attribution with the role set off after the name holds a
// finding ("The team found that ..., Dr. Nkechi Obi, a microbiologist,
// said.").
TEST(QuotesDesksOfRound26, AClosingNameWithItsRoleAfterAFinding) {
  auto q = Statements("The team found that the bacteria survive in sinks, Dr. Nkechi Obi, a microbiologist, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nkechi Obi");
  EXPECT_EQ(q[0].role, "a microbiologist");
  EXPECT_EQ(q[0].text, "The team found that the bacteria survive in sinks");
}

// "a long call", "a private call": a call with its adjective is the medium,
// no second cue that breaks the report.
TEST(QuotesDesksOfRound26, ACallWithItsAdjectiveIsTheMedium) {
  auto q = Statements("Karen Doyle said on a long call that Democrats would hold.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that Democrats would hold");
  q = Statements(
      "Rep. Karen Doyle, D-Mass., told members on a private call that Democrats \"are going to hold the line,\" "
      "according to two people on the call.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Doyle");
}

// "The agency said" after the World Health Organization or the Centers for
// Disease Control and Prevention, which speak as one body; a one-word answer
// after a quote whose speaker has a long role is still the speaker's.
TEST(QuotesDesksOfRound26, HealthAgenciesAndShortAnswers) {
  auto q = Statements(
      "The World Health Organization said the outbreak was contained.\n\nThe agency said the risk remained low.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "World Health Organization");
  q = Statements("The Centers for Disease Control and Prevention said cases rose. The agency said the risk was low.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Centers for Disease Control and Prevention");
  q = Statements("\"Is it safe?\" said Dr. Denise Reed, a doctor at Emory. \"Yes.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Denise Reed");
}

// A company named by its trade ("Harrow Pharmaceuticals", "Ridge Mining") is an
// organisation whose first word alone speaks for it later.
TEST(QuotesDesksOfRound26, CompaniesNamedByTheirTrade) {
  auto q = Statements("Harrow Pharmaceuticals said the trial failed.\n\n\"We are disappointed,\" Harrow said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Harrow Pharmaceuticals");
  q = Statements("Ridge Mining said it would cut 500 jobs. The company said the cuts would save $50 million.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Ridge Mining");
}

// An inverted closing attribution holds the report before it ("Pemberton
// Insurance expects premiums to grow, said Chief Executive Colin Marsh."); a
// comparison after a comma is no source (", more than analysts had
// expected."); "General Counsel" is an office.
TEST(QuotesDesksOfRound26, InvertedClosingsComparisonsAndCounsel) {
  auto q = Statements("Pemberton Insurance expects premiums to grow this year, said Chief Executive Colin Marsh.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Colin Marsh");
  EXPECT_EQ(q[0].text, "Pemberton Insurance expects premiums to grow this year");
  q = Statements("Acme Corp said its sales declined 22%, more than analysts had expected.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Acme Corp");
  q = Statements("\"We will appeal,\" Eastbrook General Counsel Mark Weiss said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mark Weiss");
  EXPECT_EQ(q[0].role, "Eastbrook General Counsel");
}

// An acronym of a body named in full before it is that body ("The World
// Health Organization said ... WHO said").
TEST(QuotesDesksOfRound26, AcronymsOfBodiesNamedInFull) {
  auto q = Statements("The World Health Organization said cases rose. WHO said the risk was low.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "World Health Organization");
  q = Statements(
      "The Centers for Disease Control and Prevention is urging adults to get a second dose.\n\nThe CDC said the "
      "data showed waning protection. Most hospitalizations were among older adults, the agency said.");
  ASSERT_GE(q.size(), 2u);
  EXPECT_EQ(q.back().speaker, "Centers for Disease Control and Prevention");
}

// A quote inside a named person's telling, itself inside a witness's
// testimony, is that person's; "declined to give his real name" says nothing;
// "the Florida governor" is the governor named before; an acronym's body is
// no "interior ministry".
TEST(QuotesDesksOfRound26, NestedTellingsRefusalsAndBodies) {
  auto q = Statements(
      "The former aide testified that chief of staff Rand Poole told her that \"things could get ugly\" that day.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rand Poole");
  q = Statements(
      "The researcher, who declined to give his real name, told Wired the bug affected \"every iPhone running iOS "
      "12.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "told");
  q = Statements(
      "Gov. Ron Pellegrini said he had not read the indictment. \"I am focused on the voters,\" the Florida "
      "governor said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Ron Pellegrini");
  q = Statements(
      "The death toll has risen to 212, according to the country's disaster agency, AFAD.\n\nRescue teams from 14 "
      "countries have arrived, the interior ministry said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "AFAD");
  EXPECT_EQ(q[1].speaker, "the interior ministry");
}

// A quote in lower case after a comma that closes the report's own clause
// finishes that clause ("Ms Park said it had, "on or about the 14th of
// March"."): one partial statement, not a direct one beside the report.
TEST(QuotesDesksOfRound26, AQuoteFinishingTheReportsClause) {
  auto q = Statements(
      "Glenys Parker appeared before the committee. Ms Parker said it had, \"on or about the 14th of March\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].speaker, "Glenys Parker");
}

// A whole quote whose inner quote closes with the comma before the closing
// mark stays direct.
TEST(QuotesDesksOfRound26, AnInnerQuoteClosedByTheComma) {
  auto q = Statements("\"He told me, 'Do not worry,'\" former aide Jenna Ruiz testified Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Jenna Ruiz");
}

// A party label set off after a name in a sentence of no statement is the
// person's role later; "the Florida governor" needs a single governor.
TEST(QuotesDesksOfRound26, PartyLabelsAndStateOffices) {
  auto q = Statements(
      "Rep. Alicia Moreno, D-Calif., introduced a bill Thursday.\n\n\"Members should be writing laws,\" Moreno "
      "said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Alicia Moreno");
  EXPECT_EQ(q[0].role, "D-Calif.");
  q = Statements(
      "Sen. Ted Cruz and Sen. Marco Rubio campaigned on Monday. The Florida senator said he would win the "
      "nomination.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Ted Cruz");
}

// An inverted speaker ends before the writer's circumstance ("says the
// losing candidate as recount looms"), and a headline's description may lack
// its article ("says losing candidate").
TEST(QuotesDesksOfRound26, InvertedSpeakersBeforeACircumstance) {
  auto q = Statements("The count resumed. \"We were robbed,\" says the losing candidate as recount looms.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the losing candidate");
  q = Statements("The count resumed. \"We were robbed,\" says losing candidate as recount looms.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "losing candidate");
  q = Statements("\"I will be back,\" said the man known as the Butcher.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the man known as the Butcher");
}

// A headline's quote first, then a colon and who said it with a verb
// ("'A dog's breakfast': Tate savages plan", "Flood victims slam"); a verb's
// particle and object are no speaker ("'Blair's babes' hit back at critics").
TEST(QuotesDesksOfRound26, HeadlineQuotesBeforeTheirSpeaker) {
  auto q = Statements("'A dog's breakfast': Tate savages government's housing plan\n\nThe minister spoke on Monday.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "A dog's breakfast");
  EXPECT_EQ(q[0].speaker, "Tate");
  q = Statements("'We were abandoned': Flood victims slam slow recovery funding\n\nThe council met.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Flood victims");
  for (const auto& s : Statements("'Blair's babes' hit back at critics\n\nThe new MPs met on Monday.")) {
    EXPECT_NE(s.speaker, "back at critics");
  }
}

// A family name that is also a people's or a title's word names the one
// person of the article it ends ("Welsh said", "Doctor asserts", "King said").
TEST(QuotesDesksOfRound26, FamilyNamesThatAreWords) {
  auto q = Statements(
      "Aaron Welsh, the chief executive, announced the cuts on Monday. Welsh, speaking on a call with analysts, said "
      "the company would recover.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Aaron Welsh");
  q = Statements("Veteran industry analyst Ken Doctor has studied the deal. Doctor asserts that the price was too high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ken Doctor");
  q = Statements("The Welsh said the plan was unfair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The Welsh");
}

}  // namespace
}  // namespace newsgraph

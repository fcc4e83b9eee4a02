// Quotation finding and attribution on short hand-written news text.
#include "quotes/attributor.h"

#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

#include "nlp/entity_recognizer.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Attribute(const std::string& text) { return testing_util::Statements(text); }

TEST(Quotes, SpeakerAfterTheQuote) {
  auto q = Attribute("\xE2\x80\x9CThe bridge will open in May,\xE2\x80\x9D Mayor Dana Whitfield said on Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The bridge will open in May");
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Dana Whitfield");
  EXPECT_EQ(q[0].role, "Mayor");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].mention, "Dana Whitfield");
}

TEST(Quotes, GroupTitleAndNameAfterTheQuote) {
  auto q = Attribute("\"We must act now,\" Danish Prime Minister Karin Holm told reporters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karin Holm");
  EXPECT_EQ(q[0].role, "Danish Prime Minister");
  q = Attribute("\"Nothing is certain,\" said the Rev. Amos Tull.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Amos Tull");
}

TEST(Quotes, InvertedSpeakerWithAppositiveRole) {
  auto q = Attribute("\"Prices are falling,\" said Tomas Berglund, the chief economist at Nordfin Bank.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tomas Berglund");
  EXPECT_EQ(q[0].role, "the chief economist at Nordfin Bank");
}

TEST(Quotes, QuoteSplitByItsAttribution) {
  auto q = Attribute("Ruth Okafor spoke last. \"We will win,\" she said, \"and soon.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "We will win");
  EXPECT_EQ(q[1].text, "and soon.");
  for (const Got& g : q) {
    EXPECT_EQ(g.kind, "direct");
    EXPECT_EQ(g.speaker, "Ruth Okafor");
    EXPECT_EQ(g.mention, "she");
  }
}

TEST(Quotes, SingleMarksAndNestedQuotes) {
  auto q = Attribute(
      "\xE2\x80\x98The minister called it \xE2\x80\x9C" "a farce\xE2\x80\x9D and left,\xE2\x80\x99 said Ian Moss.\n\n"
      "\"He said 'no deal' twice,\" Moss added.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The minister called it \xE2\x80\x9C" "a farce\xE2\x80\x9D and left");
  EXPECT_EQ(q[0].speaker, "Ian Moss");
  EXPECT_EQ(q[1].text, "He said 'no deal' twice");
  EXPECT_EQ(q[1].speaker, "Ian Moss");
}

TEST(Quotes, SpeakerIntroducedBeforeTheQuote) {
  auto q = Attribute("Anna Kovacs, a nurse at the clinic, said: \"We have no beds left.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Anna Kovacs");
  EXPECT_EQ(q[0].role, "a nurse at the clinic");
}

TEST(Quotes, IntroducedQuoteKeepsItsSpeakerBeforeTheNextSentence) {
  // The next sentence's "Bram Colt said ..." is Colt's own statement, not
  // the attribution of the quote Anna Kovacs introduced.
  auto q = Attribute("Anna Kovacs replied: \xE2\x80\x98I have no idea.\xE2\x80\x99 Bram Colt said he would decide soon.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Anna Kovacs");
  EXPECT_EQ(q[0].cue, "replied");
  EXPECT_EQ(q[1].speaker, "Bram Colt");
  q = Attribute("Asked about the cuts, Ms Kovacs said: \"We will see.\" Bram Colt said he would decide soon.");
  ASSERT_GE(q.size(), 2u);
  for (const Got& g : q) {
    if (g.kind == "direct") {
      EXPECT_EQ(g.speaker, "Kovacs");
    }
  }
}

TEST(Quotes, WholeSentenceRightAfterTheCue) {
  auto q = Attribute("Greta Lund declared \"The harbour is closed until spring.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Greta Lund");
}

TEST(Quotes, SpeakerInThePreviousParagraph) {
  auto q = Attribute("Mr Hollis said:\n\n\"This is the moment to act. We cannot wait any longer for them.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hollis");
  EXPECT_EQ(q[0].role, "<null>");  // a courtesy title is not a role
}

TEST(Quotes, BlockQuoteAfterAColon) {
  auto q = Attribute("The host, Rita Vance, added:\n\nNobody in this town has seen a winter like this one.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "Nobody in this town has seen a winter like this one.");
  EXPECT_EQ(q[0].speaker, "Rita Vance");
  EXPECT_EQ(q[0].role, "The host");
}

TEST(Quotes, MultiParagraphQuote) {
  auto q = Attribute(
      "\"The first part of what I want to say is long,\n\n"
      "\"and the second part ends it here,\" said Peter Lindqvist.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The first part of what I want to say is long");
  EXPECT_EQ(q[0].speaker, "Peter Lindqvist");
  EXPECT_EQ(q[1].speaker, "Peter Lindqvist");
}

TEST(Quotes, StrayMarkNeverPairsAcrossParagraphs) {
  auto q = Attribute(
      "The council met \"late on Friday.\n\n"
      "Members argued for hours.\" Nobody said \"enough is enough\" before dawn, Jo Marsh said.");
  for (const Got& g : q) {
    EXPECT_EQ(g.text.find("Members"), std::string::npos) << g.text;
    EXPECT_EQ(g.text.find("Friday"), std::string::npos) << g.text;
  }
}

TEST(Quotes, ScareQuotesAndTitlesAreNotStatements) {
  EXPECT_TRUE(Attribute("The so-called \"peace plan\" was shelved by the board.").empty());
  EXPECT_TRUE(Attribute("The film \"Dark Harbour\" opened in cinemas on Friday.").empty());
  // A capitalised title is no quote even beside a speech verb; what she
  // described is reported as her (indirect) statement, the title inside it.
  auto d = Attribute("Lena Holm described the show \"Night Harbour Live\" as fun.");
  for (const Got& g : d) EXPECT_EQ(g.kind, "indirect") << g.text;
  EXPECT_TRUE(Attribute("Fans call him \xE2\x80\x98The Wall\xE2\x80\x99 because of his defending.").empty());
  // A one-word title after a preposition, the sentence's full stop inside.
  auto t = Attribute("\"The vote was close,\" Lena Holm said on \"Newsround.\"");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "The vote was close");
}

// A short capitalised quote that opens with a pronoun and is attributed
// after it is speech, not a title.
TEST(Quotes, ShortQuoteOpeningWithAPronoun) {
  auto q = Attribute("His daughter, Ingrid Holm, worries about him. \"He's 74,\" she says. \"He should rest.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "He's 74");
  EXPECT_EQ(q[0].speaker, "Ingrid Holm");
  EXPECT_EQ(q[1].speaker, "Ingrid Holm");
  // A song title after its cue stays a title.
  for (const Got& g : Attribute("The band leader called them to the stage, singing \"It's Our Time.\"")) {
    EXPECT_NE(g.kind, "direct") << g.text;
  }
}

TEST(Quotes, ListAfterAColonIsNoBlockQuote) {
  // A paragraph ending in a colon introduces a block quote only through a
  // verb; a noun phrase heading a list does not.
  EXPECT_TRUE(Attribute("A selection of the participating artists and artworks:\n\nIvana Holm and Pavle Brand "
                        "found inspiration in the harbour. Starry nights are less visible now.")
                  .empty());
  auto q = Attribute("Anna Kovacs remembers:\n\nNobody in this town has seen a winter like this one.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anna Kovacs");
  EXPECT_EQ(q[0].cue, "remembers");
}

TEST(Quotes, PartialQuoteWithACue) {
  auto q = Attribute("Gavin Stroud, the party's treasurer, described the budget as \"a fantasy\" on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].speaker, "Gavin Stroud");
  EXPECT_EQ(q[0].cue, "described");
  EXPECT_EQ(q[0].role, "the party's treasurer");
}

TEST(Quotes, QuotedAsSaying) {
  auto q = Attribute("\"Talks are over,\" state radio quoted Omar Haddad as saying.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Omar Haddad");
  EXPECT_EQ(q[0].cue, "quoted Omar Haddad as saying");
}

TEST(Quotes, DashAttribution) {
  auto q = Attribute("\"Prices will fall next year.\" \xE2\x80\x94 Commissioner Anna Berg");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anna Berg");
  EXPECT_EQ(q[0].role, "Commissioner");
}

TEST(Quotes, UnnamedSpeakerWithAnAppositive) {
  auto q = Attribute("Officials at the port authority, a state agency, said the cranes were \"beyond repair.\"");
  ASSERT_EQ(q.size(), 1u);  // the partial quote carries its reported clause
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].clause, "the cranes were \"beyond repair.\"");
  EXPECT_EQ(q[0].speaker, "Officials at the port authority");
  EXPECT_EQ(q[0].role, "a state agency");
}

TEST(Quotes, UnnamedSpeakerAndOrganisation) {
  auto q = Attribute(
      "\"We are reviewing the footage,\" a police spokeswoman said.\n\n"
      "\"No comment,\" the ministry said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "a police spokeswoman");
  EXPECT_EQ(q[1].speaker, "the ministry");
}

TEST(Quotes, PronounsResolveToTheLatestCompatiblePerson) {
  auto q = Attribute(
      "Sarah Lund met John Ward in Oslo. Ward left early.\n\n"
      "\"It was a good meeting,\" she said.\n\n"
      "\"I disagree,\" he said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Sarah Lund");
  EXPECT_EQ(q[1].speaker, "John Ward");
}

TEST(Quotes, TheTitleNamesTheLatestPersonHoldingIt) {
  auto q = Attribute(
      "Sen. Ada Brook met Governor Paul Dunn on Monday.\n\n"
      "\"We have a deal,\" the senator said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Brook");
  EXPECT_EQ(q[0].mention, "the senator");
  q = Attribute("The Ministry of Fisheries issued new quotas.\n\n\"The stocks are recovering,\" the ministry said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ministry of Fisheries");
}

TEST(Quotes, AnUnattributedQuoteFollowsTheSentenceAboutSomeone) {
  auto q = Attribute(
      "Nora Blix kept her answers about the banks short.\n\n"
      "\"If any bank cannot be run safely, it should be broken up.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nora Blix");
}

TEST(Quotes, TheyIsTheLatestGroupThatSpoke) {
  auto q = Attribute(
      "Flood officials said the river would crest on Friday.\n\n"
      "\"Nobody should drive through the water,\" they said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Flood officials");
  EXPECT_EQ(q[1].mention, "they");
}

TEST(Quotes, ConsecutiveQuoteParagraphsKeepTheirSpeaker) {
  auto q = Attribute(
      "\"The harvest failed in the north,\" said farmer Ilse Brandt.\n\n"
      "\"Nobody came to help us with seed or with money this year.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Ilse Brandt");
}

TEST(Reported, SaidThatAndToldThat) {
  auto q = Attribute(
      "Maria Lopez told reporters that the vote had been rigged.\n\n"
      "Officials in Lima said the count would resume.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "that the vote had been rigged");
  EXPECT_EQ(q[0].speaker, "Maria Lopez");
  EXPECT_EQ(q[0].cue, "told");
  EXPECT_EQ(q[1].text, "the count would resume");
  EXPECT_EQ(q[1].speaker, "Officials in Lima");
}

TEST(Reported, ClauseBeforeTheSpeaker) {
  auto q = Attribute(
      "The strike will end soon, Karl Oberg of the Metal Workers Union told Reuters.\n\n"
      "Wages will rise next year, said Lisa Frey, a union lawyer.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The strike will end soon");
  EXPECT_EQ(q[0].speaker, "Karl Oberg");
  EXPECT_EQ(q[0].role, "of the Metal Workers Union");
  EXPECT_EQ(q[1].text, "Wages will rise next year");
  EXPECT_EQ(q[1].speaker, "Lisa Frey");
  EXPECT_EQ(q[1].role, "a union lawyer");
}

TEST(Reported, AccordingToAndOtherVerbs) {
  auto q = Attribute(
      "According to police, the driver fled on foot.\n\n"
      "The company denied that it had broken any rules.\n\n"
      "Dr. Amit Rao warned the virus would spread in winter.\n\n"
      "Ben Cole said in a statement that he would resign.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "police");
  EXPECT_EQ(q[0].text, "the driver fled on foot");
  EXPECT_EQ(q[1].speaker, "The company");
  EXPECT_EQ(q[2].speaker, "Amit Rao");
  EXPECT_EQ(q[2].text, "the virus would spread in winter");
  EXPECT_EQ(q[3].text, "that he would resign");
}

TEST(Reported, AttributionInsideTheStatement) {
  // Two pieces around the attribution, as a split quote (see also
  // quotes_parenthetical_test).
  auto q = Attribute("The museum, Mr. Okoro said, will open in the spring.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The museum");
  EXPECT_EQ(q[1].text, "will open in the spring");
  EXPECT_EQ(q[0].speaker, "Okoro");
  EXPECT_EQ(q[1].speaker, "Okoro");
}

TEST(Reported, OrganisationsSpeakAndDatesAreSkipped) {
  auto q = Attribute("The Harbor Commission, which runs the port, said Friday that fees would rise, though shippers "
                     "disagreed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Harbor Commission");
  EXPECT_EQ(q[0].text, "that fees would rise");
}

TEST(Reported, ReportBeforeAQuoteEndsAtTheParticiple) {
  auto q = Attribute("Nadia Petrov told the panel that rents had doubled, adding that \"nobody can pay this.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "that rents had doubled");
  EXPECT_EQ(q[1].kind, "partial");
  EXPECT_EQ(q[1].speaker, "Nadia Petrov");
}

TEST(Reported, SubjectsAcrossCoordinationAndSemicolons) {
  auto q = Attribute(
      "Ravi Menon has said that the mill will close.\n\n"
      "Democrats called the vote rushed, and said the bill would fail.\n\n"
      "The race is tight; Lopez aides say the polls are wrong.\n\n"
      "Heading into the summit, Ines Araujo told reporters the deal was close.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Ravi Menon");
  EXPECT_EQ(q[1].speaker, "Democrats");
  EXPECT_EQ(q[1].text, "the bill would fail");
  EXPECT_EQ(q[2].speaker, "Lopez aides");
  EXPECT_EQ(q[2].text, "the polls are wrong");
  EXPECT_EQ(q[3].speaker, "Ines Araujo");
  EXPECT_EQ(q[3].text, "the deal was close");
}

TEST(Reported, NotEverySpeechVerbReportsAClause) {
  EXPECT_TRUE(Attribute("The two leaders agreed to meet in June.").empty());
  EXPECT_TRUE(Attribute("Tom Ruiz finds himself in the same position as his father.").empty());
  // Naming cues report their object, not a clause.
  auto q = Attribute("He described the plan as bold and costly.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the plan as bold and costly");
  // The subject must open its clause.
  EXPECT_TRUE(Attribute("The remarks that experts said reveal a plan were long.").empty());
}

TEST(Reported, AClauseHoldingAQuoteIsReportedWhole) {
  // One statement: the partial quote, with the whole clause beside it.
  auto q = Attribute("Mia Dahl said the plan was \"dead on arrival\" in the Senate.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].text, "dead on arrival");
  EXPECT_EQ(q[0].clause, "the plan was \"dead on arrival\" in the Senate");
  EXPECT_EQ(q[0].speaker, "Mia Dahl");
  // A whole quote is not reported a second time.
  q = Attribute("\"The plan is dead,\" Mia Dahl said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
}

// A quote split by an inverted attribution: the second half is the same
// speaker's, with the role set off after the name.
TEST(Reported, ASplitQuoteWithAnInvertedSpeaker) {
  auto got = testing_util::Statements(
      "\"Interest rates will stay higher,\" said Mark Zandi, chief economist at Moody's Analytics, "
      "\"and that will weigh on housing.\"");
  ASSERT_EQ(got.size(), 2u);
  for (const auto& g : got) {
    EXPECT_EQ(g.speaker, "Mark Zandi") << g.text;
    EXPECT_EQ(g.role, "chief economist at Moody's Analytics") << g.text;
  }
}

// A quote ending its sentence with a full stop is not taken by the next
// sentence's speaker when that sentence reports a clause of its own; after
// "?" or "!" the next words may still attribute it.
TEST(Reported, TheNextSentencesOwnReportDoesNotTakeAQuote) {
  auto got = testing_util::Statements(
      "\"The president has been very clear,\" Ann Cole said. \"Congress needs to act.\" A reporter asked whether "
      "the White House would act.");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1].text, "Congress needs to act.");
  EXPECT_EQ(got[1].speaker, "Ann Cole");
  got = testing_util::Statements("\"How do you control the banks?\" Donald Trump said to a crowd of supporters.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Donald Trump");
}

}  // namespace
}  // namespace newsgraph

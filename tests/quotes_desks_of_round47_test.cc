// Forms round 47 took up, most of them seen on the 181 pages of the
// extraction benchmark: a cue with "and" right after it, which took no
// complement ("absurd questions and he replied") or shares its object with
// a second verb ("derided and insulted the professional left"); adverbs
// before a cue ("the population still blames", "Gizmodo very recently
// explained"); an infinitive in a relative clause running into the main
// clause's verb, and a plural noun with its infinitive as a subject
// ("pledges to protect ... are enough"); "That's why" before a pronoun read
// as its role; "The group" set off before a body's name read as its role;
// "The company" taken for an earlier described speaker across a body named
// since; an opening time or connective before a mid-sentence tag; "in the
// words of X:" inside the sentence before a quote.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "shouted out absurd questions and he replied": "questions" is a noun
// here, and the writer's next clause is nobody's statement.
TEST(QuotesDesksOfRound47, CueWithNothingButAndAfterItReportsNothing) {
  auto q = Statements(
      "He performed an improvised live show at conventions, where audience members shouted out absurd questions "
      "and he replied with even more absurd answers.");
  EXPECT_TRUE(q.empty()) << q[0].text;
  q = Statements("As the old saying goes, the more one sees and hears Adam Schiff, the less one trusts him.");
  for (const auto& s : q) EXPECT_NE(s.text.rfind("and", 0), 0u) << s.text;
}

// Two verbs joined by "and" share one object: the object is what was said,
// not the second verb.
TEST(QuotesDesksOfRound47, TwoVerbsShareTheirObject) {
  auto q = Statements(
      "Former Obama spokesman Robert Gibbs derided and insulted the professional left in press conferences.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the professional left in press conferences");
  EXPECT_EQ(q[0].speaker, "Robert Gibbs");
  q = Statements("Sanders endorsed and has fundraised for her primary challenger in Florida.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "her primary challenger in Florida");
  q = Statements("Trump defended - and minimized - remarks that were less surprising than expected.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "remarks that were less surprising than expected");
  EXPECT_EQ(q[0].speaker, "Trump");
}

// An adverb without "-ly" between a described subject and its cue is no
// part of who spoke.
TEST(QuotesDesksOfRound47, AdverbBeforeTheCueLeavesTheDescription) {
  auto q = Statements("In Bolivia, a large proportion of the population still blames those in power for this crisis.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a large proportion of the population");
  EXPECT_EQ(q[0].text, "those in power for this crisis");
  q = Statements("The company flat-out denied that it had settled on an arrangement with the label.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The company");
}

// "a bishop who sought to talk to protesters ... were prevented": the
// infinitive inside a restrictive relative clause ends where the main
// clause's verb stands.
TEST(QuotesDesksOfRound47, InfinitiveInARelativeClauseEndsAtTheMainVerb) {
  auto q = Statements(
      "Lawmakers and a bishop who sought to talk to protesters and seek some kind of resolution were prevented "
      "from doing so.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to talk to protesters and seek some kind of resolution");
  EXPECT_EQ(q[0].speaker, "Lawmakers and a bishop");
  q = Statements("A rich supporter who wants to give more could shell out as much as $449,400 to the committee.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to give more");
  // (A clause opened inside the infinitive has its own verbs.)
  q = Statements("Officials who promised to find out what the costs were said nothing more.");
  for (const auto& s : q) EXPECT_NE(s.text, "to find out what the costs") << s.text;
}

// "and pledges to protect intellectual property are enough": a plural noun
// whose infinitive runs into the verb it is the subject of reports nothing.
TEST(QuotesDesksOfRound47, PluralNounWithItsInfinitiveAsASubjectIsNoCue) {
  auto q = Statements(
      "The demand has US officials wondering if higher Chinese purchases of US farm goods, promises of improved "
      "access to China's financial services industry, and pledges to protect intellectual property are enough to "
      "ask in return.");
  EXPECT_TRUE(q.empty()) << q[0].text;
  // (The verb stays a cue when its infinitive ends as a clause would.)
  q = Statements("The governor pledges to protect intellectual property and to cut taxes.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to protect intellectual property and to cut taxes");
}

// "That's why he said": the words before a pronoun open its clause but name
// no office.
TEST(QuotesDesksOfRound47, WordsBeforeAPronounAreNoRole) {
  auto q = Statements("That's why he said the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "he");
  EXPECT_EQ(q[0].role, "<null>");
  EXPECT_EQ(q[0].text, "the plan would fail");
  q = Statements("Here's why I think the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "I");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Clinton spokesman Nick Merrill said the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Clinton spokesman");
}

// "The group, WeWorkers Coalition, formed ...": a bare kind of body set off
// before the name is no role.
TEST(QuotesDesksOfRound47, DegreeAdverbBeforeAnLyAdverbLeavesTheDescription) {
  auto q = Statements("HP, as Gizmodo very recently explained, is a complex and rare condition.");
  ASSERT_FALSE(q.empty());
  for (const auto& s : q) EXPECT_EQ(s.speaker, "Gizmodo");
}

// "he accused the debate moderators of asking too many "please attack Ted"
// questions": the verb phrase before the participle is no speaker; the
// subject of "accused" is.
TEST(QuotesDesksOfRound47, VerbPhraseBeforeAParticipleIsNoSpeaker) {
  auto q = Statements(
      "Cruz was attacked by his rivals -- so much so that he accused the debate moderators of asking too many "
      "\"please attack Ted\" questions.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Cruz");
  EXPECT_EQ(q[0].mention, "he");
}

// A described speaker never ends in a conjunction (the subject was
// misread), and an article alone is no one.
TEST(QuotesDesksOfRound47, DescriptionEndsBeforeAConjunction) {
  auto q = Statements(
      "A former official who oversaw counterintelligence investigations and was briefed on the case said that "
      "the server had been breached.");
  for (const auto& s : q) {
    EXPECT_FALSE(s.speaker.ends_with(" and")) << s.speaker;
    EXPECT_NE(s.speaker, "The");
  }
  // (Nor a preposition's phrase: "about fixing inequality", "over delegate
  // selection"; a count after "about" is someone.)
  q = Statements(
      "\u201CFor rank-and-file teachers, he\u2019s saying a lot of the right things\u201D about fixing inequality "
      "and enabling public-sector unions, said Marla Kilfoyle, executive director of the Badass Teachers "
      "Association.");
  for (const auto& s : q) EXPECT_EQ(s.speaker.find("about"), std::string::npos) << s.speaker;
  q = Statements("About two-thirds of voters said they would back the plan, and about half of them said it was fair.");
  ASSERT_FALSE(q.empty());
  EXPECT_NE(q.back().speaker, "<null>");
  // (Nor the subject's verb before the cue's "to", nor a participle's
  // phrase with no one in it.)
  q = Statements(
      "The name was announced long before White House officials started to portray the shooting as a "
      "\u201Cworkplace\u201D issue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "White House officials");
  q = Statements("He said he was leaning toward supporting Mr. Trump.");
  for (const auto& s : q) EXPECT_NE(s.speaker, "leaning toward");
  // (Nor a present verb with its object: the subject ends before it.)
  q = Statements(
      "The US Embassy in New Delhi maintains its own air quality monitor and reported Wednesday that the index "
      "reached 408, earning a rating of \u201Chazardous.\u201D");
  ASSERT_FALSE(q.empty());
  for (const auto& s : q) EXPECT_EQ(s.speaker.find("maintains"), std::string::npos) << s.speaker;
  q = Statements("The retired neurosurgeon has provided no details, saying that he was refining his campaign.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The retired neurosurgeon");
}

// "Cruz said he would make sand glow in the dark, and Trump vowed to bomb
// them": a named person's vow after ", and" is a report of its own.
TEST(QuotesDesksOfRound47, NamedPersonsVowAfterAndIsItsOwnReport) {
  auto q = Statements("Cruz said he would make sand glow in the dark, and Trump vowed to bomb them.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "he would make sand glow in the dark");
  EXPECT_EQ(q[1].text, "to bomb them");
  EXPECT_EQ(q[1].speaker, "Trump");
  // (A pact inside what was said stays there.)
  q = Statements("Officials said that Japan and China had agreed to resume talks next month.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that Japan and China had agreed to resume talks next month");
  // (The writer's "for instance" closing the clause is no part of it.)
  q = Statements("The judges said that Texas could not implement its law, for instance.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that Texas could not implement its law");
}

// "Reid said both are "non-entities in the Senate," but he gave the Texan
// a back-handed compliment: "..."": the clause after ", but he" leads into
// a quotation of its own and ends the report.
TEST(QuotesDesksOfRound47, LeadInAfterButEndsTheReport) {
  auto q = Statements(
      "Reid said both Rubio and Cruz are \"non-entities in the Senate,\" but he gave the Texan a back-handed "
      "compliment: \"You never have to guess where he is.\"");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].text, "non-entities in the Senate");
  EXPECT_EQ(q[0].clause, "both Rubio and Cruz are \"non-entities in the Senate,\"");
}

// "..., about the same number who said the party truly cares": a
// comparison's count before "who said" reports too.
TEST(QuotesDesksOfRound47, ComparisonsCountWhoSaidReports) {
  auto q = Statements(
      "One in four said the party was hostile to the community, about the same number who said the party truly "
      "cares.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the party was hostile to the community");
  EXPECT_EQ(q[1].text, "the party truly cares");
  EXPECT_NE(q[1].speaker.find("same number"), std::string::npos) << q[1].speaker;
}

// "praised the plan, declined to affirm ..., and told ...": a refusal or
// promise inside a series of the subject's acts reports too.
TEST(QuotesDesksOfRound47, RefusalInASeriesOfActsReports) {
  auto q = Statements(
      "Trump praised the plan, declined to affirm his support for a united Jerusalem, and told his audience they "
      "would not back him.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[1].text, "to affirm his support for a united Jerusalem");
  EXPECT_EQ(q[1].speaker, "Trump");
  EXPECT_EQ(q[2].text, "they would not back him");
}

// ""...," comments Robin Biesbroek of the CDF": "comments" is a verb after
// a quote's comma or a name, a noun after an adjective or a possessive.
TEST(QuotesDesksOfRound47, CommentsAsAVerbOnlyWhereAVerbStands) {
  auto q = Statements(
      "\"We worked on adjusting the architecture of the spacecraft,\" comments Robin Biesbroek of the CDF.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Robin Biesbroek");
  EXPECT_EQ(q[0].cue, "comments");
  q = Statements(
      "The surge of incendiary comments online has been so strong that Der Spiegel disabled its comment function.");
  EXPECT_TRUE(q.empty()) << q[0].text;
  q = Statements("Trump stood by his previous comments about the judge, aides said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
}

// "rejected these accusations as "patently false," and both independent
// analysts ... told": the comma inside the closing mark and a new subject
// after "and" end the object.
TEST(QuotesDesksOfRound47, CommaInsideTheClosingMarkEndsTheObject) {
  auto q = Statements(
      "The Pentagon rejected these accusations as \u201Cpatently false,\u201D and both independent analysts and "
      "sources in the camp told reporters that the claims were baseless.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].clause, "these accusations as \u201Cpatently false,\u201D");
  EXPECT_EQ(q[1].text, "that the claims were baseless");
  // (A "both ... and" pair is one subject, however long: the report after
  // the object keeps it whole.)
  q = Statements(
      "The Pentagon rejected these accusations as \u201Cpatently false,\u201D and both independent analysts and "
      "sources in the Rukban camp told Polygraph.info the Russian and Syrian claims are false.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "the Russian and Syrian claims are false");
  EXPECT_EQ(q[1].speaker, "both independent analysts and sources in the Rukban camp");
}

// A "she" who speaks about a woman named in full inside her own quote is
// not that woman; a speaker naming himself still speaks.
TEST(QuotesDesksOfRound47, PersonSpokenAboutInsideTheQuoteIsNotItsShe) {
  auto q = Statements(
      "Mary Steenburgen began writing songs at 54. \u201CIt could have been really easy for Mary Steenburgen to "
      "just put her name on something, but she didn\u2019t do that,\u201D she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "she");
  EXPECT_NE(q[0].speaker, "Mary Steenburgen");
  q = Statements(
      "Donald Trump spoke in Ohio. \u201CNobody builds walls better than Donald Trump, believe me,\u201D he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Donald Trump");
}

TEST(QuotesDesksOfRound47, BareKindOfBodyIsNoRole) {
  auto q = Statements(
      "The group, WeWorkers Coalition, formed in recent weeks. The group said on Twitter that the contract has "
      "confused employees.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "WeWorkers Coalition");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements(
      "The city's lawyer, Mark Ruiz, spoke first. Ruiz said that the contract has confused employees.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "The city's lawyer");
}

// "..., the production company said. ... Swift accused Braun and Big
// Machine Records ... The company denied": a body named since the earlier
// described speaker keeps "The company" from being that speaker.
TEST(QuotesDesksOfRound47, BodyNamedSinceKeepsADescriptionFromAnEarlierSpeaker) {
  auto q = Statements(
      "Dick Clark Productions denied the report, the production company said in a statement. On Thursday, Swift "
      "accused Braun and Big Machine Records of blocking a documentary. The company denied the allegations in a "
      "statement.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].text, "the allegations");
  EXPECT_NE(q[2].speaker, "the production company");
  // (With no body named between, the description is the earlier speaker.)
  q = Statements(
      "A government source said the talks had stalled. \"We are not close,\" the source told reporters.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "A government source");
}

// "Six months ago, the senator said, ...", "Still, he said, ...": an opening
// time or a lone connective before a mid-sentence tag is the writer's
// setting; only the rest of the sentence is the statement.
TEST(QuotesDesksOfRound47, OpeningSettingBeforeAMidSentenceTagIsNoStatement) {
  for (const char* text :
       {"Six months ago, the senator said, the media considered him a fringe candidate.",
        "Still, he said, the agency would review every visa application again.",
        "On Tuesday, Ms. Ellis said, the company would appeal the ruling in court."}) {
    auto q = Statements(text);
    ASSERT_EQ(q.size(), 1u) << text;
    EXPECT_EQ(q[0].text.find(","), std::string::npos) << q[0].text;
  }
  // (An opening that is part of what was said stays its first piece.)
  auto q = Statements("If Clinton is elected, he said, the court will shift to the left for a generation.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "If Clinton is elected");
}

// "Here is how bad things got in the words of the patient: "..."": "in the
// words of X" closing the sentence that leads into a quote names its
// speaker, as it does opening one.
TEST(QuotesDesksOfRound47, InTheWordsOfBeforeTheQuoteNamesItsSpeaker) {
  auto q = Statements(
      "Here is how bad things got in the words of the patient: \u201CI was unable to stand or walk for more than "
      "a few minutes.\u201D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the patient");
  EXPECT_EQ(q[0].text, "I was unable to stand or walk for more than a few minutes.");
  q = Statements("In the words of Mr. Smith, \u201Cthe plan is dead and buried for good.\u201D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith");
}

}  // namespace
}  // namespace newsgraph

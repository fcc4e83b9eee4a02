// Who a pronoun at a cue stands for (SpeakerFinder::ResolvePronoun), kind by
// kind as read on GUM train's errors (docs/quotes.md, "Names"): the subject
// before a name in passing, unknown gender, courtesy titles, possessives,
// title words outside the name, a name that only modifies a role. Names are
// made up.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

#include "quotes/marks.h"
#include "quotes/speaker.h"
#include "text/heading.h"

namespace newsgraph {
namespace {

// The speaker named for each quote whose mention is `pronoun`.
std::vector<std::string> SpeakersOf(const std::string& text, const std::string& pronoun) {
  const Document doc = testing_util::Analyze(text);
  std::vector<std::string> out;
  for (const Quote& q : doc.quotes) {
    if (q.speaker_mention && doc.Slice(*q.speaker_mention) == pronoun) out.push_back(q.speaker.value_or("<null>"));
  }
  return out;
}

// The entity name the resolver gives the n-th occurrence of `word`, asked
// as the quotes stage asks.
std::string Resolve(const std::string& text, const std::string& word, char gender, int nth = 0) {
  static const quotes::QuoteLexicons lex;
  const Document doc = testing_util::Analyze(text);
  std::vector<bool> heading(doc.paragraphs.size());
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) heading[p] = text::LooksLikeHeading(doc, p);
  const auto qs = quotes::FindQuotations(doc, heading);
  const quotes::SpeakerFinder finder(lex, doc, qs);
  size_t at = 0;
  for (int i = 0; i <= nth; ++i) {
    at = text.find(" " + word + " ", i ? at + 1 : 0);
    if (at == std::string::npos) return "<absent>";
  }
  const int32_t e = finder.ResolvePronoun(uint32_t(at + 1), gender);
  return e < 0 ? "<none>" : doc.entities[e].name;
}

TEST(QuotesPronouns, TheSubjectOutweighsANameInPassing) {
  // Daniel Brack is named last, but after a preposition; Wexler is the
  // subject of the sentence and of the one before.
  const std::string text =
      "Tom Wexler runs the shipyard. He praised the work of Daniel Brack on Monday. \"It is the best hull we "
      "have built,\" he said.";
  EXPECT_EQ(SpeakersOf(text, "he"), std::vector<std::string>{"Tom Wexler"});
}

TEST(QuotesPronouns, AChainOfPronounsKeepsItsPerson) {
  // A biography: "he" goes on meaning its subject across a sentence that
  // names someone else as an object.
  const std::string text =
      "Paul Ostrander was born in Leeds. He served as an interpreter for Daniel Brack when Brack visited "
      "Leeds. In his memoir, he wrote of the visit.";
  EXPECT_EQ(Resolve(text, "he", 'm', 0), "Paul Ostrander");
  EXPECT_EQ(Resolve(text, "his", 'm'), "Paul Ostrander");
}

TEST(QuotesPronouns, UnknownGenderCountsHalf) {
  // "Quarnby" has no known gender; Anna Korvel is the subject and a woman.
  const std::string text =
      "Anna Korvel met Mr Quarnby at the port. \"We agreed on the tariff,\" she said.";
  EXPECT_EQ(SpeakersOf(text, "she"), std::vector<std::string>{"Anna Korvel"});
}

TEST(QuotesPronouns, ACourtesyTitleGivesTheGender) {
  // Neither Dellow nor Quarnby has a known given name; "Mrs." says who
  // "she" is, whoever was named last. (Quarnby is no subject here: one of
  // unknown gender who spoke just before would be the likelier "she".)
  const std::string text =
      "Mrs. Dellow thanked the crew. The crowd later cheered Quarnby. \"It was a long winter,\" she said.";
  EXPECT_EQ(SpeakersOf(text, "she"), std::vector<std::string>{"Dellow"});
}

TEST(QuotesPronouns, TitleWordsOutsideTheNameKeepItTheSubject) {
  // "Secretary of State" before the name: the "of" is no preposition, and
  // the name opens its clause.
  const std::string text =
      "Secretary General Tom Wexler condemned the test. \"It is a breach,\" he told reporters. "
      "\"We must act.\"\n\nSecretary of State Paul Ostrander said the allies would meet, and he urged calm.";
  EXPECT_EQ(Resolve(text, "he", 'm', 0), "Tom Wexler");  // "he told reporters"
  EXPECT_EQ(Resolve(text, "he", 'm', 1), "Paul Ostrander");
}

TEST(QuotesPronouns, ANameModifyingARoleIsNoSubject) {
  const std::string text =
      "Mary Korvel leads the race. Korvel campaign director Anna Lindqvist said on Monday the count was "
      "close. \"We will win,\" she said.";
  EXPECT_EQ(SpeakersOf(text, "she"), std::vector<std::string>{"Anna Lindqvist"});
}

TEST(QuotesPronouns, AnotherWordAtThePositionKeepsTheLatestPerson) {
  // Asked at a byte where no pronoun starts, the resolver falls back to the
  // latest compatible person, as before.
  const std::string text = "Tom Wexler met Anna Korvel. Their talk went well.";
  EXPECT_EQ(Resolve(text, "talk", 'm'), "Tom Wexler");
  EXPECT_EQ(Resolve(text, "talk", 'f'), "Anna Korvel");
}

TEST(QuotesPronouns, RoleNounGivesGender) {
  // "his sister" makes Mina Sato a woman: "He" is her brother, not her.
  const auto q = testing_util::Statements(
      "Daniel Sato opened the harbour. Mina Sato, his sister, said the ferry would return. He denied that the "
      "pier had been sold.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Mina Sato");
  EXPECT_EQ(q[1].speaker, "Daniel Sato");
}

// "he" or "she" with no named person before it goes back to a singular
// described speaker ("the governor"), not across a person named since.
TEST(QuotesPronouns, APronounAfterADescribedSpeaker) {
  auto got = testing_util::Statements(
      "The governor said residents should evacuate. \"Do not wait,\" she said.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "The governor");
  got = testing_util::Statements("A spokesman said the plan was dead. \"We are done,\" she said.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "<null>");  // "spokesman" is not "she"
  got = testing_util::Statements(
      "The governor said no. Later the bill reached Mary Olsen. \"It is wrong,\" she said.");
  ASSERT_FALSE(got.empty());
  EXPECT_NE(got.back().speaker, "The governor");
}

// "he"/"she" with no person named goes back to a described person opening
// one of the sentences just before ("The spokeswoman paused."), if the
// gender agrees.
TEST(QuotesPronouns, APronounAfterADescribedSubject) {
  auto got = testing_util::Statements("The spokeswoman paused. \"I have nothing for you on that,\" she said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "The spokeswoman");
  got = testing_util::Statements("The spokesman paused. \"We are done,\" she said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "<null>");
  got = testing_util::Statements("A neighbor ran outside. Ann Cole waited. \"It was terrifying,\" she said.");
  ASSERT_FALSE(got.empty());
  EXPECT_NE(got.back().speaker, "A neighbor");
}

// Speakers of sports and family stories ("the widow", "the quarterback");
// a quote continuing the one before it in the paragraph stays its
// speaker's when the next sentence has a speaker of its own; two-word
// reports ("said prices rose").
TEST(QuotesPronouns, ContinuationsAndUnnamedSpeakers) {
  auto got = testing_util::Statements("Rosa Delgado lost her husband. \"I forgive him,\" the widow said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "the widow");
  got = testing_util::Statements(
      "\"It's not about the money,\" said Kevin Durant. \"It never was.\" His teammate Devin Booker agreed.");
  ASSERT_GE(got.size(), 2u);
  EXPECT_EQ(got[1].text, "It never was.");
  EXPECT_EQ(got[1].speaker, "Kevin Durant");
  got = testing_util::Statements("Ann Cole said prices rose.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "prices rose");
  got = testing_util::Statements("Ann Cole, for her part, said the plan was dead.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "<null>");
}

// People sharing a family name: a courtesy title's gender picks the one;
// a description of several words ("the defense secretary") finds the
// person whose titles hold its words ("Secretary of State" included).
TEST(QuotesPronouns, SharedFamilyNamesAndDescriptionsOfOffice) {
  auto got = testing_util::Statements(
      "Hillary Clinton and Bill Clinton appeared at the event. Mrs. Clinton said the election was a warning. "
      "\"We lost touch,\" Mr. Clinton said.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].speaker, "Hillary Clinton");
  EXPECT_EQ(got[1].speaker, "Bill Clinton");
  got = testing_util::Statements(
      "Secretary of State Marco Rubio and Defense Secretary Pete Hegseth testified. \"The era of free-riding is "
      "over,\" the defense secretary said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Pete Hegseth");
  got = testing_util::Statements(
      "Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken. \"We were clear,\" the secretary said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Antony Blinken");
}

// "he"/"she" right after a statement, resolved to a person named only in
// its words, is its speaker again; a lone given name says a gender ("Lisa"
// is no "he").
TEST(QuotesPronouns, TheLastSpeakerAndLoneGivenNames) {
  auto got = testing_util::Statements(
      "Mayor Brandon Johnson appointed Larry Snelling. Johnson said Snelling had the trust of officers. "
      "\"He came up through the ranks,\" he said.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "Brandon Johnson");
  got = testing_util::Statements("John Smith said Mary Jones had won. \"She deserved it,\" she said.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "Mary Jones");
  got = testing_util::Statements(
      "The boy's mother, who gave only her first name, Lisa, said he was innocent. A police spokesman said the "
      "case was open. \"We will follow the evidence,\" he said.");
  ASSERT_FALSE(got.empty());
  EXPECT_NE(got.back().speaker, "Lisa");
}

TEST(QuotesPronouns, AGivenNameForEitherSexTakesEitherPronoun) {
  Document doc = testing_util::Analyze(
      "Ferry workers' leader Pat Vale said the strike would go ahead.\n\n"
      "\"We have bent over backwards to reach a deal,\" she said.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[1].speaker.value_or(""), "Pat Vale");
}

TEST(QuotesPronouns, ANameSetOffAfterTheSubjectsDescriptionIsTheSubject) {
  // "Alvarez's mother, Rosa Alvarez, wept": she is the one who speaks next.
  Document doc = testing_util::Analyze(
      "The city's lawyer, Sandra Okafor, said the officers had followed procedure. \"There is no evidence,\" "
      "Okafor said.\n\nThe ferryman's mother, Rosa Alvarez, wept outside the courthouse. \"I just want the "
      "truth,\" she said.");
  ASSERT_EQ(doc.quotes.size(), 3u);
  EXPECT_EQ(doc.quotes[2].speaker.value_or(""), "Rosa Alvarez");
}

// A verb between two names leaves the first the subject ("Zelensky met Mark
// Rutte"), whose "he" closes the quote opening the next paragraph; a family
// name led by a capitalised particle whose last word is a place is the
// person named in full.
TEST(QuotesPronouns, SubjectOfTheSentenceBeforeAndParticlePlaces) {
  Document doc = testing_util::Analyze("Zelensky met Mark Rutte on Monday.\n\n\"We cannot wait,\" he said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Zelensky");
  doc = testing_util::Analyze(
      "A court acquitted former senator Leila de Lima on Monday, her lawyer said.\n\n"
      "\"Justice has been served,\" lawyer Filibon Tacardon said.\n\n"
      "De Lima, who spent seven years in detention, said she harbored no ill will.\n\n"
      "\"I have forgiven them,\" she said.");
  ASSERT_GE(doc.quotes.size(), 3u);
  EXPECT_EQ(doc.quotes[doc.quotes.size() - 2].speaker.value_or(""), "Leila de Lima");
  EXPECT_EQ(doc.quotes.back().speaker.value_or(""), "Leila de Lima");
}

// A name that disagrees is a person, whose "he" follows.
TEST(QuotesPronouns, ANameThatDisagreesOrDrawsACrowd) {
  Document doc = testing_util::Analyze(
      "\"There is zero evidence of fraud,\" said Trey Grady, a former secretary of state. Harlan disagrees. He "
      "wrote that mail-in ballots would be \"substantially fraudulent.\"");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[1].speaker.value_or(""), "Harlan");
  doc = testing_util::Analyze("Salvini drew a crowd in Milan. \"We will win,\" he said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Salvini");
}

}  // namespace
}  // namespace newsgraph

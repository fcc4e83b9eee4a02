// Reported speech given to the wrong speaker (issue 4, unquoted sources):
// a closing attribution after an earlier cue, and a description run long
// over a clause. Where the words give no speaker, no report is better than
// a wrong name.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

// "CLAUSE, SOURCE said.": the clause's own subject and cue are what was
// said, not the report's speaker.
TEST(QuotesWrongSpeaker, ClosingAttributionAfterAnEarlierCue) {
  auto q = Reports("Harbour rules called for the ferry to be towed to the eastern dock, sources said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "sources");
  EXPECT_EQ(q[0].cue, "said");
  q = Reports("Mr. Okafor intends to deliver a speech on the budget at the guild hall, Ms. Brandt said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Brandt");
  q = Reports("In addition, the council plans to publish the audit soon, a spokesman announced Monday morning.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "a spokesman");
}

// Only verbs of saying invert: the clause before "show" is its subject, and
// the name after it is shown, not speaking.
TEST(QuotesWrongSpeaker, EvidenceVerbsDoNotInvert) {
  for (const Got& g : Reports("Photos which were released online and are making the rounds on social media, show "
                              "Nigerian actress, Kate Holm, looking stunning in new photos.")) {
    EXPECT_NE(g.speaker, "Nigerian actress") << g.text;
    EXPECT_NE(g.speaker, "Kate Holm") << g.text;
  }
  auto r = Reports("The harbour will close in May, said Kate Holm, the port's manager.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Kate Holm");
}

TEST(QuotesWrongSpeaker, ClosingAttributionGuards) {
  // A passive appositive is no attribution: the report stays Okafor's.
  auto q = Reports("Mr. Okafor said that he and Ms. Brandt agreed after the vote, a claim widely criticized by rivals.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].mention, "Okafor");
  // A clause after the last cue is a report of its own, not an adjunct.
  q = Reports("Polls show that Mr. Okafor leads in the north, while younger voters favor him over Ms. Brandt.");
  for (const Got& g : q) EXPECT_NE(g.mention, "younger voters");
  // A number's comma opens no attribution.
  q = Reports("The registry also reported that roughly 1,100 donor names were not disclosed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The registry");
}

// A description running over a clause is no speaker.
TEST(QuotesWrongSpeaker, DescriptionRunLong) {
  // Cut short before a modal and the verb chain of the cue.
  auto q = Reports("Farmers worried about the drought in the valley might stop to consider whether the dam helps.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Farmers worried about the drought in the valley");
  q = Reports("Small groups of protesters continued to call for more information about the spill.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Small groups of protesters");
  // Ending in a preposition or an article, or holding a clause: no speaker.
  q = Reports("The harbour board struggled on Tuesday to explain why it had ignored the warnings.");
  for (const Got& g : q) EXPECT_EQ(g.mention.find("struggled"), std::string::npos);
  q = Reports("Fishermen could pick off increasingly remote states that have been closed to trawlers.");
  for (const Got& g : q) EXPECT_EQ(g.mention.find("could"), std::string::npos);
}

TEST(QuotesWrongSpeaker, ASharedFamilyNameRightAfterAStatementIsItsSpeakers) {
  // The other person of that name stands only inside the last speaker's
  // words or description.
  Document doc = testing_util::Analyze(
      "Ada Kim, a former analyst, said harbour chief Kim Tae Ho was likely to resign.\n\n"
      "\"All the signs point to it,\" Kim said.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[1].speaker.value_or(""), "Ada Kim");
  doc = testing_util::Analyze(
      "Jane Vale, the sister of John Vale, rejected the ferry offer.\n\n\"There is nothing to discuss,\" Vale said.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[1].speaker.value_or(""), "Jane Vale");
}

TEST(QuotesWrongSpeaker, ADescriptionGivenByAppositionNamesItsPerson) {
  Document doc = testing_util::Analyze(
      "A harbour spokeswoman, Dana Spinant, rejected that claim. \"We held 40 meetings,\" the spokeswoman said.");
  // (The stance on "that claim" is a statement of its own, as PolNeAR
  // annotates it.)
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[1].speaker.value_or(""), "Dana Spinant");
  doc = testing_util::Analyze(
      "Senator Maria Vale said she would oppose the ferry bill.\n\n"
      "Her brother, Luis Vale, a rancher, said the family had watched wells run dry.\n\n"
      "But her brother said he was not optimistic.");
  ASSERT_EQ(doc.quotes.size(), 3u);
  EXPECT_EQ(doc.quotes[2].speaker.value_or(""), "Luis Vale");
}

TEST(QuotesWrongSpeaker, APersonsGroupSpeaksNotThePerson) {
  // "The Vale campaign said", "Vale aides said": the group named after the
  // person is the speaker.
  Document doc = testing_util::Analyze(
      "Ada Vale spoke in Ohio. The Vale campaign said the harbour race was close. Vale aides said she would win.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "The Vale campaign");
  EXPECT_EQ(doc.quotes[1].speaker.value_or(""), "Vale aides");
  doc = testing_util::Analyze(
      "Ada Vale spoke in Ohio. Ada Vale's campaign sent an email Wednesday saying that the harbour race was close.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Ada Vale's campaign");
  doc = testing_util::Analyze("The family of the actor Ada Vale said she had died peacefully.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "The family of the actor Ada Vale");
  doc = testing_util::Analyze("Ada Vale spoke in Ohio. Vale said the harbour race was close.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Ada Vale");
}

}  // namespace
}  // namespace newsgraph

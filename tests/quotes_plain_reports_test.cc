// Plain "X said Y" reports whose subject or clause the rules used to miss:
// short clauses ("said he would"), quantified and share subjects ("both
// candidates", "26% say", "Six in 10", "another says"), unknown capitalised
// names ("Ford itself"), and "CLAUSE, X said" after a clause with a people
// noun.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

TEST(QuotesPlainReports, PronounAndAuxiliaryIsAClause) {
  auto q = Reports("Mina Osei said she would.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she would");
  EXPECT_EQ(q[0].speaker, "Mina Osei");
  q = Reports("Mina Osei said it was.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it was");
  // Two words that are no subject and auxiliary stay out.
  EXPECT_TRUE(Reports("Mina Osei said hello there.").empty());
}

TEST(QuotesPlainReports, QuantifiedSubjects) {
  auto q = Reports("During the first debate, both candidates said it was no big deal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "both candidates");
  EXPECT_EQ(q[0].text, "it was no big deal");
  q = Reports("Again, those surveyed said the harbour tax was too high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "those surveyed");
  // "both" with no people after it is no subject.
  EXPECT_TRUE(Reports("The ferry and the bus both said nothing.").empty());
}

TEST(QuotesPlainReports, SharesOfPeople) {
  auto q = Reports("On social issues, 26% say they are conservative.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "26%");
  EXPECT_EQ(q[0].text, "they are conservative");
  q = Reports("Six in 10 say the mayor is at least somewhat decisive.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Six in 10");
  // A share that is no people ("His 32%", "a 20% increase") does not speak.
  EXPECT_TRUE(Reports("His 32% gives him a double-digit lead over the field.").empty());
  // "By 58%-33%," opens the sentence; it is no dateline.
  q = Reports("By 58%-33%, those surveyed said the fund should stay.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the fund should stay");
  EXPECT_EQ(q[0].mention, "those surveyed");
}

TEST(QuotesPlainReports, OneAndAnother) {
  auto q = Reports("The lists disagree. Another says there are about 1,800. One says Oslo has the most.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].mention, "Another");
  EXPECT_EQ(q[0].text, "there are about 1,800");
  EXPECT_EQ(q[1].mention, "One");
  EXPECT_EQ(q[1].text, "Oslo has the most");
}

TEST(QuotesPlainReports, CapitalisedNameWithReflexive) {
  auto q = Reports("Tovik itself said the deal was on.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Tovik");
  EXPECT_EQ(q[0].text, "the deal was on");
}

TEST(QuotesPlainReports, ClauseWithPeopleNounBeforeAFinalAttribution) {
  // The clause names people ("the men"), but with no comma after the name it
  // is the statement, not an appositive role ("The senator, Mary Jones, said").
  auto q = Reports("Several of the men were not pleased with her approach, Ms. Gedrich said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Several of the men were not pleased with her approach");
  EXPECT_EQ(q[0].speaker, "Gedrich");
}

TEST(QuotesPlainReports, SecondVerbSharesTheSubject) {
  auto q = Reports("Sullivan put off deciding whether the group could question the mayor but said the group could "
                   "come back later.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Sullivan");
  EXPECT_EQ(q[0].text, "the group could come back later");
  q = Reports("Kasich jokingly offered the man a job in the harbour office, then says he will welcome advice.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Kasich");
  EXPECT_EQ(q[0].text, "he will welcome advice");
  q = Reports("The port authority has deemed the pages personal and says it does not plan to release them.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The port authority");
  // A capitalised adverb opening the sentence is no subject.
  EXPECT_TRUE(Reports("Hastily arranged talks collapsed and said nothing new.").empty());
}

TEST(QuotesPlainReports, ReportInsideAnOpeningSubordinateClause) {
  auto q = Reports("But when Ms. Varga said she would debate on the day the union had proposed, he looked foolish.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she would debate on the day the union had proposed");
  EXPECT_EQ(q[0].speaker, "Varga");
  q = Reports("While one company says there are more than 2,400 ferries in the world, another says there are about "
              "1,800.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "there are more than 2,400 ferries in the world");  // "2,400" ends no phrase
  EXPECT_EQ(q[0].mention, "one company");
  EXPECT_EQ(q[1].mention, "another");
  // "When asked ..." keeps its own rule: a question, no speaker.
  q = Reports("When asked whether he would run, Mr. Brennan smiled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
}

TEST(QuotesPlainReports, QuoteInsideAnAsideBeforeTheCue) {
  for (const char* text : {"Mr. Manafort, citing \u201Cthe unique magic of the port,\u201D said the harbour could be "
                           "in a very competitive situation.",
                           "Mr. Manafort, citing \u201Cthe unique magic of the port\u201D, said the harbour could be "
                           "in a very competitive situation.",
                           "Mr. Manafort, who cited \u201Cthe unique magic of the port\u201D, said the harbour could "
                           "be in a very competitive situation."}) {
    Document doc = testing_util::Analyze(text);
    bool partial = false, report = false;
    for (const Quote& q : doc.quotes) {
      const std::string content(doc.Slice(q.content));
      if (q.kind == QuoteKind::kPartial) {
        partial = true;
        EXPECT_EQ(content, "the unique magic of the port") << text;
        EXPECT_EQ(q.speaker.value_or(""), "Manafort") << text;
      } else {
        report = true;
        EXPECT_EQ(content, "the harbour could be in a very competitive situation") << text;
        EXPECT_EQ(q.speaker.value_or(""), "Manafort") << text;
        EXPECT_EQ(std::string(doc.Slice(*q.cue)), "said") << text;
      }
    }
    EXPECT_TRUE(partial && report) << text;
  }
}

TEST(QuotesPlainReports, LongAppositivesAndAsides) {
  // A relative clause with its own adverbial inside the appositive, then a
  // "where" aside between the cue and its "that".
  auto q = Reports("Corey Lewandowski, a harbour rival whom Ms. Varga fired as port manager a few weeks ago, said on "
                   "CNN, where he is now a paid contributor, that the tunnel should be closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Corey Lewandowski");
  EXPECT_EQ(q[0].text, "that the tunnel should be closed");
  // A role before the name and an "of" phrase with an appositive after it.
  q = Reports("Republican Rep. Lee Zeldin of New York, a harbour supporter, said it will help both sides.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lee Zeldin");
  EXPECT_EQ(q[0].text, "it will help both sides");
}

TEST(QuotesPlainReports, ObjectPronounAfterTheCueIsNoClause) {
  // "scolded him: "..."" is a quote with its cue, not a report of "him".
  auto q = Reports("Sen. Mary Roe scolded him: \u201CThe harbour is almost empty.\u201D");
  EXPECT_TRUE(q.empty());
}

TEST(QuotesPlainReports, ModifiedPeopleNounsAndFinalDeterminerPhrases) {
  auto q = Reports("With that issue unresolved, the agency has not been using the records, federal officials said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "federal officials");
  // Attributed at its end, the statement is the whole sentence before the
  // attribution, its opening phrase included (as PolNeAR annotates it).
  EXPECT_EQ(q[0].text, "With that issue unresolved, the agency has not been using the records");
  q = Reports("Since the first tunnel was found in 1990, border officials say they have found 200 more.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "border officials");
  q = Reports("The derogatory comments had two goals, the admiral said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the admiral");
  EXPECT_EQ(q[0].text, "The derogatory comments had two goals");
  // A clause after the cue makes the phrase no tail speaker.
  q = Reports("The ferry was late, the captain said the engine had failed.");
  for (const Got& g : q) EXPECT_NE(g.text, "The ferry was late");
}

TEST(QuotesPlainReports, CapitalisedWordsAreNoCues) {
  // "Plan" is a belief cue only in lower case.
  EXPECT_TRUE(Reports("The Clean Harbour Plan is the main tool to meet the target it set last year.").empty());
}

}  // namespace
}  // namespace newsgraph

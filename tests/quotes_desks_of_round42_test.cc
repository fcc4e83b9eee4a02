// Forms round 42 took up: gaps earlier rounds left open (offices of bodies
// whose names list their fields, ...).
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "Montana Fish, Wildlife and Parks Director Hank Worsech said": a body's
// fields listed with commas before their "and" are one name before the
// office, opening the sentence or a closing attribution; so is a body's
// "and" in a closing attribution ("Health and Human Services Secretary"),
// which had left the statement without a speaker.
TEST(QuotesDesksOfRound42, OfficeOfABodyWithListedFields) {
  auto q = Statements("Montana Fish, Wildlife and Parks Director Hank Worsech said the hunt would go ahead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hank Worsech");
  EXPECT_EQ(q[0].role, "Montana Fish, Wildlife and Parks Director");
  EXPECT_EQ(q[0].text, "the hunt would go ahead");
  q = Statements("Fish, Wildlife and Parks director Hank Worsech said the plan would go ahead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Fish, Wildlife and Parks director");
  q = Statements("The hunt will go ahead, Montana Fish, Wildlife and Parks Director Hank Worsech said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hank Worsech");
  EXPECT_EQ(q[0].role, "Montana Fish, Wildlife and Parks Director");
  EXPECT_EQ(q[0].text, "The hunt will go ahead");
  q = Statements("The rule will take effect in May, Health and Human Services Secretary Xavier Becerra said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Xavier Becerra");
  EXPECT_EQ(q[0].role, "Health and Human Services Secretary");
  EXPECT_EQ(q[0].text, "The rule will take effect in May");
  q = Statements("The pool will close in June, Boise Parks and Recreation Director Doug Holloway said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Boise Parks and Recreation Director");
  // ("Centers for Disease Control and Prevention Director X": a body's
  // "for" and "and" before the office; "Centers" is no group of people
  // here, as "Lawyers for X" is.)
  q = Statements("Centers for Disease Control and Prevention Director Hank Worsech said the vaccine is safe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hank Worsech");
  EXPECT_EQ(q[0].role, "Centers for Disease Control and Prevention Director");
  q = Statements("The vaccine is safe, Centers for Disease Control and Prevention Director Hank Worsech said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Centers for Disease Control and Prevention Director");
  EXPECT_EQ(q[0].text, "The vaccine is safe");
  q = Statements("Lawyers for Donald Trump said the case was baseless.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lawyers for Donald Trump");
  // (A lower-case clause before the comma is the statement's, not the
  // body's name.)
  q = Statements("Hunters will be pleased, and Parks Director Doug Holloway said the season opens in May.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q.back().speaker, "Doug Holloway");
  EXPECT_EQ(q.back().role, "Parks Director");
}

// "O'Malley called Trump a fascist", "The senator called the plan a
// disaster", "calls Clinton unqualified": a naming whose object is a name,
// a titled name or a short noun phrase is what was said, object and all,
// as after a pronoun ("called it unusual"); a call that names nothing is
// no statement.
TEST(QuotesDesksOfRound42, NamingWithANamedOrDescribedObject) {
  auto q = Statements("Donald Trump spoke on Monday. Martin O'Malley called Trump a fascist.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Martin O'Malley");
  EXPECT_EQ(q[0].cue, "called");
  EXPECT_EQ(q[0].text, "Trump a fascist");
  q = Statements("Bernie Sanders calls Hillary Clinton unqualified.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Hillary Clinton unqualified");
  q = Statements("Ted Cruz called Senate Majority Leader Mitch McConnell a liar.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Senate Majority Leader Mitch McConnell a liar");
  q = Statements("The senator called the plan a disaster.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the plan a disaster");
  EXPECT_EQ(q[0].speaker, "The senator");
  q = Statements("Ben Carson called the incident a reason for NASA to reinvest in its space program.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the incident a reason for NASA to reinvest in its space program");
  q = Statements("Paul Manafort said he had done nothing wrong. He called the actions lawful.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "the actions lawful");
  EXPECT_EQ(q[1].speaker, "Paul Manafort");
  EXPECT_EQ(Statements("Trump called them rapists.").size(), 1u);
  for (const char* none : {"Ana Ruiz called the police.", "Ana Ruiz called the meeting to order.",
                           "Ana Ruiz called Tom Hale a day later.", "Ana Ruiz called the governor a few times.",
                           "Ana Ruiz called the governor an hour later.", "Ana Ruiz called Tom Hale on Monday.",
                           "Ana Ruiz called the election for Biden."}) {
    EXPECT_TRUE(Statements(none).empty()) << none;
  }
}

// "Lawyers for former President Donald Trump said": a modifier before the
// title after a preposition leaves the name the preposition's object, and
// the people for him speak; as a subordinator leaves it the subject.
TEST(QuotesDesksOfRound42, ModifiedTitleAfterAPreposition) {
  auto q = Statements("Lawyers for former President Donald Trump said the case was baseless.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lawyers for former President Donald Trump");
  q = Statements("Supporters of former President Donald Trump said the case was baseless.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Supporters of former President Donald Trump");
  q = Statements("The dollar weakened after former President Donald Trump said tariffs would rise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Donald Trump");
  EXPECT_EQ(q[0].role, "former President");
}

}  // namespace
}  // namespace newsgraph

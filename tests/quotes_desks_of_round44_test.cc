// Forms round 44 took up: offices of bodies whose names hold title words,
// list fields with commas, end before a lower-case office or hold an
// office's adjective in -ing; an arrest log's charges after a name's label;
// an aside between "was" and its participle; "Everything X says is"; a
// view with its "as"; a belief's clause in the past tense; a month word
// ending an unknown name; a time and "All but" in a description; a claim's
// clause with no owner; a noun phrase wanted.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "Institute for Justice President Scott Bullock said": "Justice" after the
// body's "for" read as the person's title, so the name began after a
// preposition, read as an object, and the whole run became the speaker.
TEST(QuotesDesksOfRound44, TitleWordInsideABodysName) {
  auto q = Statements("Institute for Justice President Scott Bullock said the ruling was wrong.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Scott Bullock");
  EXPECT_EQ(q[0].role, "Institute for Justice President");
  q = Statements("Committee for Justice President Curt Levey said the nominee was qualified.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Curt Levey");
  EXPECT_EQ(q[0].role, "Committee for Justice President");
  // A title word after "of" that is the office itself stays one.
  q = Statements("Secretary of State John Kerry said the talks would go on.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Kerry");
  EXPECT_EQ(q[0].role, "Secretary of State");
  q = Statements("Chief Justice John Roberts said the court would rule.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Roberts");
}

// "Americans for Prosperity head Tim Phillips said": a body's officer in
// lower case after its name.
TEST(QuotesDesksOfRound44, LowerCaseOfficeOfABodyNamedWithFor) {
  auto q = Statements("Americans for Prosperity head Tim Phillips said the tax was bad.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tim Phillips");
  EXPECT_EQ(q[0].role, "Americans for Prosperity head");
  q = Statements("Americans for Tax Reform founder Grover Norquist said the pledge held.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Grover Norquist");
  EXPECT_EQ(q[0].role, "Americans for Tax Reform founder");
}

// "Senate Banking, Housing and Urban Affairs Committee Chairman Sherrod
// Brown said": title words opened the committee's name ("Foreign
// Affairs"), so the office after it and the unknown given name made no
// person; and the comma's "and" stood in the name's title, past the prefix.
TEST(QuotesDesksOfRound44, CommitteeNamedWithTitleWordsBeforeItsChairman) {
  auto q = Statements("Foreign Affairs Committee Chairman Sherrod Brown said the bill was dead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sherrod Brown");
  EXPECT_EQ(q[0].mention, "Sherrod Brown");
  EXPECT_EQ(q[0].role, "Foreign Affairs Committee Chairman");
  q = Statements("Senate Banking, Housing and Urban Affairs Committee Chairman Sherrod Brown said the bill was dead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sherrod Brown");
  EXPECT_EQ(q[0].role, "Senate Banking, Housing and Urban Affairs Committee Chairman");
  // A list of people joined the same way stays one description.
  q = Statements("Trump, Clinton and Sanders said the bill was dead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Trump, Clinton and Sanders");
}

// "Waitangi Tribunal presiding officer Judge Carrie Wainwright said": an
// office's adjective in -ing after a body read as a reduced relative
// ("officials familiar with ... said") once a title stood before the name,
// and the tribunal became the speaker.
TEST(QuotesDesksOfRound44, OfficeInIngBeforeATitledName) {
  auto q = Statements("Waitangi Tribunal presiding officer Judge Carrie Wainwright said the claim failed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Carrie Wainwright");
  EXPECT_EQ(q[0].role, "Waitangi Tribunal presiding officer Judge");
  // A people noun's reduced relative is still read as one.
  q = Statements("Officials supervising Judge Carrie Wainwright said the claim failed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Carrie Wainwright");
}

// "Elizabeth A. Burton: Possession of methamphetamine, possession of a
// Schedule IV substance, held in jail ...": an arrest log's list after a
// name's label was read as her statement, like "Jeb Bush: Student loans
// ..." heading a section. A list with no pronoun or auxiliary, or a name
// alone after the label, says nothing.
TEST(QuotesDesksOfRound44, ArrestLogAfterANamesLabel) {
  const std::string log =
      "Police arrested three people on Tuesday, Harris said.\n\n"
      "They were held on the following preliminary charges:\n\n"
      "Elizabeth A. Burton: Possession of methamphetamine, possession of a Schedule IV substance, held in jail "
      "in lieu of $70,000 bond.\n\n"
      "Ryan S. Hollman: Dealing in methamphetamine, possession of heroin, visiting a common nuisance.\n";
  auto q = Statements(log);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Harris");
  // A headline's statement after a name's label is still one.
  q = Statements("Marco Rubio: I Still Believe Trump Can't Be Trusted\n\nThe senator spoke in Miami on Monday.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].speaker, "Marco Rubio");
  EXPECT_EQ(q[0].cue, ":");
}

// "said the campaign was, in fact, working": the comma after an aside
// between "was" and its participle read as the opening of the writer's
// participle (", saying ..."), and the statement ended at "in fact".
TEST(QuotesDesksOfRound44, AsideBetweenBeAndItsParticiple) {
  auto q = Statements("Noem said the campaign was, in fact, working.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the campaign was, in fact, working");
  // The writer's participle after the statement still ends it.
  q = Statements("Noem said the campaign was a success, saying it had worked.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].text, "the campaign was a success");
  q = Statements("Noem said the campaign was big, bold, sweeping the state.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the campaign was big, bold");
}

// "Everything Trump says is a lie": the verb after the cue is the
// pronoun's that the cue's clause modifies, and nothing was said; a noun's
// clause without "that" ("a probe the agency said was ongoing") still
// reports.
TEST(QuotesDesksOfRound44, VerbOfAPronounTheCueModifies) {
  EXPECT_TRUE(Statements("Everything Trump says is a lie unless proven otherwise.").empty());
  EXPECT_TRUE(Statements("What he said was true.").empty());
  auto q = Statements("Clinton faces an FBI investigation, a probe the law enforcement agency said was ongoing as of this month.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "was ongoing as of this month");
  EXPECT_EQ(q[0].speaker, "the law enforcement agency");
}

// "Democratic voters see Clinton as the candidate with the better chance":
// a view with its "as" is a stance, as "framed the election as" is; "see",
// "saw", "view" and "regard" without it, or before a clause's "as", say
// nothing.
TEST(QuotesDesksOfRound44, ViewWithItsAs) {
  auto q = Statements("Democratic voters see Clinton as the candidate with the better chance to win.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Clinton as the candidate with the better chance to win");
  EXPECT_EQ(q[0].speaker, "Democratic voters");
  EXPECT_EQ(q[0].cue, "see");
  q = Statements("Developers see golf courses as wasted space.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "golf courses as wasted space");
  q = Statements("Many Republicans regard him as a liability.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "him as a liability");
  q = Statements("Ben Carson has characterized his speeches as the fulfillment of old commitments.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "his speeches as the fulfillment of old commitments");
  EXPECT_TRUE(Statements("We will see a doctor on Monday.").empty());
  EXPECT_TRUE(Statements("The box was labeled with a red tag.").empty());
  EXPECT_TRUE(Statements("I saw him as he left the building.").empty());
  EXPECT_TRUE(Statements("I saw him as a child in Ohio.").empty());
  EXPECT_TRUE(Statements("The year saw a fiercer debate as more than a million migrants crossed the border.").empty());
  EXPECT_TRUE(Statements("In his view the plan is sound.").empty());
}

// "Officials believe the plane crashed into the sea": a belief's clause
// without "that" was read only with an auxiliary or a modal for its verb;
// a past tense after the subject's noun is one too.
TEST(QuotesDesksOfRound44, BeliefClauseWithAPastTense) {
  auto q = Statements("Officials believe the plane crashed into the sea.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the plane crashed into the sea");
  EXPECT_EQ(q[0].speaker, "Officials");
  // ("think this meeting is": a demonstrative before its noun opens the
  // clause; "I think this is great" has no clause after "this".)
  q = Statements("Voters think this meeting is too little too late.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "this meeting is too little too late");
  // ("Immigrants feel discriminated against": how one feels, a participle
  // or a mood and what follows it; "He felt tired." is too short to say.)
  q = Statements("Immigrants feel discriminated against more often in Europe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "discriminated against more often in Europe");
  EXPECT_TRUE(Statements("He felt tired.").empty());
  // A participle after an article, or after an auxiliary, is no clause's
  // verb.
  EXPECT_TRUE(Statements("She knows the man accused of the crime.").empty());
  EXPECT_TRUE(Statements("Health worries have dogged the candidate for weeks.").empty());
}

// "Yin Myint May, 60, a doctor, said": the month word ending an unknown
// name read as a date, and the sentence had no speaker at all.
TEST(QuotesDesksOfRound44, MonthWordEndingAnUnknownName) {
  auto q = Statements("Yin Myint May, 60, a doctor, said she was elated.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Yin Myint May");
  EXPECT_EQ(q[0].role, "a doctor");
  q = Statements("Yin Myint May said she was elated.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Yin Myint May");
  // A month after a preposition is still a date.
  EXPECT_EQ(testing_util::TypeOf("The report published in May said prices rose.", "May"), EntityType::kDate);
  EXPECT_EQ(testing_util::TypeOf("Yin Myint May said she was elated.", "Yin Myint May"), EntityType::kPerson);
}

// "Veterans interviewed at rallies this week said": the time's first word
// stayed in the description ("... rallies this") where the date was read
// apart; "All but two of the senators said": a quantifier's "but" ended
// the subject, which lost its "All but".
TEST(QuotesDesksOfRound44, TimeAndAllButInADescription) {
  auto q = Statements("Veterans interviewed at rallies this week said they had no problem with it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Veterans interviewed at rallies");
  q = Statements("A poll out this week shows Clinton with an 8-point lead over Trump.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A poll out this week");
  q = Statements("All but two of the senators said the party should act.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "All but two of the senators");
  // ("including Mr. Jebens": a people noun with its participle's phrase
  // before an aside naming some of them.)
  q = Statements("Veterans interviewed at rallies, including Mr. Jebens, said they had no problem with it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Veterans interviewed at rallies");
  q = Statements("Of the 40 superdelegates, all but two said the party should act.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "all but two");
}

// "The law drew complaints that it was underfunded", "He faced allegations
// that he assaulted his wife": a claim's clause with no owner named is what
// was claimed, by no one the sentence names; a relative "that" whose verb
// takes the claim as its object ("allegations that he denied") is not.
TEST(QuotesDesksOfRound44, ClaimsClauseWithNoOwner) {
  auto q = Statements("The law drew complaints that it was underfunded and overly prescriptive.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that it was underfunded and overly prescriptive");
  EXPECT_EQ(q[0].speaker, "<null>");
  EXPECT_EQ(q[0].cue, "complaints");
  q = Statements("He faced allegations that he assaulted his wife.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that he assaulted his wife");
  EXPECT_TRUE(Statements("He faced allegations that party leaders strongly denied.").empty());
  // An owner still speaks for the claim.
  q = Statements("Mr. Lee's claim that the vote was rigged was false.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lee");
}

// "Rep. Patrick Murphy wants more funding for teacher pay": what is wanted
// as a noun phrase, as a "to" infinitive already was.
TEST(QuotesDesksOfRound44, WantedNounPhrase) {
  auto q = Statements("Rep. Patrick Murphy wants more funding for teacher pay and classroom supplies.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "more funding for teacher pay and classroom supplies");
  EXPECT_EQ(q[0].speaker, "Patrick Murphy");
  q = Statements("Indiana politicians want their money back.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "their money back");
  EXPECT_TRUE(Statements("He wants a drink.").empty());
}

}  // namespace
}  // namespace newsgraph

// Forms met on the desks round 34 read: Capitol Hill, the campaign trail,
// central banks, the Supreme Court, cybersecurity, obituaries, schools and
// farming.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "pointed to", "spoke about", "laid out", "railed against": a verb and its
// particle take a stance on their object, which PolNeAR annotates; the
// object ends at the subject's next stance ("and pledges to") and before
// why a source goes unnamed; a relative's verb whose object went before it
// ("the trends politicians point to with alarm") reports nothing.
TEST(QuotesDesksOfRound34, PhrasalStances) {
  auto q = Statements("Blackwell pointed to Cruz's organizational capabilities.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Blackwell");
  EXPECT_EQ(q[0].cue, "pointed to");
  EXPECT_EQ(q[0].text, "Cruz's organizational capabilities");
  q = Statements("Trump laid out his vision for America.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "his vision for America");
  q = Statements("Senior officials spoke about the raids only on the condition of anonymity.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Senior officials");
  EXPECT_EQ(q[0].text, "the raids");
  q = Statements("Sen. Ted Cruz railed against its tariffs and pledged to stand firm.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "railed against");
  EXPECT_EQ(q[0].text, "its tariffs");
  q = Statements("Moreover, the very income trends Democratic politicians point to with alarm complicate their plans.");
  EXPECT_TRUE(q.empty());
}

// "Sen. Elizabeth Warren (D-Mass.) met the bank's chief executive. "...?"
// Warren asked.": a party tag in brackets, and an appositive after it, given
// in a sentence that says nothing is the person's role in later quotes; so
// is the Times's "Democrat of California".
TEST(QuotesDesksOfRound34, PartyTagOfASilentSentence) {
  auto q = Statements(
      "Sen. Elizabeth Warren (D-Mass.) met the bank's chief executive. \"Did anyone lose money?\" Warren asked.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Elizabeth Warren");
  EXPECT_EQ(q[0].role, "(D-Mass.)");
  q = Statements(
      "Rep. Tom Cole (R-Okla.), the Appropriations chairman, spent the morning in the Rules Committee. \"We are "
      "going to get this done,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Cole");
  EXPECT_EQ(q[0].role, "(R-Okla.), the Appropriations chairman");
  q = Statements("Representative Nancy Pelosi, Democrat of California, met reporters. \"We will win,\" Ms. Pelosi said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Democrat of California");
}

// The desks' stances: "warned of", "cautioned against", "played down",
// "ruled out", "flagged" (never "yellow flags"); ", charging that", "by
// accusing", ", calling on" (not "a letter calling on", the letter's);
// "confirmed the death" (a short object of making news known); a court's
// vote margin before its clause ("ruled 6 to 3 that"), and none alone.
TEST(QuotesDesksOfRound34, StancesOfTheDesks) {
  auto q = Statements("Powell warned of a slowdown in hiring.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "warned of");
  EXPECT_EQ(q[0].text, "a slowdown in hiring");
  q = Statements("Lagarde cautioned against reading too much into one month of data.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "reading too much into one month of data");
  q = Statements("Albanese ruled out changes to negative gearing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "ruled out");
  q = Statements("The Bank of England flagged rising risks from private credit markets.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "rising risks from private credit markets");
  q = Statements("Waller flagged that inflation could rise again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that inflation could rise again");
  q = Statements("Thousands gathered holding yellow flags with the lion emblem.");
  EXPECT_TRUE(q.empty());
  q = Statements("Sen. John Barrasso spoke Tuesday, charging that Democrats had moved the goal posts.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Barrasso");
  EXPECT_EQ(q[0].text, "that Democrats had moved the goal posts");
  q = Statements("The company is charging customers more.");
  EXPECT_TRUE(q.empty());
  q = Statements("Rep. James Comer opened the hearing by accusing the administration of stonewalling.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the administration of stonewalling");
  q = Statements("Rep. Mike Turner spoke on Sunday, calling on President Biden to declassify the information.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "calling on");
  q = Statements("Legault, Ford and Smith signed a joint letter calling on Ottawa to increase health transfers.");
  EXPECT_TRUE(q.empty());
  q = Statements("Victor Lamont died on Tuesday. His wife, Anne, confirmed the death.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the death");
  q = Statements("She confirmed it.");
  EXPECT_TRUE(q.empty());
  q = Statements("The justices ruled 6 to 3 that the president is entitled to immunity.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the president is entitled to immunity");
  q = Statements("The court ruled 6 to 3.");
  EXPECT_TRUE(q.empty());
}

// "In Cruz's view, ..." names its source as "according to" does; ", a
// position he reiterated Thursday" glosses the report before it; "a person
// briefed on the matter" describes a source; a listener's infinitive holds
// its own "that"; "told residents to stay indoors" is an order; "claimed to
// have stolen" reports its infinitive, and a comparison's "claims to be"
// nothing.
TEST(QuotesDesksOfRound34, SourcesAndTheirClauses) {
  auto q = Statements("Sen. Ted Cruz voted no. In Cruz's view, the agency has overstepped its authority.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ted Cruz");
  EXPECT_EQ(q[0].cue, "In Cruz's view");
  EXPECT_EQ(q[0].text, "the agency has overstepped its authority");
  EXPECT_TRUE(Statements("In Britain's case, the rules differ.").empty());
  q = Statements("Sen. Joe Manchin said he will not support the bill, a position he reiterated Thursday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he will not support the bill");
  q = Statements("The company has not paid a ransom, said a person briefed on the matter.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a person briefed on the matter");
  EXPECT_EQ(q[0].cue, "said");
  q = Statements("The NCSC warned businesses not to assume that paying would work.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "businesses not to assume that paying would work");
  q = Statements("Police told residents to stay indoors.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "residents to stay indoors");
  q = Statements("The hackers claimed to have stolen the database.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to have stolen the database");
  EXPECT_TRUE(Statements("Nobody is as wealthy as Mr. Trump claims to be to pay so little.").empty());
}

// Who is who on the desks: an appositive up to its relative clause is a
// role ("the Irish poet who won the Eliot Prize"); "Principal Evans" and
// "Trustee Maria Soto" hold titles; a candidate who "walked to the lectern"
// is a person for the "he said" after.
TEST(QuotesDesksOfRound34, RolesTitlesAndLoneSurnames) {
  auto q = Statements(
      "Seamus Quinlan, the Irish poet who won the Eliot Prize in 1998, has died. \"A poem is a small machine,\" he "
      "once said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Seamus Quinlan");
  EXPECT_EQ(q[0].role, "the Irish poet");
  q = Statements("Principal Evans said the school would reopen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Evans");
  EXPECT_EQ(q[0].role, "Principal");
  q = Statements("Principal Financial Group said profit rose.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Principal Financial Group");
  q = Statements("Trump walked to the lectern. \"We will win,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Trump");
}

// A quote after a colon whose lead-in names its speaker without a verb of
// saying: "Klopp had this to say:", "Arteta saw it differently:", "Wirth on
// the earnings call:", "The message from Klopp was clear:", "Whitmer's
// message to the crowd was simple:" (the noun the cue).
TEST(QuotesDesksOfRound34, ColonLeadIns) {
  auto q = Statements("Klopp had this to say: \"We were not good enough.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Klopp");
  q = Statements("Arteta saw it differently: \"We were the better side.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Arteta");
  EXPECT_EQ(q[0].cue, "saw");
  q = Statements("Wirth on the earnings call: \"We are confident in our guidance.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Wirth");
  q = Statements("Jurgen Klopp spoke after the game. The message from Klopp was clear: \"We were not good enough.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jurgen Klopp");
  EXPECT_EQ(q[0].cue, "message");
  q = Statements("Gov. Gretchen Whitmer spoke in Detroit. Whitmer's message to the crowd was simple: \"Vote early.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gretchen Whitmer");
  EXPECT_EQ(q[0].cue, "message");
}

// Who speaks, as the desks name them: a company named alone ("Costco",
// "Merck") is the later "the company" and "It"; "as he is known" is no role;
// "the environmentalist who is expected to win" is a description.
TEST(QuotesDesksOfRound34, CompaniesByNameAndDescriptions) {
  auto q = Statements("Costco raised its membership fee. The company said demand was strong.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Costco");
  q = Statements("Merck reported higher sales. It said Keytruda drove growth.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Merck");
  q = Statements("Lula, as he is known, said the poor came first.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Marina Silva, the environmentalist who is expected to win, said the Amazon could not wait.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marina Silva");
  EXPECT_EQ(q[0].role, "the environmentalist");
}

// Where a report ends: ", but the group did not identify them" is the
// writer's; "in his Christmas address" and "on Telegram" are the occasion.
TEST(QuotesDesksOfRound34, WhereAReportEnds) {
  auto q = Statements("Islamic Jihad said two of its fighters had been killed, but the group did not identify them.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "two of its fighters had been killed");
  q = Statements("Pope Francis urged an end to the fighting in his Christmas address.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "an end to the fighting");
  q = Statements("The Al-Quds Brigades claimed responsibility for the attack on Telegram.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "responsibility for the attack");
}

// More stances the desks use: "disputed the figures", "disputes that ...",
// "demanded higher wages", "insisted on", "wrote about", "spoke out against";
// a translation's gloss ("the Hebrew phrase for "..."") said by no one.
TEST(QuotesDesksOfRound34, MoreStancesAndGlosses) {
  auto q = Statements("Israel disputed the figures.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the figures");
  q = Statements("Israel disputes that any civilians were killed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that any civilians were killed");
  q = Statements("The union demanded higher wages.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "higher wages");
  q = Statements("Netanyahu insisted on the return of all hostages.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "insisted on");
  q = Statements("The bishop spoke out against the policy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "spoke out against");
  EXPECT_EQ(q[0].text, "the policy");
  q = Statements("\"Ein breira,\" said Shira Levi, using the Hebrew phrase for \"there is no choice.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Ein breira");
}

// What the judged hunt of round 34 found: "had this to say:" is the cue;
// "the brothers who run the chain" is a pair's, no role of one; a
// superlative on a source's figure is no role; an opening word is no
// speaker; "warns of fog, 'poor visibility'" is one quoted list; a report
// inside the pointed-to object is the statement.
TEST(QuotesDesksOfRound34, JudgedHuntSlips) {
  auto q = Statements("Maria Lopez, the mayor, had this to say: \"We are done.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "had this to say");
  q = Statements("Erik and Pete Nordstrom, the brothers who run the chain, spoke on the call. Pete Nordstrom said the "
                 "Rack stores had outperformed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Prices fell 3 percent, according to Zillow, the largest drop in a decade.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Ann Lee, the oldest member of the board, said the vote was fair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the oldest member of the board");
  q = Statements("Outside court she said: \"My son is not a terrorist.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
  q = Statements("UAE weather: NCM warns of fog, 'poor visibility' on Friday morning");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "poor visibility");
  q = Statements("Researchers pointed to a report in which the agency said the flaw was known.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the agency");
  q = Statements("Police said the gunman entered the store and demanded the keys to the safe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Police");
}

// A refusal's subject before its negated auxiliary ("Daniel Hagari would not
// say how many", "wouldn't say whether"), not the writer's "I would not
// say"; "denied for years that"; "asked Thomas Ruhl, the county's lawyer,
// whether ..." (the listener's appositive).
TEST(QuotesDesksOfRound34, RefusalsAndQuestions) {
  auto q = Statements("Daniel Hagari would not say how many soldiers were killed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Daniel Hagari");
  EXPECT_EQ(q[0].cue, "would not say");
  EXPECT_EQ(q[0].text, "how many soldiers were killed");
  q = Statements("Mr. Salazar wouldn't say whether he would run.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "wouldn't say");
  EXPECT_TRUE(Statements("I would not say that is true.").empty());
  q = Statements("She denied for years that she had written the letter.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that she had written the letter");
  q = Statements("Justice Kagan asked Thomas Ruhl, the county's lawyer, whether the statute applied.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "whether the statute applied");
}

// "spoke at length about", "focused on", ", pointing to": more of the
// phrasal stances PolNeAR annotates.
TEST(QuotesDesksOfRound34, MorePhrasalStances) {
  auto q = Statements("Arteta spoke at length about the injury crisis.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "spoke at length about");
  EXPECT_EQ(q[0].text, "the injury crisis");
  q = Statements("The lawsuit focuses on Maricopa County and its polling places.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Maricopa County and its polling places");
  q = Statements("Sanders defended his record, pointing to his D-minus rating from the National Rifle Association.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q.back().cue, "pointing to");
  EXPECT_EQ(q.back().text, "his D-minus rating from the National Rifle Association");
}

}  // namespace
}  // namespace newsgraph

// Quotations that read like titles or lack a usual verb but are speech:
// an exclamation in capitals after its cue, and "as X put it".
#include <gtest/gtest.h>

#include "analyze_test_util.h"

namespace newsgraph {
namespace {

TEST(QuotesSpeechForms, AnExclamationInCapitalsIsSpeechNotATitle) {
  Document doc = testing_util::Analyze(
      "Senator Ann Lowry took the stage in Ohio. She declared \xE2\x80\x9CWhat a Super Tuesday!\xE2\x80\x9D and left.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "What a Super Tuesday!");
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Ann Lowry");
}

TEST(QuotesSpeechForms, AQuotedTitleStaysATitle) {
  Document doc = testing_util::Analyze("She appeared on \xE2\x80\x9CThe Late Show\xE2\x80\x9D on Monday.");
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(QuotesSpeechForms, AsSomeonePutIt) {
  Document doc = testing_util::Analyze(
      "As the columnist Dana Milbank puts it, \"Senate Republicans are unmoved, and activists are uninspired.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Dana Milbank");
  ASSERT_TRUE(doc.quotes[0].cue.has_value());
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "puts");
}

TEST(QuotesSpeechForms, PutWithoutItIsNoCue) {
  Document doc = testing_util::Analyze("Dana Milbank put the \"Closed\" sign on the door.");
  EXPECT_TRUE(doc.quotes.empty());
}

}  // namespace
}  // namespace newsgraph

// AttributionScorer on hand-made PolNeAR-like articles: segment matching,
// token overlap, exact match after trimming, source accuracy, the quoted
// subset and the error breakdown.
#include <gtest/gtest.h>

#include <string>

#include "evaluation/attribution_eval.h"

namespace newsgraph::evaluation {
namespace {

// “One two three,” said Ann Lee. “Four five.” Bob thinks that six seven eight.
const std::string kText =
    "\u201COne two three,\u201D said Ann Lee. \u201CFour five.\u201D "
    "Bob thinks that six seven eight.";

class AttributionTest : public ::testing::Test {
 protected:
  TokenizedText text_ = TokenizedText::FromUtf8(kText);

  // Code-point span of the first occurrence of `needle`.
  CpSpan Find(const std::u32string& needle) {
    const size_t at = text_.text().find(needle);
    EXPECT_NE(at, std::u32string::npos);
    return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
  }

  std::vector<GoldAttribution> Gold() {
    // The quote is one attribution in two fragments, marks included, as
    // PolNeAR annotates it; the belief has a source and no marks.
    return {
        {"E1", {Find(U"\u201COne two three,\u201D"), Find(U"\u201CFour five.\u201D")}, {Find(U"Ann Lee")}},
        {"E2", {Find(U"that six seven eight")}, {Find(U"Bob")}},
    };
  }

  PredictedQuote Pred(CpSpan content, const char* kind, std::optional<CpSpan> mention) {
    PredictedQuote p;
    p.content = content;
    p.kind = kind;
    p.speaker_mention = mention;
    return p;
  }
};

TEST_F(AttributionTest, HelpersFindQuotesAndSegments) {
  const auto gold = Gold();
  EXPECT_TRUE(HasQuotationMark(text_, gold[0].content));
  EXPECT_FALSE(HasQuotationMark(text_, gold[1].content));
  // Two fragments with words between them stay two segments...
  EXPECT_EQ(ContentSegments(text_, gold[0].content).size(), 2u);
  // ... fragments separated only by punctuation and space merge.
  const CpSpan a = Find(U"six"), b = Find(U"seven eight.");
  const auto merged = ContentSegments(text_, {b, a});
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].begin, a.begin);
  EXPECT_EQ(merged[0].end, b.end);
}

TEST_F(AttributionTest, PerfectPredictionsWithoutMarksAreExact) {
  AttributionScorer s;
  s.AddArticle("a", text_, Gold(),
               {Pred(Find(U"One two three"), "direct", Find(U"Ann")),
                Pred(Find(U"Four five"), "direct", Find(U"Lee")),
                Pred(Find(U"six seven eight"), "indirect", Find(U"Bob"))},
               nullptr);
  EXPECT_EQ(s.quoted().golds, 1u);
  EXPECT_EQ(s.quoted().preds, 2u);
  EXPECT_EQ(s.quoted().exact_golds, 1u);
  EXPECT_EQ(s.quoted().exact_preds, 2u);
  EXPECT_EQ(s.quoted().source_correct, 1u);
  EXPECT_EQ(s.all().golds, 2u);
  // "that" is outside the prediction: matched but not exact.
  EXPECT_EQ(s.all().exact_golds, 1u);
  EXPECT_EQ(s.all().gold_tokens, 9.0);
  EXPECT_EQ(s.all().shared_tokens, 8.0);
  EXPECT_EQ(s.all().pred_tokens, 8.0);
  EXPECT_EQ(s.all().source_eligible, 2u);
  EXPECT_EQ(s.all().source_correct, 2u);
  EXPECT_EQ(s.breakdown().boundary_unquoted, 1u);
  const auto j = s.Json();
  EXPECT_DOUBLE_EQ(j["quoted"]["overlap_f1"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j["all"]["overlap_precision"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j["all"]["overlap_recall"].get<double>(), 8.0 / 9.0);
  EXPECT_DOUBLE_EQ(j["all"]["exact_precision"].get<double>(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(j["all"]["exact_recall"].get<double>(), 0.5);
}

TEST_F(AttributionTest, MissesSpuriousAndWrongSourcesAreBrokenDown) {
  AttributionScorer s;
  std::string dump;
  s.AddArticle("a", text_, Gold(),
               {Pred(Find(U"One two three"), "direct", Find(U"Bob")),  // wrong source
                Pred(Find(U"Bob thinks"), "partial", std::nullopt)},     // spurious
               &dump);
  EXPECT_EQ(s.breakdown().partly_matched, 1u);   // "Four five" not found
  EXPECT_EQ(s.breakdown().wrong_source_quoted, 1u);
  EXPECT_EQ(s.breakdown().missed_unquoted, 1u);
  EXPECT_EQ(s.breakdown().spurious_partial, 1u);
  EXPECT_EQ(s.quoted().preds, 2u);  // the spurious partial counts against quoted precision
  EXPECT_EQ(s.quoted().source_correct, 0u);
  EXPECT_EQ(s.quoted().exact_golds, 0u);
  EXPECT_NE(dump.find("PARTLY quoted"), std::string::npos);
  EXPECT_NE(dump.find("SOURCE quoted"), std::string::npos);
  EXPECT_NE(dump.find("MISSED unquoted"), std::string::npos);
  EXPECT_NE(dump.find("SPURIOUS"), std::string::npos);
  EXPECT_NE(dump.find("Bob thinks"), std::string::npos);
}

TEST_F(AttributionTest, OnePredictionMatchesOneSegmentOnly) {
  // A prediction spanning both quoted fragments and the frame between them
  // matches one segment; the other segment stays unmatched.
  AttributionScorer s;
  CpSpan all_quote = Find(U"One two three");
  all_quote.end = Find(U"Four five").end;
  s.AddArticle("a", text_, Gold(), {Pred(all_quote, "direct", Find(U"Ann"))}, nullptr);
  EXPECT_EQ(s.quoted().matched_golds, 1u);
  EXPECT_EQ(s.breakdown().partly_matched, 1u);
  EXPECT_EQ(s.quoted().shared_tokens, 3.0);   // the larger segment: One two three
  EXPECT_EQ(s.quoted().pred_tokens, 8.0);     // One two three said Ann Lee Four five
}

TEST_F(AttributionTest, NestedPredictionsAreSetAside) {
  // A partial quote inside a reported clause, and a duplicate of the clause:
  // neither may count as spurious, since PolNeAR labels each token once.
  AttributionScorer s;
  s.AddArticle("a", text_, Gold(),
               {Pred(Find(U"that six seven eight"), "indirect", Find(U"Bob")),
                Pred(Find(U"seven"), "partial", std::nullopt),
                Pred(Find(U"that six seven eight"), "indirect", Find(U"Bob"))},
               nullptr);
  EXPECT_EQ(s.breakdown().nested, 2u);
  EXPECT_EQ(s.all().preds, 1u);
  EXPECT_EQ(s.all().exact_golds, 1u);
  EXPECT_EQ(s.all().exact_preds, 1u);
  EXPECT_EQ(s.quoted().preds, 0u);
  EXPECT_EQ(s.breakdown().spurious_partial, 0u);
}

TEST_F(AttributionTest, TotalsAccumulateOverArticles) {
  AttributionScorer s;
  s.AddArticle("a", text_, Gold(), {}, nullptr);
  s.AddArticle("b", text_, Gold(), {}, nullptr);
  EXPECT_EQ(s.articles(), 2u);
  EXPECT_EQ(s.all().golds, 4u);
  EXPECT_EQ(s.breakdown().missed_quoted, 2u);
  EXPECT_NE(s.Text().find("2 articles"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::evaluation

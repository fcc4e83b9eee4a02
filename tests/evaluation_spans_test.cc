// The yardstick's own arithmetic: token ranges, Jaccard, trimming, greedy
// matching and byte/code-point conversion on tiny hand-made texts.
#include <gtest/gtest.h>

#include "evaluation/matching.h"
#include "evaluation/spans.h"

namespace newsgraph::evaluation {
namespace {

TEST(TokenizedText, TokensAreWordRunsInCodePoints) {
  // "é" and "—" are one code point each, so offsets count characters.
  const auto t = TokenizedText::FromUtf8("Café — “très bien,” he said.");
  std::vector<std::string> words;
  for (CpSpan s : t.tokens()) words.push_back(t.Utf8(s));
  EXPECT_EQ(words, (std::vector<std::string>{"Café", "très", "bien", "he", "said"}));
  EXPECT_EQ(t.tokens()[1].begin, 8u);  // C a f é ␣ — ␣ “ t
  EXPECT_EQ(t.Utf8({7, 18}), "“très bien,");
}

TEST(TokenizedText, PartlyCoveredTokensCount) {
  const auto t = TokenizedText::FromUtf8("alpha beta gamma");
  EXPECT_EQ(t.TokenCount({0, 16}), 3u);
  EXPECT_EQ(t.TokenCount({2, 7}), 2u);   // "pha b"
  EXPECT_EQ(t.TokenCount({5, 6}), 0u);   // the space
  EXPECT_EQ(t.TokenCount({3, 3}), 0u);   // empty span
  EXPECT_EQ(t.SharedTokens({0, 10}, {6, 16}), 1u);
}

TEST(TokenizedText, JaccardIgnoresPunctuationAndIsOneWhenEqual) {
  const auto t = TokenizedText::FromUtf8("\"one two three four five\", he said");
  // Quotation marks and the comma add no tokens.
  EXPECT_DOUBLE_EQ(t.TokenJaccard({1, 24}, {0, 26}), 1.0);
  EXPECT_DOUBLE_EQ(t.TokenJaccard({1, 24}, {1, 19}), 4.0 / 5.0);
  EXPECT_DOUBLE_EQ(t.TokenJaccard({1, 4}, {5, 8}), 0.0);
  EXPECT_DOUBLE_EQ(t.TokenJaccard({24, 25}, {24, 25}), 1.0);  // tokenless but identical
}

TEST(TokenizedText, TrimDropsPunctuationAndSpaceAtEdgesOnly) {
  const auto t = TokenizedText::FromUtf8(" “Yes, we can.” ");
  const CpSpan trimmed = t.Trim({0, 16});
  EXPECT_EQ(t.Utf8(trimmed), "Yes, we can");
  EXPECT_EQ(t.Trim({0, 2}).size(), 0u);
}

TEST(ByteToCodePoint, MapsMultiByteCharacters) {
  const ByteToCodePoint cp("a“b”");  // a(1) “(3) b(1) ”(3)
  EXPECT_EQ(cp(0), 0u);
  EXPECT_EQ(cp(1), 1u);
  EXPECT_EQ(cp(4), 2u);
  EXPECT_EQ(cp(5), 3u);
  EXPECT_EQ(cp(8), 4u);
  EXPECT_EQ(cp(99), 4u);
}

TEST(NormalizeLabel, FoldsCaseAndSpace) {
  EXPECT_EQ(NormalizeLabel("  Kim   JONG un "), "kim jong un");
  EXPECT_EQ(NormalizeLabel("Émile\tZola"), "émile zola");
  EXPECT_EQ(NormalizeLabel(""), "");
}

TEST(GreedyMatch, BestPairsFirstAndOneToOne) {
  // gold 0 likes pred 0 (0.9) and pred 1 (0.95); gold 1 only pred 1 (0.85).
  // Greedy takes (0,1) first, which leaves gold 1 unmatched: documented
  // behaviour (an optimal assignment would pair both).
  const double scores[2][2] = {{0.9, 0.95}, {0.0, 0.85}};
  auto m = GreedyMatch(2, 2, [&](size_t g, size_t p) { return scores[g][p]; }, 0.8);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].gold, 0u);
  EXPECT_EQ(m[0].predicted, 1u);
  EXPECT_DOUBLE_EQ(m[0].score, 0.95);
}

TEST(GreedyMatch, ResultSortedByGold) {
  const double scores[2][2] = {{0.0, 0.9}, {1.0, 0.0}};
  auto m = GreedyMatch(2, 2, [&](size_t g, size_t p) { return scores[g][p]; }, 0.5);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].gold, 0u);
  EXPECT_EQ(m[0].predicted, 1u);
  EXPECT_EQ(m[1].gold, 1u);
  EXPECT_EQ(m[1].predicted, 0u);
}

TEST(GreedyMatch, ThresholdAndZeroExcluded) {
  auto m = GreedyMatch(1, 2, [](size_t, size_t p) { return p == 0 ? 0.79 : 0.0; }, 0.8);
  EXPECT_TRUE(m.empty());
  m = GreedyMatch(1, 2, [](size_t, size_t) { return 0.0; }, 0.0);
  EXPECT_TRUE(m.empty());
}

TEST(ComputePrf, HandlesEmptyDenominators) {
  Prf r = ComputePrf(0, 0, 0, 0);
  EXPECT_EQ(r.precision, 0);
  EXPECT_EQ(r.f1, 0);
  r = ComputePrf(3, 4, 3, 6);
  EXPECT_DOUBLE_EQ(r.precision, 0.75);
  EXPECT_DOUBLE_EQ(r.recall, 0.5);
  EXPECT_DOUBLE_EQ(r.f1, 0.6);
}

}  // namespace
}  // namespace newsgraph::evaluation

// ScoreSeed on a hand-made article: which predictions match, which
// attributes count as right, and what the report lists.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "evaluation/seed_eval.h"

namespace newsgraph::evaluation {
namespace {

const std::string kText =
    "Kim said \"we will win the war against all of them\" on Monday. "
    "Experts said that Kim faces a hard choice. Lee called it \"a big mistake\". "
    "Park said the talks would resume.";

CpSpan Find(const std::string& needle) {
  const size_t at = kText.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

GoldQuote Gold(const std::string& quote, const char* kind, const char* speaker,
               const char* cue) {
  GoldQuote g;
  g.span = Find(quote);
  g.text = quote;
  g.kind = kind;
  if (speaker) g.speaker = speaker;
  if (cue) g.cue = cue;
  return g;
}

PredictedQuote Pred(CpSpan span, const char* kind, const char* speaker, const char* cue = nullptr) {
  PredictedQuote p;
  p.content = span;
  p.kind = kind;
  if (speaker) p.speaker = speaker;
  if (cue) p.cue = cue;
  return p;
}

class SeedScoreTest : public ::testing::Test {
 protected:
  TokenizedText text_ = TokenizedText::FromUtf8(kText);
  std::vector<GoldQuote> gold_ = {
      Gold("we will win the war against all of them", "direct", "Kim Jong Un", "said"),
      Gold("a big mistake", "partial", "Lee Inbae", "called it"),
  };
  std::vector<GoldReported> reported_ = {
      {static_cast<uint32_t>(kText.find("Kim faces")), "Kim faces a hard", "Experts"},
      {static_cast<uint32_t>(kText.find("the talks")), "the talks would", "Park Jin"},
  };
};

TEST_F(SeedScoreTest, PerfectPredictionsScoreFully) {
  std::vector<PredictedQuote> pred = {
      Pred(gold_[0].span, "direct", "kim  jong UN", "Said"),
      Pred(gold_[1].span, "partial", "Lee Inbae", "called it"),
      Pred(Find("Kim faces a hard choice"), "indirect", "Experts"),
      Pred(Find("the talks would resume"), "indirect", "Park Jin"),
  };
  const SeedScore s = ScoreSeed(text_, gold_, reported_, pred);
  EXPECT_EQ(s.matched, 2u);
  EXPECT_EQ(s.predicted_quotes, 2u);
  EXPECT_EQ(s.speaker_correct, 2u);  // case and spacing do not matter
  EXPECT_EQ(s.kind_correct, 2u);
  EXPECT_EQ(s.cue_correct, 2u);
  EXPECT_EQ(s.role_correct, 2u);     // null == null
  EXPECT_EQ(s.reported_found, 2u);
  EXPECT_EQ(s.reported_speaker_correct, 2u);
  EXPECT_TRUE(s.spurious.empty());
  EXPECT_TRUE(s.unlisted_indirect.empty());
  EXPECT_TRUE(s.gold_warnings.empty());
}

TEST_F(SeedScoreTest, NearSpanMatchesAtJaccardPointEight) {
  // Gold has 9 tokens; dropping "them" leaves 8/9 = 0.89 >= 0.8.
  CpSpan shorter = gold_[0].span;
  shorter.end -= 5;
  // Dropping "all of them" leaves 6/9 = 0.67: no match.
  CpSpan much_shorter = gold_[0].span;
  much_shorter.end -= 12;
  SeedScore s = ScoreSeed(text_, gold_, reported_, {Pred(shorter, "direct", "Kim Jong Un")});
  EXPECT_EQ(s.matched, 1u);
  EXPECT_NEAR(s.quotes[0].jaccard, 8.0 / 9.0, 1e-9);
  s = ScoreSeed(text_, gold_, reported_, {Pred(much_shorter, "direct", "Kim Jong Un")});
  EXPECT_EQ(s.matched, 0u);
  EXPECT_EQ(s.spurious.size(), 1u);
  EXPECT_EQ(s.predicted_quotes, 1u);
}

TEST_F(SeedScoreTest, WrongAttributesAreCountedSeparately) {
  std::vector<PredictedQuote> pred = {
      Pred(gold_[0].span, "partial", "Kim", "told"),  // wrong kind, speaker, cue
      Pred(gold_[1].span, "indirect", "Lee Inbae", "called"),  // indirect matched as a quote
  };
  const SeedScore s = ScoreSeed(text_, gold_, reported_, pred);
  EXPECT_EQ(s.matched, 2u);
  EXPECT_EQ(s.predicted_quotes, 2u);  // the indirect one counts once it matched a quote
  EXPECT_EQ(s.kind_correct, 0u);
  EXPECT_EQ(s.speaker_correct, 1u);
  EXPECT_EQ(s.cue_correct, 0u);
  EXPECT_EQ(s.cue_lenient_correct, 1u);  // "called" is inside "called it"
  EXPECT_EQ(s.reported_found, 0u);
}

TEST_F(SeedScoreTest, ReportedSpeechToleratesThatButNotTheSpeaker) {
  std::vector<PredictedQuote> pred = {
      Pred(Find("that Kim faces a hard choice"), "indirect", "Experts"),  // 5 before: ok
      Pred(Find("Park said the talks would resume"), "indirect", "Park Jin"),  // too early
      Pred(Find("talks would resume"), "direct", "Park Jin"),  // not indirect, no gold quote
  };
  const SeedScore s = ScoreSeed(text_, gold_, reported_, pred);
  EXPECT_EQ(s.reported_found, 1u);
  EXPECT_EQ(s.reported[0].predicted, 0);
  EXPECT_EQ(s.reported[1].predicted, -1);
  EXPECT_EQ(s.unlisted_indirect, (std::vector<size_t>{1}));
  EXPECT_EQ(s.spurious, (std::vector<size_t>{2}));
  EXPECT_EQ(s.predicted_quotes, 1u);
}

TEST_F(SeedScoreTest, ReportedSpeechMustCoverThePrefix) {
  CpSpan cut = Find("Kim faces a hard");
  cut.end -= 6;  // ends well before the prefix does
  const SeedScore s =
      ScoreSeed(text_, gold_, reported_, {Pred(cut, "indirect", "Experts")});
  EXPECT_EQ(s.reported_found, 0u);
}

TEST_F(SeedScoreTest, GoldThatDisagreesWithTextIsFlagged) {
  gold_[0].text = "something else";
  reported_[1].clause_start += 1;
  const SeedScore s = ScoreSeed(text_, gold_, reported_, {});
  EXPECT_EQ(s.gold_warnings.size(), 2u);
}

TEST_F(SeedScoreTest, ReportsListErrorsWithText) {
  std::vector<PredictedQuote> pred = {Pred(gold_[0].span, "direct", "Kim")};
  const SeedScore s = ScoreSeed(text_, gold_, reported_, pred);
  const SeedData data{text_, gold_, reported_, pred};
  const auto j = SeedReportJson(s, data);
  EXPECT_EQ(j["summary"]["matched_quotes"], 1);
  EXPECT_DOUBLE_EQ(j["summary"]["quote_precision"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j["summary"]["quote_recall"].get<double>(), 0.5);
  EXPECT_EQ(j["errors"]["missed_quotes"].size(), 1u);
  EXPECT_EQ(j["errors"]["missed_quotes"][0]["text"], "a big mistake");
  ASSERT_EQ(j["errors"]["wrong_attributes"].size(), 1u);
  EXPECT_EQ(j["errors"]["wrong_attributes"][0]["wrong"][0], "speaker");
  EXPECT_EQ(j["errors"]["missed_reported"].size(), 2u);
  const std::string report = SeedReportText(s, data);
  EXPECT_NE(report.find("a big mistake"), std::string::npos);
  EXPECT_NE(report.find("MISSED"), std::string::npos);
  EXPECT_NE(report.find("WRONG: speaker"), std::string::npos);
}

TEST(LoadGold, ParsesNullsAndRejectsBadLines) {
  const std::string path = ::testing::TempDir() + "/gold_quotes.jsonl";
  {
    std::ofstream out(path);
    out << R"({"quote": "x", "start": 1, "end": 2, "kind": "partial", "speaker": null, "speaker_role": null, "cue": "said"})"
        << "\n\n";
  }
  std::vector<GoldQuote> gold;
  std::string error;
  ASSERT_TRUE(LoadGoldQuotes(path, &gold, &error)) << error;
  ASSERT_EQ(gold.size(), 1u);
  EXPECT_FALSE(gold[0].speaker.has_value());
  EXPECT_EQ(gold[0].cue.value_or(""), "said");
  {
    std::ofstream out(path);
    out << "{\"quote\": \"x\"}\n";
  }
  gold.clear();
  EXPECT_FALSE(LoadGoldQuotes(path, &gold, &error));
  EXPECT_NE(error.find(":1:"), std::string::npos);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace newsgraph::evaluation

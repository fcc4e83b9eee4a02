#ifndef NEWSGRAPH_EVALUATION_SEED_EVAL_H_
#define NEWSGRAPH_EVALUATION_SEED_EVAL_H_

// Scoring of one article against hand-made gold quotes and reported speech
// (the founding page, shared/gold/seed-*.jsonl). The matching rules are
// documented in docs/evaluation.md; keep the two in step.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "evaluation/predictions.h"
#include "evaluation/spans.h"

namespace newsgraph::evaluation {

// One line of seed-quotes.jsonl. Offsets are code points into the article.
struct GoldQuote {
  CpSpan span;
  std::string text;
  std::string kind;  // "direct" or "partial"
  std::optional<std::string> speaker, speaker_role, cue;
};

// One line of seed-reported-speech.jsonl.
struct GoldReported {
  uint32_t clause_start = 0;
  std::string clause_prefix;
  std::optional<std::string> speaker;
};

// Parse JSON Lines; on failure return false and say why (file and line) in
// *error. Blank lines are skipped.
bool LoadGoldQuotes(const std::string& path, std::vector<GoldQuote>* out, std::string* error);
bool LoadGoldReported(const std::string& path, std::vector<GoldReported>* out, std::string* error);

struct SeedOptions {
  double min_jaccard = 0.8;   // token Jaccard for a span match (exact always matches)
  uint32_t max_lead = 6;      // an indirect span may start this many code points
                              // before clause_start ("that " is 5) ...
  uint32_t max_late = 3;      // ... or this many after it, and may end this
                              // many short of the end of clause_prefix
};

struct QuoteOutcome {
  int predicted = -1;  // index into the predictions, -1 when missed
  double jaccard = 0;
  bool kind_ok = false, speaker_ok = false, role_ok = false, cue_ok = false;
  bool cue_lenient_ok = false;  // one normalized cue contains the other
};

struct ReportedOutcome {
  int predicted = -1;
  bool speaker_ok = false;
};

struct SeedScore {
  std::vector<QuoteOutcome> quotes;        // one per gold quote
  std::vector<ReportedOutcome> reported;   // one per gold reported statement
  std::vector<size_t> spurious;            // direct/partial predictions matching no gold quote
  std::vector<size_t> unlisted_indirect;   // indirect predictions matching nothing
  std::vector<std::string> gold_warnings;  // gold entries whose text disagrees with the article

  size_t predicted_quotes = 0;  // direct/partial predictions + indirect ones matched to a quote
  size_t matched = 0, kind_correct = 0, speaker_correct = 0, role_correct = 0, cue_correct = 0,
         cue_lenient_correct = 0;
  size_t reported_found = 0, reported_speaker_correct = 0;
};

// Matches `predicted` to the gold quotes (one-to-one greedy by token
// Jaccard, see GreedyMatch), then the remaining indirect predictions to the
// gold reported statements. Counts in SeedScore are over gold items; the
// attribute counts (kind_correct, ...) count matched quotes only.
SeedScore ScoreSeed(const TokenizedText& text, const std::vector<GoldQuote>& gold,
                    const std::vector<GoldReported>& reported,
                    const std::vector<PredictedQuote>& predicted, const SeedOptions& options = {});

// Everything the reports need besides the score.
struct SeedData {
  const TokenizedText& text;
  const std::vector<GoldQuote>& gold;
  const std::vector<GoldReported>& reported;
  const std::vector<PredictedQuote>& predicted;
};

// A human-readable report: summary figures, then every missed quote, wrong
// attribute, missed reported statement and spurious prediction, with text.
std::string SeedReportText(const SeedScore& score, const SeedData& data);
// The same as a JSON object (figures under "summary", lists under "errors").
nlohmann::json SeedReportJson(const SeedScore& score, const SeedData& data);

}  // namespace newsgraph::evaluation

#endif  // NEWSGRAPH_EVALUATION_SEED_EVAL_H_

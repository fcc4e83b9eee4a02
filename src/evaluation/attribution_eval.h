#ifndef NEWSGRAPH_EVALUATION_ATTRIBUTION_EVAL_H_
#define NEWSGRAPH_EVALUATION_ATTRIBUTION_EVAL_H_

// Scoring of predicted quotes against attribution corpora such as PolNeAR,
// where each gold attribution has a content (possibly in several fragments),
// a cue and usually a source. The rules are documented in docs/evaluation.md
// ("PolNeAR"); keep the two in step.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "evaluation/predictions.h"
#include "evaluation/spans.h"

namespace newsgraph::evaluation {

struct GoldAttribution {
  std::string id;
  std::vector<CpSpan> content;  // fragments, any order
  std::vector<CpSpan> source;   // empty when the attribution has no source
  std::vector<CpSpan> cue;      // shown in error dumps only; not scored
};

// True when the content's text holds a double quotation mark (" “ ” „ « »).
// Single quotes are left out: ’ is far more often an apostrophe.
bool HasQuotationMark(const TokenizedText& text, const std::vector<CpSpan>& fragments);

// The content fragments sorted, with neighbours merged when nothing but
// punctuation and space lies between them (brat splits spans at line breaks).
// What remains are the segments a contiguous prediction can match.
std::vector<CpSpan> ContentSegments(const TokenizedText& text, std::vector<CpSpan> fragments);

// Counts for one subset of attributions (quoted ones, or all).
struct AttributionCounts {
  size_t golds = 0, preds = 0;
  size_t matched_golds = 0;              // gold with at least one segment matched
  size_t exact_golds = 0, exact_preds = 0;
  double gold_tokens = 0, pred_tokens = 0, shared_tokens = 0;
  size_t source_eligible = 0, source_correct = 0;
};

// Where the errors are, to tell the quote engineer what to work on.
struct AttributionBreakdown {
  size_t missed_quoted = 0, missed_unquoted = 0;  // no segment matched
  size_t partly_matched = 0;                      // some segments matched, not all
  size_t boundary_quoted = 0, boundary_unquoted = 0;  // matched, not exact
  size_t wrong_source_quoted = 0, wrong_source_unquoted = 0;
  size_t spurious_direct = 0, spurious_partial = 0, spurious_indirect = 0;
  size_t nested = 0;  // predictions inside another prediction, set aside
};

// Accumulates scores over many articles.
class AttributionScorer {
 public:
  // Scores one article and adds it to the totals. `text` is the article the
  // spans index. A prediction lying wholly inside another (a partial quote
  // within a reported clause; or a duplicate) is set aside, counted only as
  // nested: PolNeAR gives each token to one attribution, so nesting cannot be
  // scored either way. A prediction with a `clause` (a partial quote inside
  // reported speech) is scored on the clause, not its quoted words. When
  // `dump` is non-null, appends one line per error
  // (missed, partly matched, boundary, wrong source, spurious) with text.
  void AddArticle(const std::string& id, const TokenizedText& text,
                  const std::vector<GoldAttribution>& gold,
                  const std::vector<PredictedQuote>& predicted, std::string* dump);

  const AttributionCounts& quoted() const { return quoted_; }
  const AttributionCounts& all() const { return all_; }
  const AttributionBreakdown& breakdown() const { return breakdown_; }
  size_t articles() const { return articles_; }

  // Summary figures: {"articles", "quoted": {...}, "all": {...}, "errors": {...}}
  // with overlap_{precision,recall,f1}, exact_{...}, source_accuracy and the
  // raw counts for each subset.
  nlohmann::json Json() const;
  // The same, readable, with the project's targets beside the figures.
  std::string Text() const;

 private:
  AttributionCounts quoted_, all_;
  AttributionBreakdown breakdown_;
  size_t articles_ = 0;
};

}  // namespace newsgraph::evaluation

#endif  // NEWSGRAPH_EVALUATION_ATTRIBUTION_EVAL_H_

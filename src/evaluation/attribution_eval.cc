#include "evaluation/attribution_eval.h"

#include <algorithm>
#include <cstdio>

#include "core/utf8.h"
#include "evaluation/matching.h"

namespace newsgraph::evaluation {
namespace {

std::string Clip(const std::string& s, size_t max_cp = 140) {
  std::string out;
  size_t pos = 0, n = 0;
  while (pos < s.size() && n < max_cp) {
    const char32_t c = utf8::Next(s, &pos);
    utf8::Append(c == U'\n' ? U' ' : c, &out);
    ++n;
  }
  if (pos < s.size()) out += "…";
  return out;
}

std::string Joined(const TokenizedText& text, const std::vector<CpSpan>& frags) {
  std::string out;
  for (size_t i = 0; i < frags.size(); ++i) {
    if (i) out += " … ";
    out += text.Utf8(frags[i]);
  }
  return out;
}

bool AnyOverlap(CpSpan a, const std::vector<CpSpan>& spans) {
  for (CpSpan s : spans) {
    if (Overlap(a, s) > 0) return true;
  }
  return false;
}

nlohmann::json CountsJson(const AttributionCounts& c) {
  const Prf overlap = ComputePrf(c.shared_tokens, c.pred_tokens, c.shared_tokens, c.gold_tokens);
  const Prf exact = ComputePrf(c.exact_preds, c.preds, c.exact_golds, c.golds);
  return {{"gold", c.golds},
          {"predicted", c.preds},
          {"matched_gold", c.matched_golds},
          {"overlap_precision", overlap.precision},
          {"overlap_recall", overlap.recall},
          {"overlap_f1", overlap.f1},
          {"exact_precision", exact.precision},
          {"exact_recall", exact.recall},
          {"exact_f1", exact.f1},
          {"exact_gold", c.exact_golds},
          {"exact_predicted", c.exact_preds},
          {"source_accuracy", c.source_eligible ? double(c.source_correct) / c.source_eligible : 0.0},
          {"source_eligible", c.source_eligible},
          {"source_correct", c.source_correct},
          {"gold_tokens", c.gold_tokens},
          {"predicted_tokens", c.pred_tokens},
          {"shared_tokens", c.shared_tokens}};
}

}  // namespace

bool HasQuotationMark(const TokenizedText& text, const std::vector<CpSpan>& fragments) {
  for (CpSpan f : fragments) {
    for (uint32_t i = f.begin; i < f.end && i < text.size(); ++i) {
      switch (text.text()[i]) {
        case U'"': case U'\u201C': case U'\u201D': case U'\u201E': case U'\u00AB': case U'\u00BB':
          return true;
        default:
          break;
      }
    }
  }
  return false;
}

std::vector<CpSpan> ContentSegments(const TokenizedText& text, std::vector<CpSpan> fragments) {
  std::sort(fragments.begin(), fragments.end(),
            [](CpSpan a, CpSpan b) { return a.begin < b.begin; });
  std::vector<CpSpan> out;
  for (CpSpan f : fragments) {
    if (!out.empty() && (f.begin <= out.back().end ||
                         text.TokenCount({out.back().end, f.begin}) == 0)) {
      out.back().end = std::max(out.back().end, f.end);
    } else {
      out.push_back(f);
    }
  }
  return out;
}

void AttributionScorer::AddArticle(const std::string& id, const TokenizedText& text,
                                   const std::vector<GoldAttribution>& gold,
                                   const std::vector<PredictedQuote>& predictions,
                                   std::string* dump) {
  ++articles_;
  // A partial quote inside reported speech is one statement whose content is
  // the whole reported clause (PolNeAR rule 0a in docs/evaluation.md).
  std::vector<PredictedQuote> predicted = predictions;
  for (PredictedQuote& q : predicted) {
    if (q.clause) q.content = *q.clause;
  }
  std::vector<bool> nested(predicted.size());
  for (size_t p = 0; p < predicted.size(); ++p) {
    const CpSpan a = predicted[p].content;
    for (size_t q = 0; q < predicted.size() && !nested[p]; ++q) {
      const CpSpan b = predicted[q].content;
      if (q == p || b.begin > a.begin || a.end > b.end) continue;
      nested[p] = !(a == b) || q < p;  // of two equal spans, the first stays
    }
  }
  breakdown_.nested += std::count(nested.begin(), nested.end(), true);
  // Segments of every gold attribution, flattened, each remembering its owner.
  std::vector<CpSpan> segments;
  std::vector<size_t> owner;
  std::vector<std::vector<size_t>> gold_segments(gold.size());
  std::vector<bool> quoted(gold.size());
  for (size_t g = 0; g < gold.size(); ++g) {
    quoted[g] = HasQuotationMark(text, gold[g].content);
    for (CpSpan s : ContentSegments(text, gold[g].content)) {
      gold_segments[g].push_back(segments.size());
      segments.push_back(s);
      owner.push_back(g);
    }
  }
  const auto pairs = GreedyMatch(
      segments.size(), predicted.size(),
      [&](size_t s, size_t p) {
        return nested[p] ? 0.0 : double(text.SharedTokens(segments[s], predicted[p].content));
      },
      0.0);
  std::vector<int> seg_pred(segments.size(), -1), pred_seg(predicted.size(), -1);
  std::vector<double> seg_shared(segments.size(), 0);
  for (const MatchPair& m : pairs) {
    seg_pred[m.gold] = static_cast<int>(m.predicted);
    pred_seg[m.predicted] = static_cast<int>(m.gold);
    seg_shared[m.gold] = m.score;
  }

  auto line = [&](const std::string& what) {
    if (dump) *dump += id + "\t" + what + "\n";
  };
  auto pred_desc = [&](size_t p) {
    const PredictedQuote& q = predicted[p];
    std::string s = q.kind + " \"" + Clip(text.Utf8(q.content)) + "\" speaker=" +
                    (q.speaker ? "\"" + *q.speaker + "\"" : "null") + " mention=";
    s += q.speaker_mention ? "\"" + text.Utf8(*q.speaker_mention) + "\"" : "null";
    return s;
  };

  for (size_t g = 0; g < gold.size(); ++g) {
    size_t matched_segments = 0;
    bool exact = true, source_ok = true;
    std::vector<size_t> preds;
    for (size_t s : gold_segments[g]) {
      if (seg_pred[s] < 0) {
        exact = false;
        continue;
      }
      ++matched_segments;
      const size_t p = static_cast<size_t>(seg_pred[s]);
      preds.push_back(p);
      if (text.Trim(segments[s]) != text.Trim(predicted[p].content)) exact = false;
      if (!predicted[p].speaker_mention || !AnyOverlap(*predicted[p].speaker_mention, gold[g].source)) {
        source_ok = false;
      }
    }
    const bool matched = matched_segments > 0;
    if (!matched) exact = false;
    const bool has_source = !gold[g].source.empty();
    for (AttributionCounts* c : {&all_, quoted[g] ? &quoted_ : nullptr}) {
      if (!c) continue;
      ++c->golds;
      for (size_t s : gold_segments[g]) {
        c->gold_tokens += text.TokenCount(segments[s]);
        c->shared_tokens += seg_shared[s];
      }
      c->matched_golds += matched;
      c->exact_golds += exact;
      if (exact) c->exact_preds += preds.size();
      if (matched && has_source) {
        ++c->source_eligible;
        c->source_correct += source_ok;
      }
    }

    const std::string tag = quoted[g] ? "quoted" : "unquoted";
    const std::string gold_desc = "\"" + Clip(Joined(text, gold[g].content)) + "\" source=" +
                                  (has_source ? "\"" + Joined(text, gold[g].source) + "\"" : "null") +
                                  " cue=\"" + Joined(text, gold[g].cue) + "\"";
    if (!matched) {
      (quoted[g] ? breakdown_.missed_quoted : breakdown_.missed_unquoted)++;
      line("MISSED " + tag + "\t" + gold_desc);
      continue;
    }
    if (matched_segments < gold_segments[g].size()) {
      ++breakdown_.partly_matched;
      line("PARTLY " + tag + " (" + std::to_string(matched_segments) + "/" +
           std::to_string(gold_segments[g].size()) + " segments)\t" + gold_desc);
    } else if (!exact) {
      (quoted[g] ? breakdown_.boundary_quoted : breakdown_.boundary_unquoted)++;
      line("BOUNDARY " + tag + "\tgold " + gold_desc + "\tgot " + pred_desc(preds[0]));
    }
    if (has_source && !source_ok) {
      (quoted[g] ? breakdown_.wrong_source_quoted : breakdown_.wrong_source_unquoted)++;
      line("SOURCE " + tag + "\tgold " + gold_desc + "\tgot " + pred_desc(preds[0]));
    }
  }

  for (size_t p = 0; p < predicted.size(); ++p) {
    if (nested[p]) continue;
    const PredictedQuote& q = predicted[p];
    const size_t tokens = text.TokenCount(q.content);
    const bool matched = pred_seg[p] >= 0;
    const bool in_quoted = matched ? bool(quoted[owner[pred_seg[p]]]) : q.kind != "indirect";
    for (AttributionCounts* c : {&all_, in_quoted ? &quoted_ : nullptr}) {
      if (!c) continue;
      ++c->preds;
      c->pred_tokens += tokens;
    }
    if (matched) continue;
    if (q.kind == "direct") ++breakdown_.spurious_direct;
    else if (q.kind == "partial") ++breakdown_.spurious_partial;
    else ++breakdown_.spurious_indirect;
    line("SPURIOUS\t" + pred_desc(p));
  }
}

nlohmann::json AttributionScorer::Json() const {
  const AttributionBreakdown& b = breakdown_;
  return {{"articles", articles_},
          {"quoted", CountsJson(quoted_)},
          {"all", CountsJson(all_)},
          {"errors",
           {{"missed_quoted", b.missed_quoted},
            {"missed_unquoted", b.missed_unquoted},
            {"partly_matched", b.partly_matched},
            {"boundary_quoted", b.boundary_quoted},
            {"boundary_unquoted", b.boundary_unquoted},
            {"wrong_source_quoted", b.wrong_source_quoted},
            {"wrong_source_unquoted", b.wrong_source_unquoted},
            {"spurious_direct", b.spurious_direct},
            {"spurious_partial", b.spurious_partial},
            {"spurious_indirect", b.spurious_indirect},
            {"nested_set_aside", b.nested}}}};
}

std::string AttributionScorer::Text() const {
  const nlohmann::json j = Json();
  std::string out;
  char buf[512];
  snprintf(buf, sizeof buf, "%zu articles\n", articles_);
  out += buf;
  auto subset = [&](const char* name, const nlohmann::json& c, const char* targets) {
    snprintf(buf, sizeof buf,
             "%-7s gold %5zu  pred %5zu  overlap P %.3f R %.3f F1 %.3f | exact P %.3f R %.3f F1 %.3f | "
             "source %.3f (%zu/%zu)\n        targets: %s\n",
             name, c["gold"].get<size_t>(), c["predicted"].get<size_t>(),
             c["overlap_precision"].get<double>(), c["overlap_recall"].get<double>(),
             c["overlap_f1"].get<double>(), c["exact_precision"].get<double>(),
             c["exact_recall"].get<double>(), c["exact_f1"].get<double>(),
             c["source_accuracy"].get<double>(), c["source_correct"].get<size_t>(),
             c["source_eligible"].get<size_t>(), targets);
    out += buf;
  };
  subset("quoted", j["quoted"], "overlap F1 >= 0.90, source >= 0.90");
  subset("all", j["all"],
         "exact F1 >= 0.75, source >= 0.88 (CofeNet, PolNeAR test, sentence level: 0.729 / 0.832)");
  const AttributionBreakdown& b = breakdown_;
  snprintf(buf, sizeof buf,
           "errors: missed quoted %zu, missed unquoted %zu, partly matched %zu, boundary quoted %zu / "
           "unquoted %zu,\n        wrong source quoted %zu / unquoted %zu, spurious direct %zu / "
           "partial %zu / indirect %zu, nested (set aside) %zu\n",
           b.missed_quoted, b.missed_unquoted, b.partly_matched, b.boundary_quoted,
           b.boundary_unquoted, b.wrong_source_quoted, b.wrong_source_unquoted, b.spurious_direct,
           b.spurious_partial, b.spurious_indirect, b.nested);
  out += buf;
  return out;
}

}  // namespace newsgraph::evaluation

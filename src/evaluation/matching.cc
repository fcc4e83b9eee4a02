#include "evaluation/matching.h"

#include <algorithm>

namespace newsgraph::evaluation {

std::vector<MatchPair> GreedyMatch(size_t gold_count, size_t predicted_count,
                                   const std::function<double(size_t, size_t)>& score,
                                   double min_score) {
  std::vector<MatchPair> candidates;
  for (size_t g = 0; g < gold_count; ++g) {
    for (size_t p = 0; p < predicted_count; ++p) {
      const double s = score(g, p);
      if (s > 0 && s >= min_score) candidates.push_back({g, p, s});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const MatchPair& a, const MatchPair& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.gold != b.gold) return a.gold < b.gold;
    return a.predicted < b.predicted;
  });
  std::vector<bool> gold_used(gold_count), pred_used(predicted_count);
  std::vector<MatchPair> out;
  for (const MatchPair& c : candidates) {
    if (gold_used[c.gold] || pred_used[c.predicted]) continue;
    gold_used[c.gold] = pred_used[c.predicted] = true;
    out.push_back(c);
  }
  std::sort(out.begin(), out.end(),
            [](const MatchPair& a, const MatchPair& b) { return a.gold < b.gold; });
  return out;
}

Prf ComputePrf(double tp_pred, double predicted, double tp_gold, double gold) {
  Prf r;
  r.precision = predicted > 0 ? tp_pred / predicted : 0;
  r.recall = gold > 0 ? tp_gold / gold : 0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  return r;
}

}  // namespace newsgraph::evaluation

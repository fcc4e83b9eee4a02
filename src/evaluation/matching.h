#ifndef NEWSGRAPH_EVALUATION_MATCHING_H_
#define NEWSGRAPH_EVALUATION_MATCHING_H_

#include <cstddef>
#include <functional>
#include <vector>

namespace newsgraph::evaluation {

struct MatchPair {
  size_t gold = 0;
  size_t predicted = 0;
  double score = 0;
};

// One-to-one greedy matching: every (gold, predicted) pair whose score is
// >= min_score and > 0 is a candidate; candidates are taken best score first
// (ties: lower gold index, then lower predicted index) while both sides are
// still free. Deterministic; returns pairs sorted by gold index.
//
// Greedy rather than optimal assignment because spans in one article rarely
// compete, and a rule a developer can replay by hand is worth more here than
// the last fraction of a point.
std::vector<MatchPair> GreedyMatch(size_t gold_count, size_t predicted_count,
                                   const std::function<double(size_t gold, size_t predicted)>& score,
                                   double min_score);

// Precision, recall and F1 from counts; 0 (not NaN) when a denominator is 0.
struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};
Prf ComputePrf(double true_positives_pred, double predicted, double true_positives_gold,
               double gold);

}  // namespace newsgraph::evaluation

#endif  // NEWSGRAPH_EVALUATION_MATCHING_H_

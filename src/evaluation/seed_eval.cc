#include "evaluation/seed_eval.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/utf8.h"
#include "evaluation/matching.h"

namespace newsgraph::evaluation {
namespace {

using nlohmann::json;

std::optional<std::string> OptString(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  return it->get<std::string>();
}

// Calls `fn(obj)` for every non-blank line of a JSON Lines file.
template <typename Fn>
bool ForEachJsonLine(const std::string& path, std::string* error, Fn fn) {
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot open";
    return false;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      fn(json::parse(line));
    } catch (const std::exception& e) {
      *error = path + ":" + std::to_string(number) + ": " + e.what();
      return false;
    }
  }
  return true;
}

bool SameLabel(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  return NormalizeLabel(a.value_or("")) == NormalizeLabel(b.value_or(""));
}

bool LenientCue(const std::optional<std::string>& gold, const std::optional<std::string>& pred) {
  const std::string g = NormalizeLabel(gold.value_or("")), p = NormalizeLabel(pred.value_or(""));
  if (g.empty() || p.empty()) return g == p;
  return g.find(p) != std::string::npos || p.find(g) != std::string::npos;
}

size_t CodePoints(const std::string& s) { return utf8::CodePointCount(s); }

std::string Show(const std::optional<std::string>& s) { return s ? "\"" + *s + "\"" : "null"; }

json OptJson(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

std::string Percent(size_t num, size_t den) {
  char buf[64];
  snprintf(buf, sizeof buf, "%zu/%zu (%.1f%%)", num, den, den ? 100.0 * num / den : 0.0);
  return buf;
}

std::string Clip(const std::string& s, size_t max_cp = 110) {
  if (CodePoints(s) <= max_cp) return s;
  size_t pos = 0;
  for (size_t i = 0; i < max_cp && pos < s.size(); ++i) utf8::Next(s, &pos);
  return s.substr(0, pos) + "…";
}

}  // namespace

bool LoadGoldQuotes(const std::string& path, std::vector<GoldQuote>* out, std::string* error) {
  return ForEachJsonLine(path, error, [&](const json& obj) {
    GoldQuote g;
    g.span = {obj.at("start").get<uint32_t>(), obj.at("end").get<uint32_t>()};
    g.text = obj.at("quote").get<std::string>();
    g.kind = obj.at("kind").get<std::string>();
    g.speaker = OptString(obj, "speaker");
    g.speaker_role = OptString(obj, "speaker_role");
    g.cue = OptString(obj, "cue");
    out->push_back(std::move(g));
  });
}

bool LoadGoldReported(const std::string& path, std::vector<GoldReported>* out,
                      std::string* error) {
  return ForEachJsonLine(path, error, [&](const json& obj) {
    GoldReported g;
    g.clause_start = obj.at("clause_start").get<uint32_t>();
    g.clause_prefix = obj.at("clause_prefix").get<std::string>();
    g.speaker = OptString(obj, "speaker");
    out->push_back(std::move(g));
  });
}

SeedScore ScoreSeed(const TokenizedText& text, const std::vector<GoldQuote>& gold,
                    const std::vector<GoldReported>& reported,
                    const std::vector<PredictedQuote>& predicted, const SeedOptions& options) {
  SeedScore s;
  s.quotes.resize(gold.size());
  s.reported.resize(reported.size());

  for (size_t i = 0; i < gold.size(); ++i) {
    if (text.Utf8(gold[i].span) != gold[i].text) {
      s.gold_warnings.push_back("gold quote " + std::to_string(i + 1) + " [" +
                                std::to_string(gold[i].span.begin) + "," +
                                std::to_string(gold[i].span.end) +
                                ") does not match the article text");
    }
  }
  for (size_t i = 0; i < reported.size(); ++i) {
    const GoldReported& r = reported[i];
    const CpSpan at{r.clause_start, r.clause_start + static_cast<uint32_t>(CodePoints(r.clause_prefix))};
    if (text.Utf8(at) != r.clause_prefix) {
      s.gold_warnings.push_back("gold reported statement " + std::to_string(i + 1) +
                                ": clause_prefix not found at clause_start " +
                                std::to_string(r.clause_start));
    }
  }

  // Quotes: every prediction may match a gold quote, whatever its kind; an
  // indirect prediction that does is a quote with the wrong kind.
  const auto pairs = GreedyMatch(
      gold.size(), predicted.size(),
      [&](size_t g, size_t p) { return text.TokenJaccard(gold[g].span, predicted[p].content); },
      options.min_jaccard);
  std::vector<bool> pred_used(predicted.size());
  for (const MatchPair& m : pairs) {
    const GoldQuote& g = gold[m.gold];
    const PredictedQuote& p = predicted[m.predicted];
    QuoteOutcome& o = s.quotes[m.gold];
    o.predicted = static_cast<int>(m.predicted);
    o.jaccard = m.score;
    o.kind_ok = g.kind == p.kind;
    o.speaker_ok = SameLabel(g.speaker, p.speaker);
    o.role_ok = SameLabel(g.speaker_role, p.speaker_role);
    o.cue_ok = SameLabel(g.cue, p.cue);
    o.cue_lenient_ok = LenientCue(g.cue, p.cue);
    pred_used[m.predicted] = true;
    ++s.matched;
    s.kind_correct += o.kind_ok;
    s.speaker_correct += o.speaker_ok;
    s.role_correct += o.role_ok;
    s.cue_correct += o.cue_ok;
    s.cue_lenient_correct += o.cue_lenient_ok;
  }

  // Reported speech: the remaining indirect predictions, nearest start first.
  std::vector<size_t> indirect;
  for (size_t p = 0; p < predicted.size(); ++p) {
    if (!pred_used[p] && predicted[p].kind == "indirect") indirect.push_back(p);
  }
  const auto rpairs = GreedyMatch(
      reported.size(), indirect.size(),
      [&](size_t g, size_t k) -> double {
        const GoldReported& r = reported[g];
        const CpSpan c = predicted[indirect[k]].content;
        const uint32_t prefix_end = r.clause_start + static_cast<uint32_t>(CodePoints(r.clause_prefix));
        if (c.begin + options.max_lead < r.clause_start) return 0;
        if (c.begin > r.clause_start + options.max_late) return 0;
        if (c.end + options.max_late < prefix_end) return 0;
        const uint32_t d = c.begin > r.clause_start ? c.begin - r.clause_start : r.clause_start - c.begin;
        return 1.0 / (1.0 + d);
      },
      0.0);
  for (const MatchPair& m : rpairs) {
    const size_t p = indirect[m.predicted];
    ReportedOutcome& o = s.reported[m.gold];
    o.predicted = static_cast<int>(p);
    o.speaker_ok = SameLabel(reported[m.gold].speaker, predicted[p].speaker);
    pred_used[p] = true;
    ++s.reported_found;
    s.reported_speaker_correct += o.speaker_ok;
  }

  for (size_t p = 0; p < predicted.size(); ++p) {
    const bool is_indirect = predicted[p].kind == "indirect";
    if (!is_indirect) ++s.predicted_quotes;
    if (pred_used[p]) continue;
    (is_indirect ? s.unlisted_indirect : s.spurious).push_back(p);
  }
  for (const QuoteOutcome& o : s.quotes) {
    if (o.predicted >= 0 && predicted[o.predicted].kind == "indirect") ++s.predicted_quotes;
  }
  return s;
}

nlohmann::json SeedReportJson(const SeedScore& s, const SeedData& d) {
  const Prf prf = ComputePrf(s.matched, s.predicted_quotes, s.matched, d.gold.size());
  auto share = [](size_t n, size_t den) { return den ? static_cast<double>(n) / den : 0.0; };
  json summary = {
      {"gold_quotes", d.gold.size()},
      {"predicted_quotes", s.predicted_quotes},
      {"matched_quotes", s.matched},
      {"quote_precision", prf.precision},
      {"quote_recall", prf.recall},
      {"quote_f1", prf.f1},
      {"kind_accuracy", share(s.kind_correct, s.matched)},
      {"speaker_accuracy", share(s.speaker_correct, s.matched)},
      {"role_accuracy", share(s.role_correct, s.matched)},
      {"cue_accuracy", share(s.cue_correct, s.matched)},
      {"cue_lenient_accuracy", share(s.cue_lenient_correct, s.matched)},
      {"quotes_with_correct_speaker", s.speaker_correct},
      {"gold_reported", d.reported.size()},
      {"reported_found", s.reported_found},
      {"reported_with_correct_speaker", s.reported_speaker_correct},
      {"reported_recall", share(s.reported_found, d.reported.size())},
      {"reported_recall_correct_speaker", share(s.reported_speaker_correct, d.reported.size())},
      {"unlisted_indirect", s.unlisted_indirect.size()},
  };
  auto pred_json = [&](size_t p) {
    const PredictedQuote& q = d.predicted[p];
    return json{{"text", d.text.Utf8(q.content)},
                {"start", q.content.begin},
                {"end", q.content.end},
                {"kind", q.kind},
                {"speaker", OptJson(q.speaker)},
                {"speaker_role", OptJson(q.speaker_role)},
                {"cue", OptJson(q.cue)}};
  };
  json missed = json::array(), wrong = json::array(), missed_reported = json::array(),
       wrong_reported = json::array(), spurious = json::array(), unlisted = json::array();
  for (size_t i = 0; i < d.gold.size(); ++i) {
    const GoldQuote& g = d.gold[i];
    const QuoteOutcome& o = s.quotes[i];
    json gj = {{"text", g.text},          {"start", g.span.begin},   {"end", g.span.end},
               {"kind", g.kind},          {"speaker", OptJson(g.speaker)},
               {"speaker_role", OptJson(g.speaker_role)}, {"cue", OptJson(g.cue)}};
    if (o.predicted < 0) {
      missed.push_back(gj);
      continue;
    }
    json fields = json::array();
    if (!o.kind_ok) fields.push_back("kind");
    if (!o.speaker_ok) fields.push_back("speaker");
    if (!o.role_ok) fields.push_back("speaker_role");
    if (!o.cue_ok) fields.push_back("cue");
    if (!fields.empty()) {
      wrong.push_back({{"gold", gj},
                       {"predicted", pred_json(o.predicted)},
                       {"jaccard", o.jaccard},
                       {"wrong", fields}});
    }
  }
  for (size_t i = 0; i < d.reported.size(); ++i) {
    const GoldReported& r = d.reported[i];
    const ReportedOutcome& o = s.reported[i];
    json gj = {{"clause_start", r.clause_start},
               {"clause_prefix", r.clause_prefix},
               {"speaker", OptJson(r.speaker)}};
    if (o.predicted < 0) {
      missed_reported.push_back(gj);
    } else if (!o.speaker_ok) {
      wrong_reported.push_back({{"gold", gj}, {"predicted", pred_json(o.predicted)}});
    }
  }
  for (size_t p : s.spurious) spurious.push_back(pred_json(p));
  for (size_t p : s.unlisted_indirect) unlisted.push_back(pred_json(p));
  return json{{"summary", summary},
              {"errors",
               {{"missed_quotes", missed},
                {"wrong_attributes", wrong},
                {"missed_reported", missed_reported},
                {"wrong_reported_speaker", wrong_reported},
                {"spurious_quotes", spurious},
                {"unlisted_indirect", unlisted}}},
              {"gold_warnings", s.gold_warnings}};
}

std::string SeedReportText(const SeedScore& s, const SeedData& d) {
  std::ostringstream out;
  const Prf prf = ComputePrf(s.matched, s.predicted_quotes, s.matched, d.gold.size());
  char buf[256];
  snprintf(buf, sizeof buf, "quotes: precision %.3f  recall %.3f  F1 %.3f  (%zu matched, %zu gold, %zu predicted)\n",
           prf.precision, prf.recall, prf.f1, s.matched, d.gold.size(), s.predicted_quotes);
  out << buf;
  out << "  of matched: kind " << Percent(s.kind_correct, s.matched) << ", speaker "
      << Percent(s.speaker_correct, s.matched) << ", role " << Percent(s.role_correct, s.matched)
      << ", cue " << Percent(s.cue_correct, s.matched) << " (lenient "
      << Percent(s.cue_lenient_correct, s.matched) << ")\n";
  out << "  gold quotes with the correct speaker: " << Percent(s.speaker_correct, d.gold.size()) << "\n";
  out << "reported speech: found " << Percent(s.reported_found, d.reported.size())
      << ", with the correct speaker " << Percent(s.reported_speaker_correct, d.reported.size())
      << "\n";
  out << "indirect predictions not in the gold list: " << s.unlisted_indirect.size() << "\n";
  for (const std::string& w : s.gold_warnings) out << "WARNING: " << w << "\n";

  auto pred_line = [&](size_t p) {
    const PredictedQuote& q = d.predicted[p];
    return "[" + std::to_string(q.content.begin) + "," + std::to_string(q.content.end) + ") " +
           q.kind + " \"" + Clip(d.text.Utf8(q.content)) + "\" speaker=" + Show(q.speaker) +
           " role=" + Show(q.speaker_role) + " cue=" + Show(q.cue);
  };
  bool header = false;
  for (size_t i = 0; i < d.gold.size(); ++i) {
    const GoldQuote& g = d.gold[i];
    const QuoteOutcome& o = s.quotes[i];
    if (o.predicted >= 0 && o.kind_ok && o.speaker_ok && o.role_ok && o.cue_ok) continue;
    if (!header) out << "\n== gold quotes missed or misattributed ==\n";
    header = true;
    out << "#" << i + 1 << " [" << g.span.begin << "," << g.span.end << ") " << g.kind << " \""
        << Clip(g.text) << "\"\n    gold: speaker=" << Show(g.speaker)
        << " role=" << Show(g.speaker_role) << " cue=" << Show(g.cue) << "\n";
    if (o.predicted < 0) {
      out << "    MISSED\n";
      continue;
    }
    std::string wrong;
    if (!o.kind_ok) wrong += " kind";
    if (!o.speaker_ok) wrong += " speaker";
    if (!o.role_ok) wrong += " role";
    if (!o.cue_ok) wrong += " cue";
    snprintf(buf, sizeof buf, "    WRONG:%s (jaccard %.2f)\n    got:  ", wrong.c_str(), o.jaccard);
    out << buf << pred_line(o.predicted) << "\n";
  }
  header = false;
  for (size_t i = 0; i < d.reported.size(); ++i) {
    const GoldReported& r = d.reported[i];
    const ReportedOutcome& o = s.reported[i];
    if (o.predicted >= 0 && o.speaker_ok) continue;
    if (!header) out << "\n== reported speech missed or misattributed ==\n";
    header = true;
    out << "R" << i + 1 << " @" << r.clause_start << " \"" << r.clause_prefix
        << "...\" gold speaker=" << Show(r.speaker) << "\n";
    if (o.predicted < 0) {
      out << "    MISSED\n";
    } else {
      out << "    WRONG speaker; got: " << pred_line(o.predicted) << "\n";
    }
  }
  if (!s.spurious.empty()) {
    out << "\n== quoted predictions matching no gold quote ==\n";
    for (size_t p : s.spurious) out << "  " << pred_line(p) << "\n";
  }
  if (!s.unlisted_indirect.empty()) {
    out << "\n== indirect predictions matching no gold statement (gold may be incomplete) ==\n";
    for (size_t p : s.unlisted_indirect) out << "  " << pred_line(p) << "\n";
  }
  return out.str();
}

}  // namespace newsgraph::evaluation

#include "evaluation/gum.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "evaluation/spans.h"
#include "quotes/marks.h"
#include "quotes/speaker.h"
#include "text/heading.h"

namespace newsgraph::evaluation::gum {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) return out;
    start = pos + 1;
  }
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

int ToInt(std::string_view s) { return atoi(std::string(s).c_str()); }

Class ClassOf(std::string_view etype) {
  if (etype == "person") return Class::kPerson;
  if (etype == "organization") return Class::kOrg;
  if (etype == "place") return Class::kPlace;
  if (etype == "time") return Class::kDate;
  return Class::kOther;
}

// Words that join the parts of a multi-word name: "Bank of America", "J-Lo",
// "Food and Drug Administration", "Charles de Gaulle".
// A person's name crosses no "of", "for" or "the": "Leung Kwok-hung of LSD"
// is a person and an organisation, not one name.
bool IsConnector(const Word& w, Class cls) {
  static const std::set<std::string, std::less<>> kWords = {"of", "for", "and", "&", "the", "de", "-"};
  static const std::set<std::string, std::less<>> kPersonWords = {"and", "&", "de", "-"};
  std::string lower = w.form;
  for (char& c : lower) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return (cls == Class::kPerson ? kPersonWords : kWords).count(lower) > 0;
}

bool IsPropn(const Word& w) { return w.upos == "PROPN"; }

// A word that belongs to a name next to a PROPN: GUM tags the adjectives and
// nouns of many names as such ("the Ottoman Empire", "the English Channel",
// "Cape of Good Hope"), and participles as VERB ("the United States"); only
// their capital shows they are part of it.
bool IsNameWord(const Word& w) {
  if (IsPropn(w)) return true;
  const bool participle = w.upos == "VERB" && w.deprel == "amod";
  if (w.upos != "ADJ" && w.upos != "NOUN" && w.upos != "NUM" && !participle) return false;
  return !w.form.empty() && isupper(static_cast<unsigned char>(w.form[0]));
}

// What makes a time mention a date an NER system can be asked to find:
// "2006", "the 1990s", "February 23", "Thursday"; not "last year", "then".
bool IsDateWord(const Word& w) {
  static const std::set<std::string, std::less<>> kNames = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
      "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday"};
  if (kNames.count(w.form)) return true;
  return std::any_of(w.form.begin(), w.form.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class Parser {
 public:
  explicit Parser(GumDocument* doc) : d_(doc) {}

  // Returns false at the start of a second document.
  bool Line(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (StartsWith(line, "# newdoc")) {
      if (seen_doc_) return false;
      seen_doc_ = true;
      const size_t eq = line.find("id = ");
      if (eq != std::string_view::npos) d_->id = std::string(line.substr(eq + 5));
    } else if (line == "# newpar" || StartsWith(line, "# newpar ")) {
      new_paragraph_ = true;
    } else if (StartsWith(line, "# text = ")) {
      if (!d_->text.empty()) d_->text += new_paragraph_ ? "\n\n" : " ";
      new_paragraph_ = false;
      base_ = static_cast<uint32_t>(d_->text.size());
      sentence_ = line.substr(9);
      d_->text += sentence_;
      cursor_ = 0;
      first_word_ = d_->words.size();
      mwt_last_ = 0;
    } else if (!line.empty() && line[0] != '#') {
      Token(line);
    }
    return true;
  }

  void Finish() {
    // Unclosed brackets are annotation errors; their mentions have no end.
    std::vector<GumMention> closed;
    for (size_t i = 0; i < d_->mentions.size(); ++i) {
      if (closed_[i]) closed.push_back(d_->mentions[i]);
    }
    d_->mentions = std::move(closed);
    for (GumMention& m : d_->mentions) {
      m.head = m.first;
      bool found = false;
      for (int pass = 0; pass < 2 && !found; ++pass) {
        for (uint32_t w = m.first; w <= m.last; ++w) {
          const Word& word = d_->words[w];
          // Punctuation at a mention's edge often hangs outside it; it is no head.
          if (pass == 0 && word.upos == "PUNCT") continue;
          if (word.head < static_cast<int32_t>(m.first) || word.head > static_cast<int32_t>(m.last)) {
            m.head = w;
            found = true;
            break;
          }
        }
      }
    }
  }

 private:
  Span Align(std::string_view form) {
    while (cursor_ < sentence_.size() && (sentence_[cursor_] == ' ' || sentence_[cursor_] == '\t')) {
      ++cursor_;
    }
    size_t at = cursor_;
    if (sentence_.compare(cursor_, form.size(), form) != 0) {
      at = sentence_.find(form, cursor_);
      if (at == std::string_view::npos || form.empty()) {
        ++d_->unaligned_words;
        return {base_ + static_cast<uint32_t>(cursor_), base_ + static_cast<uint32_t>(cursor_)};
      }
    }
    cursor_ = at + form.size();
    return {base_ + static_cast<uint32_t>(at), base_ + static_cast<uint32_t>(cursor_)};
  }

  // The words of "Byron's" get "Byron" and "'s", so that a name's span does
  // not take in the clitic; words that do not spell their surface ("dunno")
  // share what is left of it.
  Span InsideMultiword(std::string_view form) {
    const std::string_view rest(d_->text.data() + mwt_cursor_, mwt_span_.end - mwt_cursor_);
    const uint32_t begin = mwt_cursor_;
    mwt_cursor_ = rest.substr(0, form.size()) == form ? begin + static_cast<uint32_t>(form.size())
                                                       : mwt_span_.end;
    return {begin, mwt_cursor_};
  }

  void Token(std::string_view line) {
    const auto cols = Split(line, '\t');
    if (cols.size() < 10) return;
    const std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) return;  // empty node: no surface
    const size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      mwt_last_ = ToInt(id.substr(dash + 1));
      mwt_span_ = Align(cols[1]);
      mwt_cursor_ = mwt_span_.begin;
      return;
    }
    const int n = ToInt(id);
    Word w;
    w.form = std::string(cols[1]);
    w.upos = std::string(cols[3]);
    w.deprel = std::string(cols[7]);
    w.span = n <= mwt_last_ ? InsideMultiword(cols[1]) : Align(cols[1]);
    const int head = ToInt(cols[6]);
    w.head = head == 0 ? -1 : static_cast<int32_t>(first_word_ + head - 1);
    const uint32_t index = static_cast<uint32_t>(d_->words.size());
    d_->words.push_back(std::move(w));
    for (std::string_view item : Split(cols[9], '|')) {
      if (StartsWith(item, "Entity=")) Brackets(item.substr(7), index);
    }
  }

  // "(7-person-acc:inf-snsnn-cf2-5-coref" opens, "7)" closes, and an opening
  // followed at once by ")" is a one-word mention.
  void Brackets(std::string_view v, uint32_t word) {
    size_t i = 0;
    while (i < v.size()) {
      if (v[i] == '(') {
        size_t j = i + 1;
        while (j < v.size() && v[j] != '(' && v[j] != ')') ++j;
        const auto f = Split(v.substr(i + 1, j - i - 1), '-');
        GumMention m;
        m.first = m.last = word;
        m.chain = ToInt(f[0]);
        if (f.size() > 1) m.etype = std::string(f[1]);
        if (f.size() > 2) m.infstat = std::string(f[2]);
        if (f.size() > 7) m.identity = std::string(f[7]);
        d_->mentions.push_back(m);
        closed_.push_back(false);
        if (j < v.size() && v[j] == ')') {
          closed_.back() = true;
          i = j + 1;
        } else {
          open_.push_back(d_->mentions.size() - 1);
          i = j;
        }
      } else if (isdigit(static_cast<unsigned char>(v[i]))) {
        size_t j = i;
        while (j < v.size() && isdigit(static_cast<unsigned char>(v[j]))) ++j;
        if (j < v.size() && v[j] == ')') {
          const int chain = ToInt(v.substr(i, j - i));
          for (size_t k = open_.size(); k-- > 0;) {
            if (d_->mentions[open_[k]].chain == chain) {
              d_->mentions[open_[k]].last = word;
              closed_[open_[k]] = true;
              open_.erase(open_.begin() + static_cast<long>(k));
              break;
            }
          }
          ++j;
        }
        i = j;
      } else {
        ++i;
      }
    }
  }

  GumDocument* d_;
  bool seen_doc_ = false, new_paragraph_ = true;
  std::string_view sentence_;
  uint32_t base_ = 0;
  size_t cursor_ = 0, first_word_ = 0;
  int mwt_last_ = 0;
  Span mwt_span_;
  uint32_t mwt_cursor_ = 0;
  std::vector<size_t> open_;  // indexes into d_->mentions
  std::vector<bool> closed_;  // parallel to d_->mentions
};

// The name inside a named mention: the run of name words (and NUM words
// after the head, "World War II") around the head, across connectors when
// another name word follows. Drops "the", "former", relative clauses.
void NameRange(const GumDocument& d, const GumMention& m, uint32_t* lo, uint32_t* hi) {
  const Class cls = ClassOf(m.etype);
  *lo = *hi = m.head;
  for (uint32_t k = m.head + 1; k <= m.last;) {
    const Word& w = d.words[k];
    if (IsNameWord(w) || w.upos == "NUM") {
      *hi = k++;
      continue;
    }
    uint32_t j = k;
    while (j <= m.last && IsConnector(d.words[j], cls)) ++j;
    if (j == k || j > m.last || !IsNameWord(d.words[j])) break;
    *hi = j;
    k = j + 1;
  }
  for (uint32_t k = m.head; k > m.first;) {
    const Word& w = d.words[k - 1];
    if (IsNameWord(w)) {
      *lo = --k;
      continue;
    }
    uint32_t j = k - 1;
    while (j > m.first && IsConnector(d.words[j], cls)) --j;
    if (j == k - 1 || !IsNameWord(d.words[j]) || IsConnector(d.words[j], cls)) break;
    *lo = j;
    k = j;
  }
}

bool IsCoordination(const GumDocument& d, const GumMention& m) {
  for (uint32_t k = m.first; k <= m.last; ++k) {
    if (d.words[k].head == static_cast<int32_t>(m.head) && d.words[k].deprel == "conj") return true;
  }
  return false;
}

// Relations that attach a modifier a date NER span leaves out: "1600 hours
// [required to ...]", "23 years [at the University]", "October, 1805, [when
// I entered Trinity College]".
bool LeavesTimeCore(std::string_view rel) {
  return rel == "nmod" || rel == "nmod:poss" || StartsWith(rel, "acl") || rel == "appos" ||
         rel == "parataxis" || rel == "conj" || rel == "cc" || rel == "punct" || rel == "dep" ||
         StartsWith(rel, "advcl") || StartsWith(rel, "obl") || rel == "list" || rel == "orphan";
}

bool TimeRange(const GumDocument& d, const GumMention& m, uint32_t* lo, uint32_t* hi) {
  *lo = *hi = m.head;
  bool dated = IsDateWord(d.words[m.head]);
  for (uint32_t k = m.first; k <= m.last; ++k) {
    bool core = true;
    uint32_t w = k;
    // A head cycle (malformed file) ends the walk after the mention's length.
    for (uint32_t steps = 0; w != m.head && core; ++steps) {
      if (steps > m.last - m.first) {
        core = false;
        break;
      }
      const Word& word = d.words[w];
      if (LeavesTimeCore(word.deprel) || word.head < static_cast<int32_t>(m.first) ||
          word.head > static_cast<int32_t>(m.last)) {
        core = false;
      } else {
        w = static_cast<uint32_t>(word.head);
      }
    }
    if (!core) continue;
    *lo = std::min(*lo, k);
    *hi = std::max(*hi, k);
    dated = dated || IsDateWord(d.words[k]);
  }
  if (!dated) return false;
  while (*lo < *hi && (d.words[*lo].upos == "DET" || d.words[*lo].upos == "ADP")) ++*lo;
  while (*hi > *lo && d.words[*hi].upos == "PUNCT") --*hi;
  return true;
}

}  // namespace

std::string_view ClassName(Class c) {
  switch (c) {
    case Class::kPerson: return "PERSON";
    case Class::kOrg: return "ORG";
    case Class::kPlace: return "PLACE";
    case Class::kDate: return "DATE";
    case Class::kOther: return "OTHER";
  }
  return "OTHER";
}

GumDocument ParseConllu(std::string_view conllu) {
  GumDocument doc;
  Parser parser(&doc);
  size_t start = 0;
  while (start < conllu.size()) {
    size_t end = conllu.find('\n', start);
    if (end == std::string_view::npos) end = conllu.size();
    if (!parser.Line(conllu.substr(start, end - start))) break;
    start = end + 1;
  }
  parser.Finish();
  return doc;
}

std::vector<GoldMention> GoldMentions(const GumDocument& doc) {
  std::vector<GoldMention> candidates;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const GumMention& m = doc.mentions[i];
    GoldMention g;
    g.cls = ClassOf(m.etype);
    g.chain = m.chain;
    g.named = IsPropn(doc.words[m.head]);
    g.source = i;
    uint32_t lo, hi;
    if (IsCoordination(doc, m)) continue;
    if (g.cls == Class::kDate) {
      if (!TimeRange(doc, m, &lo, &hi)) continue;
    } else {
      if (!g.named) continue;
      NameRange(doc, m, &lo, &hi);
    }
    g.span = {doc.words[lo].span.begin, doc.words[hi].span.end};
    candidates.push_back(g);
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const GoldMention& a, const GoldMention& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
  std::vector<GoldMention> out;
  for (const GoldMention& c : candidates) {
    const bool nested = std::any_of(out.begin(), out.end(), [&](const GoldMention& k) {
      return k.span.begin <= c.span.begin && c.span.end <= k.span.end;
    });
    if (!nested) out.push_back(c);
  }
  return out;
}

std::vector<PredictedMention> PredictedMentions(const Document& doc) {
  std::vector<PredictedMention> out;
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || static_cast<size_t>(m.entity) >= doc.entities.size()) continue;
    Class cls;
    switch (doc.entities[m.entity].type) {
      case EntityType::kPerson: cls = Class::kPerson; break;
      case EntityType::kOrg: cls = Class::kOrg; break;
      case EntityType::kGpe:
      case EntityType::kLoc: cls = Class::kPlace; break;
      case EntityType::kDate: cls = Class::kDate; break;
      default: continue;
    }
    PredictedMention p;
    p.span = m.span;
    if (!m.title.empty() && m.title.begin < m.span.begin) p.span.begin = m.title.begin;
    p.cls = cls;
    p.entity = m.entity;
    out.push_back(p);
  }
  return out;
}

std::vector<PredictedMention> OracleMentions(const std::vector<GoldMention>& gold) {
  std::vector<PredictedMention> out;
  for (const GoldMention& g : gold) {
    if (g.cls == Class::kOther) continue;
    out.push_back({g.span, g.cls, g.chain});
  }
  return out;
}

std::map<std::string, std::string> ParseSplits(std::string_view md) {
  std::map<std::string, std::string> out;
  std::string split;
  size_t start = 0;
  while (start < md.size()) {
    size_t end = md.find('\n', start);
    if (end == std::string_view::npos) end = md.size();
    std::string_view line = md.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (StartsWith(line, "## ")) {
      split = std::string(line.substr(3));
      continue;
    }
    size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    if (!split.empty() && line.substr(i, 2) == "* ") out[std::string(line.substr(i + 2))] = split;
  }
  return out;
}


// ---- scoring -----------------------------------------------------------------

namespace {

std::string Quoted(const TokenizedText& t, CpSpan s) { return "\"" + t.Utf8(s) + "\""; }

// What GUM has under a spurious prediction, so that a false positive on
// "the Senate" can be told from one on an unnamed or unmarked span.
std::string GumUnder(const GumDocument& gum, const TokenizedText& t, const ByteToCodePoint& cp,
                     Span bytes) {
  const GumMention* best = nullptr;
  for (const GumMention& m : gum.mentions) {
    const Span s{gum.words[m.first].span.begin, gum.words[m.last].span.end};
    if (s.end <= bytes.begin || bytes.end <= s.begin) continue;
    // The smallest mention around the prediction explains it best.
    if (!best || s.size() < gum.words[best->last].span.end - gum.words[best->first].span.begin) best = &m;
  }
  if (!best) return "gum: no mention";
  const Span s{gum.words[best->first].span.begin, gum.words[best->last].span.end};
  return "gum: " + best->etype + (gum.words[best->head].upos == "PROPN" ? " named " : " unnamed ") +
         Quoted(t, {cp(s.begin), cp(s.end)});
}

}  // namespace

void EntityScorer::AddDocument(const std::string& id, std::string_view text, const GumDocument& gum,
                               const std::vector<GoldMention>& all_gold,
                               const std::vector<PredictedMention>& predicted, std::string* dump) {
  ++c_.documents;
  const TokenizedText t = TokenizedText::FromUtf8(text);
  const ByteToCodePoint cp(text);
  auto to_cp = [&](Span s) { return t.Trim({cp(s.begin), cp(s.end)}); };

  std::vector<const GoldMention*> gold;
  for (const GoldMention& g : all_gold) {
    if (g.cls != Class::kOther) gold.push_back(&g);
  }
  std::vector<CpSpan> gs, ps;
  for (const GoldMention* g : gold) gs.push_back(to_cp(g->span));
  for (const PredictedMention& p : predicted) ps.push_back(to_cp(p.span));

  const auto exact = GreedyMatch(
      gs.size(), ps.size(), [&](size_t g, size_t p) { return gs[g] == ps[p] && gs[g].size() ? 1.0 : 0.0; },
      1.0);
  const auto overlap = GreedyMatch(
      gs.size(), ps.size(), [&](size_t g, size_t p) { return static_cast<double>(t.SharedTokens(gs[g], ps[p])); },
      1.0);

  for (const GoldMention* g : gold) ++c_.gold[static_cast<int>(g->cls)];
  for (const PredictedMention& p : predicted) ++c_.predicted[static_cast<int>(p.cls)];
  std::vector<bool> exact_gold(gs.size());
  for (const MatchPair& m : exact) {
    exact_gold[m.gold] = true;
    ++c_.exact_matched;
    if (gold[m.gold]->cls == predicted[m.predicted].cls) {
      ++c_.exact_same_class;
      ++c_.exact_tp[static_cast<int>(gold[m.gold]->cls)];
    }
  }
  std::vector<int> pred_of_gold(gs.size(), -1), gold_of_pred(ps.size(), -1);
  for (const MatchPair& m : overlap) {
    pred_of_gold[m.gold] = static_cast<int>(m.predicted);
    gold_of_pred[m.predicted] = static_cast<int>(m.gold);
    ++c_.overlap_matched;
    if (gold[m.gold]->cls == predicted[m.predicted].cls) {
      ++c_.overlap_same_class;
      ++c_.overlap_tp[static_cast<int>(gold[m.gold]->cls)];
    }
  }

  // Coreference: pairs of named PERSON/ORG gold mentions in one chain, and
  // pairs of predicted PERSON/ORG mentions in one entity.
  auto corefer_class = [](Class c) { return c == Class::kPerson || c == Class::kOrg; };
  std::map<int32_t, std::vector<size_t>> chains;
  for (size_t g = 0; g < gold.size(); ++g) {
    if (gold[g]->named && corefer_class(gold[g]->cls)) chains[gold[g]->chain].push_back(g);
  }
  for (const auto& [chain, members] : chains) {
    std::set<int32_t> entities;
    size_t unmatched = 0;
    for (size_t i = 0; i < members.size(); ++i) {
      const int pi = pred_of_gold[members[i]];
      if (pi >= 0) entities.insert(predicted[pi].entity);
      if (pi < 0) ++unmatched;
      for (size_t j = i + 1; j < members.size(); ++j) {
        ++c_.gold_pairs;
        const int pj = pred_of_gold[members[j]];
        if (pi < 0 || pj < 0) continue;
        ++c_.gold_pairs_detected;
        if (predicted[pi].entity >= 0 && predicted[pi].entity == predicted[pj].entity) ++c_.gold_pairs_linked;
      }
    }
    // A mention not found is a part of its own, as MUC counts system mentions.
    c_.muc_recall_num += members.size() - entities.size() - unmatched;
    c_.muc_recall_den += members.size() - 1;
    if (dump && entities.size() > 1) {
      std::string line = "SPLIT\t" + id + "\tchain " + std::to_string(chain) + "\t";
      for (size_t g : members) {
        if (pred_of_gold[g] < 0) continue;
        line += Quoted(t, gs[g]) + "[e" + std::to_string(predicted[pred_of_gold[g]].entity) + "] ";
      }
      line.back() = '\n';
      *dump += line;
    }
  }
  std::map<int32_t, std::vector<size_t>> entities;
  for (size_t p = 0; p < predicted.size(); ++p) {
    if (corefer_class(predicted[p].cls) && predicted[p].entity >= 0) entities[predicted[p].entity].push_back(p);
  }
  for (const auto& [entity, members] : entities) {
    std::set<int32_t> chains_here;
    size_t unmatched = 0;
    for (size_t i = 0; i < members.size(); ++i) {
      const int gi = gold_of_pred[members[i]];
      if (gi >= 0) chains_here.insert(gold[gi]->chain);
      if (gi < 0) ++unmatched;
      for (size_t j = i + 1; j < members.size(); ++j) {
        const int gj = gold_of_pred[members[j]];
        if (gi < 0 || gj < 0) {
          ++c_.predicted_pairs_unmatched;
          continue;
        }
        ++c_.predicted_pairs;
        if (gold[gi]->chain == gold[gj]->chain) ++c_.predicted_pairs_right;
      }
    }
    c_.muc_precision_num += members.size() - chains_here.size() - unmatched;
    c_.muc_precision_den += members.size() - 1;
    if (dump && chains_here.size() > 1) {
      std::string line = "MERGED\t" + id + "\tentity e" + std::to_string(entity) + "\t";
      for (size_t p : members) {
        if (gold_of_pred[p] < 0) continue;
        line += Quoted(t, ps[p]) + "[chain " + std::to_string(gold[gold_of_pred[p]]->chain) + "] ";
      }
      line.back() = '\n';
      *dump += line;
    }
  }

  if (!dump) return;
  for (size_t g = 0; g < gold.size(); ++g) {
    const GumMention& src = gum.mentions[gold[g]->source];
    const std::string cls(ClassName(gold[g]->cls));
    const int p = pred_of_gold[g];
    if (p < 0) {
      *dump += "MISSED\t" + id + "\t" + cls + "\t" + Quoted(t, gs[g]) + "\tgum: " + src.etype + " " +
               src.infstat + (src.identity.empty() ? "" : " " + src.identity) + "\n";
      continue;
    }
    const std::string pcls(ClassName(predicted[p].cls));
    if (predicted[p].cls != gold[g]->cls) {
      *dump += "CLASS\t" + id + "\tgold " + cls + " " + Quoted(t, gs[g]) + "\tpredicted " + pcls + " " +
               Quoted(t, ps[p]) + "\n";
    }
    if (!exact_gold[g]) {
      *dump += "BOUNDARY\t" + id + "\t" + cls + "\tgold " + Quoted(t, gs[g]) + "\tpredicted " + pcls + " " +
               Quoted(t, ps[p]) + "\n";
    }
  }
  for (size_t p = 0; p < predicted.size(); ++p) {
    if (gold_of_pred[p] >= 0) continue;
    *dump += "SPURIOUS\t" + id + "\t" + std::string(ClassName(predicted[p].cls)) + "\t" + Quoted(t, ps[p]) +
             "\t" + GumUnder(gum, t, cp, predicted[p].span) + "\n";
  }
}

Prf EntityScorer::Exact(Class c) const {
  const int i = static_cast<int>(c);
  return ComputePrf(c_.exact_tp[i], c_.predicted[i], c_.exact_tp[i], c_.gold[i]);
}

Prf EntityScorer::Overlap(Class c) const {
  const int i = static_cast<int>(c);
  return ComputePrf(c_.overlap_tp[i], c_.predicted[i], c_.overlap_tp[i], c_.gold[i]);
}

namespace {
size_t Sum(const size_t (&a)[kScoredClasses]) {
  size_t n = 0;
  for (size_t v : a) n += v;
  return n;
}
}  // namespace

Prf EntityScorer::ExactAll() const {
  const size_t tp = Sum(c_.exact_tp);
  return ComputePrf(tp, Sum(c_.predicted), tp, Sum(c_.gold));
}

Prf EntityScorer::OverlapAll() const {
  const size_t tp = Sum(c_.overlap_tp);
  return ComputePrf(tp, Sum(c_.predicted), tp, Sum(c_.gold));
}

Prf EntityScorer::ExactUntyped() const {
  return ComputePrf(c_.exact_matched, Sum(c_.predicted), c_.exact_matched, Sum(c_.gold));
}

Prf EntityScorer::OverlapUntyped() const {
  return ComputePrf(c_.overlap_matched, Sum(c_.predicted), c_.overlap_matched, Sum(c_.gold));
}

Prf EntityScorer::Coreference() const {
  return ComputePrf(c_.predicted_pairs_right, c_.predicted_pairs, c_.gold_pairs_linked, c_.gold_pairs);
}

Prf EntityScorer::Muc() const {
  return ComputePrf(c_.muc_precision_num, c_.muc_precision_den, c_.muc_recall_num, c_.muc_recall_den);
}

nlohmann::json EntityScorer::Json() const {
  auto prf = [](const Prf& p) {
    return nlohmann::json{{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1}};
  };
  nlohmann::json j;
  j["documents"] = c_.documents;
  for (int i = 0; i < kScoredClasses; ++i) {
    const Class c = static_cast<Class>(i);
    j["classes"][std::string(ClassName(c))] = {{"gold", c_.gold[i]},
                                               {"predicted", c_.predicted[i]},
                                               {"exact", prf(Exact(c))},
                                               {"overlap", prf(Overlap(c))}};
  }
  j["all"] = {{"gold", Sum(c_.gold)},         {"predicted", Sum(c_.predicted)},
              {"exact", prf(ExactAll())},     {"overlap", prf(OverlapAll())},
              {"exact_untyped", prf(ExactUntyped())}, {"overlap_untyped", prf(OverlapUntyped())},
              {"exact_class_accuracy", c_.exact_matched ? double(c_.exact_same_class) / c_.exact_matched : 0.0},
              {"overlap_class_accuracy",
               c_.overlap_matched ? double(c_.overlap_same_class) / c_.overlap_matched : 0.0}};
  const Prf coref = Coreference();
  j["coreference"] = {
      {"pairwise_precision", coref.precision},
      {"pairwise_recall", coref.recall},
      {"pairwise_f1", coref.f1},
      {"link_recall_detected", c_.gold_pairs_detected ? double(c_.gold_pairs_linked) / c_.gold_pairs_detected : 0.0},
      {"gold_pairs", c_.gold_pairs},
      {"gold_pairs_detected", c_.gold_pairs_detected},
      {"gold_pairs_linked", c_.gold_pairs_linked},
      {"predicted_pairs", c_.predicted_pairs},
      {"predicted_pairs_right", c_.predicted_pairs_right},
      {"predicted_pairs_unmatched", c_.predicted_pairs_unmatched},
      {"muc", prf(Muc())}};
  return j;
}

std::string EntityScorer::Text() const {
  std::string out;
  char buf[512];
  snprintf(buf, sizeof buf, "%zu documents\n%-7s %6s %6s | %-23s | %-23s\n", c_.documents, "class", "gold",
           "pred", "exact   P     R     F1", "overlap P     R     F1");
  out += buf;
  auto row = [&](const char* name, size_t gold, size_t pred, const Prf& e, const Prf& o) {
    snprintf(buf, sizeof buf, "%-7s %6zu %6zu |       %.3f %.3f %.3f |       %.3f %.3f %.3f\n", name, gold,
             pred, e.precision, e.recall, e.f1, o.precision, o.recall, o.f1);
    out += buf;
  };
  for (int i = 0; i < kScoredClasses; ++i) {
    const Class c = static_cast<Class>(i);
    row(std::string(ClassName(c)).c_str(), c_.gold[i], c_.predicted[i], Exact(c), Overlap(c));
  }
  row("all", Sum(c_.gold), Sum(c_.predicted), ExactAll(), OverlapAll());
  row("untyped", Sum(c_.gold), Sum(c_.predicted), ExactUntyped(), OverlapUntyped());
  snprintf(buf, sizeof buf, "class accuracy of matched mentions: exact %.3f (%zu/%zu), overlap %.3f (%zu/%zu)\n",
           c_.exact_matched ? double(c_.exact_same_class) / c_.exact_matched : 0.0, c_.exact_same_class,
           c_.exact_matched, c_.overlap_matched ? double(c_.overlap_same_class) / c_.overlap_matched : 0.0,
           c_.overlap_same_class, c_.overlap_matched);
  out += buf;
  const Prf coref = Coreference();
  snprintf(buf, sizeof buf,
           "coreference (named PERSON/ORG, pairwise): P %.3f (%zu/%zu) R %.3f (%zu/%zu) F1 %.3f; "
           "recall among detected pairs %.3f (%zu/%zu); predicted pairs with an unmatched mention %zu\n",
           coref.precision, c_.predicted_pairs_right, c_.predicted_pairs, coref.recall, c_.gold_pairs_linked,
           c_.gold_pairs, coref.f1,
           c_.gold_pairs_detected ? double(c_.gold_pairs_linked) / c_.gold_pairs_detected : 0.0,
           c_.gold_pairs_linked, c_.gold_pairs_detected, c_.predicted_pairs_unmatched);
  out += buf;
  const Prf muc = Muc();
  snprintf(buf, sizeof buf, "coreference (same mentions, MUC): P %.3f (%zu/%zu) R %.3f (%zu/%zu) F1 %.3f\n",
           muc.precision, c_.muc_precision_num, c_.muc_precision_den, muc.recall, c_.muc_recall_num,
           c_.muc_recall_den, muc.f1);
  out += buf;
  return out;
}

// ---- pronouns -----------------------------------------------------------------

std::string_view PronounPositionName(PronounPosition p) {
  switch (p) {
    case PronounPosition::kSubject: return "subject";
    case PronounPosition::kPossessive: return "possessive";
    case PronounPosition::kOther: return "other";
  }
  return "other";
}

namespace {

char PronounGender(std::string_view form) {
  std::string lower(form);
  for (char& c : lower) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  if (lower == "he" || lower == "him" || lower == "his" || lower == "himself") return 'm';
  if (lower == "she" || lower == "her" || lower == "hers" || lower == "herself") return 'f';
  return 0;
}

}  // namespace

std::vector<GoldPronoun> GoldPronouns(const GumDocument& doc) {
  // Chains by id, mentions in file order (by first word).
  std::map<int32_t, std::vector<size_t>> chains;
  for (size_t i = 0; i < doc.mentions.size(); ++i) chains[doc.mentions[i].chain].push_back(i);
  std::vector<GoldPronoun> out;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const GumMention& m = doc.mentions[i];
    if (m.first != m.last || m.etype != "person") continue;
    const Word& w = doc.words[m.first];
    if (w.upos != "PRON" && w.upos != "DET") continue;
    const char gender = PronounGender(w.form);
    if (!gender) continue;
    GoldPronoun p;
    p.span = w.span;
    p.word = m.first;
    p.gender = gender;
    p.chain = m.chain;
    if (w.deprel == "nsubj" || w.deprel == "nsubj:pass") {
      p.position = PronounPosition::kSubject;
    } else if (w.deprel == "nmod:poss") {
      p.position = PronounPosition::kPossessive;
    }
    bool named_before = false;
    for (size_t j : chains[m.chain]) {
      const GumMention& c = doc.mentions[j];
      p.heads.push_back(doc.words[c.head].span);
      if (c.last < m.first && c.etype == "person" && IsPropn(doc.words[c.head])) {
        named_before = true;
        p.antecedent = {doc.words[c.first].span.begin, doc.words[c.last].span.end};
      }
    }
    if (named_before) out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(), [](const GoldPronoun& a, const GoldPronoun& b) { return a.word < b.word; });
  return out;
}

std::vector<int32_t> ResolvePronouns(const quotes::QuoteLexicons& lex, const Document& doc,
                                     const std::vector<GoldPronoun>& pronouns) {
  // As QuoteAttributor::Process builds its SpeakerFinder.
  std::vector<bool> heading(doc.paragraphs.size());
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) heading[p] = text::LooksLikeHeading(doc, p);
  const std::vector<quotes::Quotation> qs = quotes::FindQuotations(doc, heading);
  const quotes::SpeakerFinder finder(lex, doc, qs);
  std::vector<int32_t> out;
  out.reserve(pronouns.size());
  for (const GoldPronoun& p : pronouns) out.push_back(finder.ResolvePronoun(p.span.begin, p.gender));
  return out;
}

std::vector<int32_t> BaselinePronouns(const Document& doc, const std::vector<GoldPronoun>& pronouns) {
  std::vector<int32_t> out;
  out.reserve(pronouns.size());
  for (const GoldPronoun& p : pronouns) {
    int32_t e = -1;
    auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), p.span.begin,
                               [](const Mention& m, uint32_t pos) { return m.span.begin < pos; });
    while (it != doc.mentions.begin()) {
      --it;
      if (it->entity >= 0 && doc.entities[it->entity].type == EntityType::kPerson) {
        e = it->entity;
        break;
      }
    }
    out.push_back(e);
  }
  return out;
}

bool EntityInChain(const Document& doc, int32_t entity, const GoldPronoun& p) {
  if (entity < 0 || static_cast<size_t>(entity) >= doc.entities.size()) return false;
  for (uint32_t mi : doc.entities[entity].mentions) {
    const Span s = doc.mentions[mi].span;
    for (const Span& h : p.heads) {
      if (s.begin < h.end && h.begin < s.end) return true;
    }
  }
  return false;
}

void PronounScorer::AddDocument(const std::string& id, const Document& doc,
                                const std::vector<GoldPronoun>& pronouns, const std::vector<int32_t>& resolved,
                                const std::vector<int32_t>& baseline, std::string* dump) {
  ++c_.documents;
  for (size_t i = 0; i < pronouns.size(); ++i) {
    const GoldPronoun& p = pronouns[i];
    const int32_t r = i < resolved.size() ? resolved[i] : -1;
    const int32_t b = i < baseline.size() ? baseline[i] : -1;
    const bool right = EntityInChain(doc, r, p), base_right = EntityInChain(doc, b, p);
    for (Tally* t : {&c_.all, &c_.by_position[static_cast<int>(p.position)]}) {
      ++t->pronouns;
      t->resolved += r >= 0;
      t->right += right;
      t->baseline_resolved += b >= 0;
      t->baseline_right += base_right;
    }
    if (!dump || right) continue;
    // The words before the pronoun, on one line, for reading the error.
    const uint32_t from = p.span.begin > 160 ? p.span.begin - 160 : 0;
    std::string before = doc.text.substr(from, p.span.begin - from);
    for (char& ch : before) if (ch == '\n' || ch == '\t') ch = ' ';
    *dump += std::string(r < 0 ? "UNRESOLVED" : "WRONG") + "\t" + id + "\t" +
             std::string(PronounPositionName(p.position)) + "\t\"" + doc.text.substr(p.span.begin, p.span.size()) +
             "\"\tgold \"" + doc.text.substr(p.antecedent.begin, p.antecedent.size()) + "\"\tpredicted " +
             (r < 0 ? "-" : "\"" + doc.entities[r].name + "\"") + "\tbaseline " +
             (b < 0 ? "-" : "\"" + doc.entities[b].name + "\"" + (base_right ? " (right)" : "")) + "\t..." +
             before + "[" + doc.text.substr(p.span.begin, p.span.size()) + "]\n";
  }
}

namespace {
double Share(size_t n, size_t d) { return d ? double(n) / double(d) : 0.0; }
}  // namespace

nlohmann::json PronounScorer::Json() const {
  auto tally = [](const Tally& t) {
    return nlohmann::json{{"pronouns", t.pronouns},
                          {"resolved", t.resolved},
                          {"right", t.right},
                          {"accuracy", Share(t.right, t.pronouns)},
                          {"coverage", Share(t.resolved, t.pronouns)},
                          {"right_when_resolved", Share(t.right, t.resolved)},
                          {"baseline_resolved", t.baseline_resolved},
                          {"baseline_right", t.baseline_right},
                          {"baseline_accuracy", Share(t.baseline_right, t.pronouns)},
                          {"baseline_coverage", Share(t.baseline_resolved, t.pronouns)}};
  };
  nlohmann::json j = tally(c_.all);
  for (int i = 0; i < kPronounPositions; ++i) {
    j["by_position"][std::string(PronounPositionName(static_cast<PronounPosition>(i)))] = tally(c_.by_position[i]);
  }
  return j;
}

std::string PronounScorer::Text() const {
  std::string out;
  char buf[512];
  snprintf(buf, sizeof buf,
           "pronouns (he/she/him/her/his/hers/himself/herself whose chain names a person before them): %zu\n"
           "%-10s %5s | %-32s | %-24s\n",
           c_.all.pronouns, "position", "n", "resolver accuracy   coverage", "baseline accuracy");
  out += buf;
  auto row = [&](const char* name, const Tally& t) {
    snprintf(buf, sizeof buf, "%-10s %5zu | %.3f (%4zu)  %.3f (%4zu) | %.3f (%4zu)\n", name, t.pronouns,
             Share(t.right, t.pronouns), t.right, Share(t.resolved, t.pronouns), t.resolved,
             Share(t.baseline_right, t.pronouns), t.baseline_right);
    out += buf;
  };
  row("all", c_.all);
  for (int i = 0; i < kPronounPositions; ++i) {
    row(std::string(PronounPositionName(static_cast<PronounPosition>(i))).c_str(), c_.by_position[i]);
  }
  return out;
}

}  // namespace newsgraph::evaluation::gum

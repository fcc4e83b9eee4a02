#include "core/language.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/lexicon.h"

namespace newsgraph {
namespace {

struct Table {
  std::vector<std::string> codes;
  // word -> bit set of the languages it belongs to
  std::unordered_map<std::string, uint32_t> words;
};

const Table& Languages() {
  static const Table table = [] {
    Table t;
    for (std::string_view line : LexiconLines("language/stopwords.txt")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      uint32_t bit = 1u << t.codes.size();
      t.codes.emplace_back(line.substr(0, tab));
      std::string_view rest = line.substr(tab + 1);
      size_t pos = 0;
      while (pos < rest.size()) {
        size_t sp = rest.find(' ', pos);
        if (sp == std::string_view::npos) sp = rest.size();
        if (sp > pos) t.words[std::string(rest.substr(pos, sp - pos))] |= bit;
        pos = sp + 1;
      }
    }
    return t;
  }();
  return table;
}

}  // namespace

bool CanGuessLanguage(std::string_view code) {
  const Table& table = Languages();
  return std::find(table.codes.begin(), table.codes.end(), code) != table.codes.end();
}

std::string GuessLanguage(std::string_view text) {
  const Table& table = Languages();
  std::vector<int> hits(table.codes.size());
  text = text.substr(0, 20000);
  std::string word;
  int total_words = 0;
  auto flush = [&] {
    if (word.empty()) return;
    ++total_words;
    auto it = table.words.find(word);
    if (it != table.words.end()) {
      for (size_t k = 0; k < table.codes.size(); ++k) {
        if (it->second & (1u << k)) ++hits[k];
      }
    }
    word.clear();
  };
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80)) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
    }
  }
  flush();
  if (total_words < 20) return {};
  size_t best = std::max_element(hits.begin(), hits.end()) - hits.begin();
  int second = 0;
  for (size_t k = 0; k < hits.size(); ++k) {
    if (k != best) second = std::max(second, hits[k]);
  }
  // Function words make up a large share of any text in their language;
  // demand both a fair share and a clear lead over the runner-up.
  if (hits[best] * 10 < total_words || hits[best] < second * 3 / 2) return {};
  return table.codes[best];
}

}  // namespace newsgraph

#ifndef NEWSGRAPH_TEXT_WORDS_H_
#define NEWSGRAPH_TEXT_WORDS_H_

// Comparing a token with a short list of words, the rules' commonest test.

#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <string_view>

namespace newsgraph::text {

// True when `t` equals one of `words`, byte for byte. Most tokens match none
// of a list, and most that share a word's length differ in its first byte,
// so length and first byte are compared before the rest.
[[gnu::always_inline]] inline bool IsOneOf(std::string_view t, std::initializer_list<std::string_view> words) {
  const size_t n = t.size();
  if (n == 0) {
    for (std::string_view w : words) {
      if (w.empty()) return true;
    }
    return false;
  }
  const char first = t[0];
  for (std::string_view w : words) {
    if (w.size() == n && w[0] == first && std::memcmp(w.data() + 1, t.data() + 1, n - 1) == 0) return true;
  }
  return false;
}

// A word of a fixed list, given as a template argument.
template <size_t N>
struct Word {
  char chars[N];
  constexpr Word(const char (&w)[N]) {  // NOLINT: implicit, so a literal names it
    for (size_t i = 0; i < N; ++i) chars[i] = w[i];
  }
  constexpr std::string_view view() const { return std::string_view(chars, N - 1); }
};

// True when `t` equals one of the words: Is<"said", "told">(t). The list is
// known when the rule is compiled, so each test becomes compares of
// constant lengths and bytes, with no list built at run time (GCC 12
// builds an initializer_list's array on the stack at every call).
template <Word... W>
[[gnu::always_inline]] inline bool Is(std::string_view t) {
  return ((t.size() == W.view().size() && t == W.view()) || ...);
}

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_WORDS_H_

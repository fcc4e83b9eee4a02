#include "html/tokenizer.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "html/entities.h"

namespace newsgraph::html {
namespace {

inline bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}
inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Character classes of the tag scanner, one table look-up per byte.
enum : uint8_t { kSpaceC = 1, kGtC = 2, kSlashC = 4, kEqC = 8, kUpperC = 16, kAmpC = 32 };

struct CharClasses {
  uint8_t c[256] = {};
  constexpr CharClasses() {
    for (unsigned char x : {' ', '\n', '\t', '\r', '\f'}) c[x] = kSpaceC;
    c[static_cast<unsigned char>('>')] = kGtC;
    c[static_cast<unsigned char>('/')] = kSlashC;
    c[static_cast<unsigned char>('=')] = kEqC;
    c[static_cast<unsigned char>('&')] = kAmpC;
    for (int x = 'A'; x <= 'Z'; ++x) c[x] = kUpperC;
  }
};
constexpr CharClasses kCharClasses;
inline uint8_t ClassOf(char ch) { return kCharClasses.c[static_cast<unsigned char>(ch)]; }

enum class RawKind { kNone, kRaw, kRcdata };

RawKind RawKindOf(std::string_view name) {
  switch (name.size()) {
    case 3:
      if (name == "xmp") return RawKind::kRaw;
      break;
    case 5:
      if (name == "style") return RawKind::kRaw;
      if (name == "title") return RawKind::kRcdata;
      break;
    case 6:
      if (name == "script" || name == "iframe") return RawKind::kRaw;
      break;
    case 7:
      if (name == "noembed") return RawKind::kRaw;
      break;
    case 8:
      if (name == "noframes" || name == "noscript") return RawKind::kRaw;
      if (name == "textarea") return RawKind::kRcdata;
      break;
    default:
      break;
  }
  return RawKind::kNone;
}

// Finds "</name" followed by a tag-ending character, case-insensitively,
// from `pos`. Returns npos when absent.
size_t FindEndTag(std::string_view s, size_t pos, std::string_view name) {
  while (true) {
    size_t lt = s.find("</", pos);
    if (lt == std::string_view::npos) return lt;
    size_t k = lt + 2;
    if (k + name.size() <= s.size()) {
      bool match = true;
      for (size_t m = 0; m < name.size(); ++m) {
        if (Lower(s[k + m]) != name[m]) {
          match = false;
          break;
        }
      }
      if (match) {
        size_t e = k + name.size();
        if (e == s.size() || IsSpace(s[e]) || s[e] == '>' || s[e] == '/') return lt;
      }
    }
    pos = lt + 2;
  }
}

constexpr size_t kMaxAttributes = 128;

class Tokenizer {
 public:
  Tokenizer(std::string_view s, TokenSink* sink) : s_(s), sink_(sink) {
    // Attribute names are views into these strings, so the vector must
    // never move them: it is sized once.
    lowered_.resize(kMaxAttributes);
  }

  void Run() {
    size_t i = 0;
    const size_t n = s_.size();
    size_t text_start = 0;
    // amp_: an '&' was seen in the text run [text_start, i).
    auto restart = [&](size_t at) {
      text_start = at;
      amp_ = false;
    };
    while (i < n) {
      size_t lt = FindTagOpen(i);
      if (lt >= n || lt + 1 >= n) break;
      char c = s_[lt + 1];
      if (IsAlpha(c)) {
        EmitRun(text_start, lt);
        i = ParseTag(lt + 1, false);
        restart(i);
        if (raw_ != RawKind::kNone) {
          i = SkipRaw(i);
          restart(i);
        }
      } else if (c == '/') {
        if (lt + 2 < n && IsAlpha(s_[lt + 2])) {
          EmitRun(text_start, lt);
          i = ParseTag(lt + 2, true);
        } else if (lt + 2 < n && s_[lt + 2] == '>') {
          EmitRun(text_start, lt);
          i = lt + 3;  // "</>" is dropped
        } else {
          EmitRun(text_start, lt);
          i = BogusComment(lt + 2);
        }
        restart(i);
      } else if (c == '!') {
        EmitRun(text_start, lt);
        i = Markup(lt + 2);
        restart(i);
      } else if (c == '?') {
        EmitRun(text_start, lt);
        i = BogusComment(lt + 1);
        restart(i);
      } else {
        i = lt + 1;  // a lone '<' is text
      }
    }
    EmitRun(text_start, n);
  }

 private:
  // The next '<' at or after i (n when none); notes in amp_ an '&' before
  // it. One pass over the text does both, sixteen bytes at a time.
  size_t FindTagOpen(size_t i) {
    const char* d = s_.data();
    const size_t n = s_.size();
#if defined(__SSE2__)
    const __m128i lt = _mm_set1_epi8('<'), amp = _mm_set1_epi8('&');
    for (; i + 16 <= n; i += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
      unsigned ml = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lt)));
      unsigned ma = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, amp)));
      if (ml != 0) {
        if (ma & ((ml & (0u - ml)) - 1)) amp_ = true;  // an '&' before the '<'
        return i + static_cast<size_t>(__builtin_ctz(ml));
      }
      if (ma != 0) amp_ = true;
    }
#endif
    for (; i < n; ++i) {
      if (d[i] == '<') return i;
      if (d[i] == '&') amp_ = true;
    }
    return n;
  }

  // Emits the text run [b, e) of Run(), decoding references only when an
  // '&' was seen in it.
  void EmitRun(size_t b, size_t e) {
    if (e <= b) return;
    if (!amp_) {
      sink_->Text(s_.substr(b, e - b));
    } else {
      EmitText(b, e);
    }
  }

  void EmitText(size_t b, size_t e) {
    if (e <= b) return;
    std::string_view t = s_.substr(b, e - b);
    if (t.find('&') == std::string_view::npos) {
      sink_->Text(t);
    } else {
      buf_.clear();
      AppendDecoded(t, &buf_);
      sink_->Text(buf_);
    }
  }

  size_t BogusComment(size_t i) {
    size_t gt = s_.find('>', i);
    if (gt == std::string_view::npos) gt = s_.size();
    sink_->Comment(s_.substr(i, gt - i));
    return gt == s_.size() ? gt : gt + 1;
  }

  // After "<!".
  size_t Markup(size_t i) {
    if (s_.compare(i, 2, "--") == 0) {
      size_t b = i + 2;
      // "<!-->" and "<!--->" are empty comments.
      if (b < s_.size() && s_[b] == '>') return b + 1;
      if (b + 1 < s_.size() && s_[b] == '-' && s_[b + 1] == '>') return b + 2;
      size_t e = s_.find("-->", b);
      if (e == std::string_view::npos) {
        // Browsers also end a comment at "--!>"; without either it runs to EOF.
        e = s_.find("--!>", b);
        if (e == std::string_view::npos) {
          sink_->Comment(s_.substr(b));
          return s_.size();
        }
        sink_->Comment(s_.substr(b, e - b));
        return e + 4;
      }
      sink_->Comment(s_.substr(b, e - b));
      return e + 3;
    }
    if (s_.compare(i, 7, "[CDATA[") == 0) {
      size_t e = s_.find("]]>", i + 7);
      if (e == std::string_view::npos) e = s_.size();
      sink_->Text(s_.substr(i + 7, e - i - 7));
      return e == s_.size() ? e : e + 3;
    }
    return BogusComment(i);  // doctype and the rest carry nothing we need
  }

  // The closing quote q at or after i, or n; *amp is set when an '&'
  // comes before it. Attribute values are short: an inline loop costs less
  // than calls to memchr.
  size_t FindQuote(size_t i, char q, bool* amp) const {
    const char* d = s_.data();
    const size_t n = s_.size();
#if defined(__SSE2__)
    const __m128i vq = _mm_set1_epi8(q), va = _mm_set1_epi8('&');
    for (; i + 16 <= n; i += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
      unsigned mq = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vq)));
      unsigned ma = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, va)));
      if (mq != 0) {
        if (ma & ((mq & (0u - mq)) - 1)) *amp = true;
        return i + static_cast<size_t>(__builtin_ctz(mq));
      }
      if (ma != 0) *amp = true;
    }
#endif
    for (; i < n && d[i] != q; ++i)
      if (d[i] == '&') *amp = true;
    return i;
  }

  // The name s_[b, e) lower-cased: a view into the page when it has no
  // capital letter (the common case), else a lower-cased copy in *buf.
  std::string_view Lowered(size_t b, size_t e, bool upper, std::string* buf) const {
    if (!upper) return s_.substr(b, e - b);
    buf->assign(s_.data() + b, e - b);
    for (char& c : *buf) c = Lower(c);
    return *buf;
  }

  // Parses a tag whose name starts at s_[i]; returns the index after '>'.
  size_t ParseTag(size_t i, bool end_tag) {
    const size_t n = s_.size();
    const char* d = s_.data();
    size_t nb = i;
    uint8_t seen = 0;
    while (i < n) {
      uint8_t c = ClassOf(d[i]);
      if (c & (kSpaceC | kGtC | kSlashC)) break;
      seen |= c;
      ++i;
    }
    std::string_view name = Lowered(nb, i, seen & kUpperC, &name_);
    attrs_used_ = 0;
    bool self_closing = false;
    while (i < n) {
      char c = d[i];
      uint8_t cls = ClassOf(c);
      if (cls & kSpaceC) {
        ++i;
        continue;
      }
      if (c == '>') {
        ++i;
        break;
      }
      if (c == '/') {
        ++i;
        if (i < n && d[i] == '>') {
          self_closing = true;
          ++i;
          break;
        }
        continue;
      }
      // Attribute name (a leading '=' is part of the name, as in browsers).
      size_t ab = i;
      seen = cls;
      ++i;
      while (i < n) {
        uint8_t k = ClassOf(d[i]);
        if (k & (kSpaceC | kGtC | kSlashC | kEqC)) break;
        seen |= k;
        ++i;
      }
      size_t ae = i;
      while (i < n && (ClassOf(d[i]) & kSpaceC)) ++i;
      size_t vb = 0, ve = 0;
      bool has_value = false, amp = false;
      if (i < n && d[i] == '=') {
        ++i;
        while (i < n && (ClassOf(d[i]) & kSpaceC)) ++i;
        has_value = true;
        if (i < n && (d[i] == '"' || d[i] == '\'')) {
          char q = d[i];
          vb = i + 1;
          ve = FindQuote(vb, q, &amp);
          i = ve < n ? ve + 1 : n;
        } else {
          vb = i;
          uint8_t seen_value = 0;
          while (i < n) {
            uint8_t k = ClassOf(d[i]);
            if (k & (kSpaceC | kGtC)) break;
            seen_value |= k;
            ++i;
          }
          amp = seen_value & kAmpC;
          ve = i;
        }
      }
      // Attributes past the first kMaxAttributes of a tag are skipped: no
      // real tag has that many, and the duplicate check stays bounded.
      if (end_tag || attrs_used_ >= kMaxAttributes) continue;
      if (attrs_used_ == attrs_.size()) attrs_.emplace_back();
      Attribute& a = attrs_[attrs_used_];
      a.name = Lowered(ab, ae, seen & kUpperC, &lowered_[attrs_used_]);
      a.raw_value = has_value ? s_.substr(vb, ve - vb) : std::string_view();
      a.has_reference = amp;
      // Duplicate attributes: the first wins.
      bool dup = false;
      for (size_t k = 0; k < attrs_used_; ++k) {
        if (attrs_[k].name == a.name) {
          dup = true;
          break;
        }
      }
      if (!dup) ++attrs_used_;
    }
    if (end_tag) {
      sink_->EndTag(name);
      raw_ = RawKind::kNone;
      return i;
    }
    sink_->StartTag(name, std::span<const Attribute>(attrs_.data(), attrs_used_), self_closing);
    raw_ = self_closing ? RawKind::kNone : RawKindOf(name);
    if (raw_ != RawKind::kNone) raw_name_ = name;
    return i;
  }

  // Content of a raw-text element starting at i; emits it and its end tag.
  size_t SkipRaw(size_t i) {
    size_t e = FindEndTag(s_, i, raw_name_);
    RawKind kind = raw_;
    raw_ = RawKind::kNone;
    size_t stop = e == std::string_view::npos ? s_.size() : e;
    if (kind == RawKind::kRcdata) {
      EmitText(i, stop);
    } else if (stop > i) {
      sink_->Text(s_.substr(i, stop - i));
    }
    if (e == std::string_view::npos) {
      sink_->EndTag(raw_name_);
      return s_.size();
    }
    size_t gt = s_.find('>', e);
    sink_->EndTag(raw_name_);
    return gt == std::string_view::npos ? s_.size() : gt + 1;
  }

  std::string_view s_;
  TokenSink* sink_;
  std::string name_;
  std::string raw_name_;
  std::string buf_;
  std::vector<Attribute> attrs_;
  std::vector<std::string> lowered_;  // lower-cased copies of attribute names, by slot
  size_t attrs_used_ = 0;
  RawKind raw_ = RawKind::kNone;
  bool amp_ = false;
};

}  // namespace

std::string Attribute::Value() const {
  std::string out;
  AppendValue(&out);
  return out;
}

void Attribute::AppendValue(std::string* out) const {
  if (raw_value.find('&') == std::string_view::npos) {
    out->append(raw_value);
  } else {
    AppendDecoded(raw_value, out);
  }
}

void Tokenize(std::string_view html, TokenSink* sink) {
  Tokenizer t(html, sink);
  t.Run();
}

}  // namespace newsgraph::html

#include "nlp/entity_recognizer.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/chars.h"
#include "text/heading.h"
#include "text/initials.h"
#include "text/lexicon.h"
#include "text/words.h"

namespace newsgraph::nlp {

using text::Lexicon;

struct EntityRecognizer::Lexicons {
  Lexicon given{"given_names.txt"};
  Lexicon surnames{"surnames.txt", /*case_sensitive=*/true};
  Lexicon titles{"titles.txt"};
  Lexicon orgs{"org_words.txt"};
  Lexicon places{"places.txt", true};
  Lexicon locations{"locations.txt", true};
  Lexicon norp{"nationalities.txt", true};
  Lexicon dates{"dates.txt", true};
  Lexicon starters{"capitalized_stopwords.txt"};
  Lexicon speech{"speech_verbs.txt"};
  Lexicon humans{"human_nouns.txt"};
  Lexicon suffixes{"name_suffixes.txt"};
  Lexicon org_names{"org_names.txt", true};            // "Google", "Reuters": organisations by name
  Lexicon place_prefixes{"place_prefixes.txt", true};  // "Fort Lee", "Lake Erie", "San Antonio"
  Lexicon not_orgs{"common_acronyms.txt", true};       // "DNA", "TV", "CEO": acronyms that name no body
};

EntityRecognizer::EntityRecognizer() : lex_(std::make_unique<Lexicons>()) {}
EntityRecognizer::~EntityRecognizer() = default;

namespace {

struct Raw {
  Span span;
  uint32_t first_token = 0, end_token = 0;  // its tokens, [first, end); empty for a place before a hyphen
  EntityType type;
  std::string key;   // canonical name
  Span title;
  char gender = 0;
  bool alias = false;  // a lone name part, resolved after all full names
  bool speaks = false;  // a speech verb follows ("Smith said")
  bool lives = false;   // a person's verb follows ("Galois returned", "Chao was born")
  bool opens = false;   // the mention (with its title) opens its sentence: the sentence's subject
  bool apposed = false;  // set off after a relation or office opening its sentence ("Her mother, X,")
  // A place or group word that speaks ("Cuban said", "Washington said"):
  // the person of that family name when one was named in full, else this.
  bool place_fallback = false;
  EntityType fallback_type = EntityType::kGpe;
  std::string fallback_key;
  std::string nickname;  // "Smokey" of "Jack "Smokey" Malone", a name part of its own
};

// Works over one document's tokens; holds no state between documents.
class Recognizer {
 public:
  Recognizer(const EntityRecognizer::Lexicons& lex, Document& doc) : lex_(lex), doc_(doc) {}

  void Run() {
    // Token texts are asked for millions of times a second: slice them once.
    tok_text_.resize(doc_.tokens.size());
    for (size_t k = 0; k < doc_.tokens.size(); ++k) tok_text_[k] = doc_.Slice(doc_.tokens[k].span);
    for (uint32_t p = 0; p < doc_.paragraphs.size(); ++p) heading_.push_back(text::LooksLikeHeading(doc_, p));
    // Capitalisation is asked of every token many times: decide it once.
    cap_.resize(doc_.tokens.size());
    for (size_t k = 0; k < cap_.size(); ++k) {
      std::string_view t = Tok(k);
      // ("D-El Paso", "R-Fla.": a party label, no name.)
      const bool party = t.size() > 2 && (t[0] == 'D' || t[0] == 'R' || t[0] == 'I') && t[1] == '-';
      // ("\"...,\" al-Ansari said", "said al-Ansari": an Arabic family name
      // alone beside a speech verb.)
      // (Not "the Bureau d'Enquetes et d'Analyses said": an elided particle
      // after a lower-case word is inside a body's name.)
      const bool elided_in_name = t[0] == 'd' && k > 0 && text::StartsLower(Tok(k - 1)) && IsWordTok(k - 1);
      const bool spoken = ArticlePrefixedName(t) && !elided_in_name &&
                          ((k + 1 < cap_.size() && lex_.speech.Contains(Tok(k + 1))) ||
                           (k > 0 && lex_.speech.Contains(Tok(k - 1))));
      cap_[k] = (IsWordTok(k) && text::StartsUpper(t) &&
                 (!IsHyphenModifier(k) || IsHyphenNamePart(k) || KoreanGivenFirst(k)) &&
                 (!lex_.dates.Contains(t) || MonthAsName(k)) && !party && !PronounContraction(t) &&
                 !OpensPlaceModifier(k)) ||
                (k > 0 && cap_[k - 1] && ArticlePrefixedName(t)) || spoken ||
                // ("James A. Baker 3d": a generation in the Times' style.)
                (k > 0 && cap_[k - 1] && (t == "2d" || t == "3d"));
      // The place after a party label belongs to it ("D-El Paso").
      if (k > 0 && cap_[k] && doc_.tokens[k - 1].span.end == doc_.tokens[k].span.begin - 1) {
        const std::string_view p = Tok(k - 1);
        if (p.size() > 2 && (p[0] == 'D' || p[0] == 'R' || p[0] == 'I') && p[1] == '-' && p.back() != '.') {
          cap_[k] = false;
        }
      }
    }
    // ("Said Fred Hawkins, a farmer: "...": the cue opening a sentence that
    // labels its quote, no name.)
    for (const Sentence& sent : doc_.sentences) {
      const size_t k = sent.first_token;
      if (k + 3 >= sent.end_token || !cap_[k] || !Is<"Said", "Says", "Added", "Adds">(Tok(k))) continue;
      for (size_t m = k + 2; m + 1 < sent.end_token && m < k + 25; ++m) {
        if (Tok(m) == ":" && IsDoubleMark(m + 1)) {
          cap_[k] = false;
          break;
        }
      }
    }
    // ("Theresa May ... May said", "Mrs May told": a month word alone is the
    // family name once the article has given it to a person, where it
    // speaks or bears a courtesy title.)
    std::vector<std::string_view> month_names;
    for (size_t k = 1; k < cap_.size(); ++k) {
      if (cap_[k] && lex_.dates.Contains(Tok(k)) && cap_[k - 1] && lex_.given.Contains(Tok(k - 1))) {
        month_names.push_back(Tok(k));
      }
    }
    for (size_t k = 0; k < cap_.size() && !month_names.empty(); ++k) {
      if (cap_[k] || std::find(month_names.begin(), month_names.end(), Tok(k)) == month_names.end()) continue;
      if (k + 1 < cap_.size() && (text::IsDigit(static_cast<unsigned char>(Tok(k + 1)[0])) ||
                                  doc_.tokens[k + 1].sentence != doc_.tokens[k].sentence)) {
        continue;
      }
      const bool speaks = k + 1 < cap_.size() && (lex_.speech.Contains(Tok(k + 1)) || Tok(k + 1) == "'s" ||
                                                  Tok(k + 1) == "\xE2\x80\x99s");
      const bool after_speech = k > 0 && text::StartsLower(Tok(k - 1)) && lex_.speech.Contains(Tok(k - 1));
      if (speaks || after_speech) cap_[k] = true;
    }
    // ("Park Ji-hoon ... Ji-hoon said": a Korean given name alone once the
    // full name has given it.)
    std::vector<std::string_view> given_alone;
    for (size_t k = 1; k < cap_.size(); ++k) {
      if (cap_[k] && cap_[k - 1] && IsHyphenModifier(k) && KoreanFamily(Tok(k - 1))) given_alone.push_back(Tok(k));
    }
    for (size_t k = 0; k < cap_.size() && !given_alone.empty(); ++k) {
      if (!cap_[k] && IsWordTok(k) &&
          std::find(given_alone.begin(), given_alone.end(), Tok(k)) != given_alone.end()) {
        cap_[k] = true;
      }
    }
    for (const Sentence& s : doc_.sentences) Scan(s);
    // ("Which? said the fees were unfair", "according to Which?, the
    // consumer group": the consumer body's name holds its question mark,
    // glued, with no sentence after it.)
    for (size_t k = 0; k + 2 < doc_.tokens.size(); ++k) {
      if (Tok(k) != "Which" || Tok(k + 1) != "?" || doc_.tokens[k + 1].span.begin != doc_.tokens[k].span.end) continue;
      if (doc_.tokens[k + 2].sentence != doc_.tokens[k].sentence) continue;
      const std::string_view next = Tok(k + 2);
      if (text::StartsLower(next) || Is<",", "'s", "\xE2\x80\x99s", ")", ".", ";">(next)) {
        Add(k, k + 2, EntityType::kOrg, "Which?");
      }
    }
    Group();
  }

 private:
  // Empty past the last token, so a rule's look-ahead needs no bounds check
  // of its own (found by pipeline_fuzz: a name closing the document before a
  // particle's test of the next word).
  std::string_view Tok(size_t k) const { return k < tok_text_.size() ? tok_text_[k] : std::string_view(); }

  static std::string_view NoDot(std::string_view t) {
    if (t.size() > 1 && t.back() == '.') t.remove_suffix(1);
    return t;
  }

  bool IsDoubleMark(size_t k) const {
    std::string_view t = Tok(k);
    size_t len;
    return !t.empty() && text::IsDoubleQuote(text::DecodeAt(t, 0, &len)) && len == t.size();
  }

  bool IsWordTok(size_t k) const {
    std::string_view t = Tok(k);
    size_t len;
    return !t.empty() && text::IsWordChar(text::DecodeAt(t, 0, &len));
  }

  // "al-Jolani", "el-Sisi", "ad-Din": an Arabic name's article joined to
  // its capitalised word, a part of the name before it.
  // ("Yannick d'Estaing", "d’Alema said": a French or Italian particle
  // elided onto the capitalised word, the same.)
  static bool ArticlePrefixedName(std::string_view t) {
    if (t.size() > 3 && t[0] == 'd' && t[1] == '\'' && t[2] >= 'A' && t[2] <= 'Z') return true;
    if (t.size() > 5 && t[0] == 'd' && t.substr(1, 3) == "\xE2\x80\x99" && t[4] >= 'A' && t[4] <= 'Z') return true;
    const size_t hy = t.find('-');
    if (hy == std::string_view::npos || hy < 2 || hy > 3 || hy + 2 >= t.size()) return false;
    const std::string_view a = t.substr(0, hy);
    if (!(a == "al" || a == "el" || a == "ad" || a == "as" || a == "ash" || a == "at" || a == "an" || a == "ar" ||
          a == "az" || a == "ud")) {
      return false;
    }
    return t[hy + 1] >= 'A' && t[hy + 1] <= 'Z';
  }

  // Hyphenated words ending in a lower-case part ("Korea-based") modify a
  // name but are not part of one.
  bool IsHyphenModifier(size_t k) const {
    std::string_view t = Tok(k);
    size_t hy = t.rfind('-');
    return hy != std::string_view::npos && hy + 1 < t.size() && text::StartsLower(t.substr(hy + 1)) &&
           NoDot(t.substr(hy + 1)) != "elect";
  }

  // "Ban Ki-moon", "Kim Jong-un": a given name whose second syllable is
  // written lower case follows another capitalised word of the name. A
  // modifier ("New York-based", "Obama-era") ends in a participle or a
  // common word, or its head is a place; a name syllable is short.
  bool IsHyphenNamePart(size_t k) const {
    if (k == 0 || doc_.tokens[k - 1].sentence != doc_.tokens[k].sentence) return false;
    // ("Lee "Faker" Sang-hyeok": the family name before a nickname in
    // marks.)
    size_t prev = k - 1;
    if (k >= 4 && IsDoubleMark(k - 1)) {
      for (size_t o = k - 2; o + 4 > k && o > 0; --o) {
        if (IsDoubleMark(o)) {
          prev = o - 1;
          break;
        }
      }
    }
    if (!cap_[prev]) return false;
    std::string_view t = Tok(k);
    size_t hy = t.rfind('-');
    std::string_view head = t.substr(0, hy), tail = t.substr(hy + 1);
    // ("Lee Jae-myung", "Moon Jae-in": a short first syllable allows a
    // five-letter second one, and "in" or "on".)
    const bool syllable = hy <= 3;
    // ("Lee Hyeon-seung", "Rep. Lee Seong-kweun": after a Korean family
    // name, two syllables of up to six letters, the second in lower case.)
    const bool korean = KoreanFamily(Tok(prev)) && hy >= 2 && hy <= 6 && tail.size() >= 2 && tail.size() <= 6 &&
                        tail[0] >= 'a' && tail[0] <= 'z';
    // ("Su Wen-hsiung", "Su Tseng-chang", "Chen Ming-hsien": a Chinese
    // given name in Wade-Giles, whose second syllable runs to six letters,
    // ending in a nasal or opening with "hs".)
    auto ends = [&](std::string_view x) { return tail.size() >= x.size() && tail.substr(tail.size() - x.size()) == x; };
    const bool chinese = tail.size() >= 3 && tail.size() <= 6 && tail[0] >= 'a' && tail[0] <= 'z' &&
                         (ends("ung") || ends("ang") || ends("eng") || ends("ong") || tail.substr(0, 2) == "hs");
    if ((tail.size() > (syllable ? 5u : 4u) && !korean && !chinese) || hy > 6 || t.find('-') != hy ||
        lex_.places.Find(head)) {
      return false;
    }
    if (tail.size() >= 2 && tail.substr(tail.size() - 2) == "ed") return false;
    static constexpr std::string_view kModifiers[] = {"era", "like", "wide", "made", "run", "led", "born",
                                                      "free", "only", "type", "old", "day", "year", "long",
                                                      "size", "term", "area", "in", "up", "out", "off", "on",
                                                      "style", "sized", "class", "level", "scale", "front", "ready",
                                                      "proof", "based", "owned", "world", "state", "party"};
    for (std::string_view w : kModifiers) {
      // ("Kim Jong-in", "Moon Chung-in": after a Korean family name too.)
      if (tail == w && !((syllable || korean) && (w == "in" || w == "on"))) return false;
    }
    return true;
  }

  // "Ji-hoon Kim", "Min-jun Park": a Korean given name written first, its
  // second syllable in lower case, before a Korean family name.
  bool KoreanGivenFirst(size_t k) const {
    if (k + 1 >= doc_.tokens.size() || doc_.tokens[k + 1].sentence != doc_.tokens[k].sentence) return false;
    const std::string_view t = Tok(k);
    const size_t hy = t.find('-');
    if (hy == std::string_view::npos || hy < 2 || hy > 4 || t.size() - hy - 1 < 2 || t.size() - hy - 1 > 5 ||
        t.find('-', hy + 1) != std::string_view::npos) {
      return false;
    }
    return KoreanFamily(Tok(k + 1));
  }

  // "Theresa May", "Mrs May", "Prime Minister May", "April Reign": a month
  // word that is a family name after a given name or a title, or a given
  // name before a family name; never before a day's number ("May 5").
  bool MonthAsName(size_t k) const {
    const std::string_view t = Tok(k);
    // ("Governor Monday Okpebholo", "Senator Sunday Karimi": a weekday is a
    // given name in Nigeria, after a title and before a family name.)
    if (Is<"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday">(t)) {
      return k > 0 && k + 1 < doc_.tokens.size() && doc_.tokens[k - 1].sentence == doc_.tokens[k].sentence &&
             doc_.tokens[k + 1].sentence == doc_.tokens[k].sentence && lex_.titles.Contains(NoDot(Tok(k - 1))) &&
             text::StartsUpper(Tok(k + 1)) && !lex_.dates.Contains(Tok(k + 1)) &&
             Tok(k + 1).find_first_of("0123456789") == std::string_view::npos;
    }
    if (!Is<"April", "May", "June", "August", "March">(t)) return false;
    const bool next = k + 1 < doc_.tokens.size() && doc_.tokens[k + 1].sentence == doc_.tokens[k].sentence;
    if (next && text::IsDigit(static_cast<unsigned char>(Tok(k + 1)[0]))) return false;
    if (k > 0 && doc_.tokens[k - 1].sentence == doc_.tokens[k].sentence) {
      const std::string_view p = Tok(k - 1);
      if ((cap_[k - 1] && lex_.given.Contains(p) && !lex_.dates.Contains(p)) ||
          Is<"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Minister", "Secretary", "Sen.",
                 "Senator", "Rep.", "Judge", "Justice">(p)) {
        return true;
      }
      // ("Yin Myint May said", "Aye Aye May told": the last of a name's
      // unknown words, right before a verb of saying or the person's age.)
      if (k >= 2 && cap_[k - 1] && cap_[k - 2] && !lex_.dates.Contains(p) && !lex_.titles.Contains(NoDot(p)) &&
          !lex_.dates.Contains(Tok(k - 2)) && doc_.tokens[k - 2].sentence == doc_.tokens[k].sentence && next &&
          ((text::StartsLower(Tok(k + 1)) && lex_.speech.Contains(Tok(k + 1))) ||
           // ("Yin Myint May, 60, a doctor, said": the age after the name.)
           (Tok(k + 1) == "," && k + 3 < doc_.tokens.size() && Tok(k + 2).size() <= 3 &&
            text::IsDigit(static_cast<unsigned char>(Tok(k + 2)[0])) && Tok(k + 3) == ",")) &&
          !Is<"In", "Since", "Until", "Last", "Next", "Early", "Late", "This", "During", "Before", "After", "On",
              "By", "From", "Through", "Of", "The">(Tok(k - 2)) &&
          !Is<"In", "Since", "Until", "Last", "Next", "Early", "Late", "This", "During", "Before", "After", "On",
              "By", "From", "Through", "Of", "The">(p)) {
        return true;
      }
      if (Is<"in", "In", "of", "since", "Since", "until", "Until", "by", "from", "through", "last", "Last",
                 "next", "Next", "early", "Early", "late", "Late", "mid", "this", "This", "that", "each", "every",
                 "during", "During", "before", "Before", "after", "After", "on", "On", "for", "to", "till", "and",
                 "or", "-", "\xE2\x80\x93">(p)) {
        return false;
      }
    }
    return t != "March" && t != "May" && next && text::StartsUpper(Tok(k + 1)) &&
           lex_.surnames.Contains(Tok(k + 1)) && !lex_.dates.Contains(Tok(k + 1));
  }

  [[gnu::always_inline]] static bool Is(std::string_view t, std::initializer_list<std::string_view> words) {
    return text::IsOneOf(t, words);
  }
  template <text::Word... W>
  [[gnu::always_inline]] static bool Is(std::string_view t) {
    return text::Is<W...>(t);
  }

  static bool KoreanFamily(std::string_view w) {
    static constexpr std::string_view kFamilies[] = {
        "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
        "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Nam",
        "Roh", "Kwak", "Cha", "Joo", "Min", "Ryu", "Chung", "Chun", "Yi", "Rhee", "Pak", "Ri", "Jo"};
    for (std::string_view f : kFamilies) {
      if (w == f) return true;
    }
    return false;
  }

  bool IsCap(size_t k) const { return cap_[k]; }

  // ("one Hong Kong-based fund manager", "a New York-born artist": the first
  // word of a place whose last word carries the modifier.)
  bool OpensPlaceModifier(size_t k) const {
    if (k + 1 >= doc_.tokens.size()) return false;
    const std::string_view n = Tok(k + 1);
    // (Cheap first: this runs on every capitalised word.)
    if (n.size() < 6 || n[0] < 'A' || n[0] > 'Z' || n.find('-') == std::string_view::npos) return false;
    if (doc_.tokens[k + 1].sentence != doc_.tokens[k].sentence) return false;
    const size_t hy = n.rfind('-');
    if (hy == std::string_view::npos || hy == 0 || !text::StartsUpper(n)) return false;
    const std::string_view tail = n.substr(hy + 1);
    for (std::string_view w : {"based", "born", "bred", "raised", "headquartered", "listed", "registered", "era",
                               "bound", "made", "style"}) {
      if (tail == w) return true;
    }
    return false;
  }

  // "They're", "We'll", "I'd": a pronoun and its verb in one token, never a name.
  static bool PronounContraction(std::string_view t) {
    if (t.size() < 3 || t.size() > 12) return false;
    size_t apo = t.rfind('\'');
    size_t len = 1;
    if (const size_t curly = t.rfind("\xE2\x80\x99"); curly != std::string_view::npos &&
        (apo == std::string_view::npos || curly > apo)) {
      apo = curly;
      len = 3;
    }
    if (apo == std::string_view::npos) return false;
    const std::string_view head = t.substr(0, apo), tail = t.substr(apo + len);
    if (tail != "re" && tail != "ve" && tail != "ll" && tail != "d" && tail != "m") return false;
    for (std::string_view p : {"I", "You", "We", "They", "He", "She", "It", "Who", "That", "There", "What"}) {
      if (head == p) return true;
    }
    return false;
  }

  bool IsAcronym(std::string_view t) const {
    // Generational suffixes end a person's name ("Vann R. Newkirk II").
    // (And regnal numbers: "Pope Leo XIV", "Benedict XVI", "Louis XVIII".)
    if (t.size() >= 2 && t.size() <= 5 && t.find_first_not_of("IVX") == std::string_view::npos) return false;
    // (Bengali initials opening a name: "AMM Nasir Uddin", "AKM Rahman".)
    if (t.size() == 3 && t[0] == 'A' && Is<"AKM", "AMM", "ABM", "ASM", "AFM", "AZM", "AHM", "AYM", "ANM">(t)) return false;
    int letters = 0;
    for (char c : t) {
      if (c >= 'A' && c <= 'Z') ++letters;
      else if (!(c == '.' || c == '&' || (c >= '0' && c <= '9'))) return false;
    }
    return letters >= 2;
  }

  bool IsYear(std::string_view t) const {
    if (t.size() != 4) return false;
    for (char c : t) if (c < '0' || c > '9') return false;
    return (t[0] == '1' && t[1] >= '8') || (t[0] == '2' && t[1] == '0');
  }

  bool IsDayNumber(std::string_view t) const {
    if (t.empty() || t.size() > 2) return false;
    for (char c : t) if (c < '0' || c > '9') return false;
    int d = std::stoi(std::string(t));
    return d >= 1 && d <= 31;
  }

  bool IsIsoDate(std::string_view t) const {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
    return IsYear(t.substr(0, 4));
  }

  static bool AllDigits(std::string_view t) {
    if (t.empty()) return false;
    for (char c : t) if (c < '0' || c > '9') return false;
    return true;
  }

  // A year written alone: 1800-2099 anywhere, 1000-1799 only after a word
  // that introduces a time ("in 1699", "from 1602 to 1689"), since a bare
  // number of that size is as often a count.
  bool IsLooseYear(size_t k, const Sentence& s) const {
    std::string_view t = Tok(k);
    if (IsYear(t)) return true;
    if (t.size() != 4 || t[0] != '1' || !AllDigits(t) || k == s.first_token) return false;
    std::string_view p = Tok(k - 1);
    static constexpr std::string_view kBefore[] = {"in", "In", "since", "Since", "from", "From", "until", "till",
                                                   "to", "by", "By", "after", "After", "before", "Before",
                                                   "around", "circa", "c.", "of", "between", "and", "during",
                                                   "(", "-", "\xE2\x80\x93", "year", "summer", "winter",
                                                   "spring", "autumn", "fall"};
    for (std::string_view w : kBefore) if (p == w) return true;
    return false;
  }

  bool IsWeekday(std::string_view t) const {
    static constexpr std::string_view kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                 "Saturday", "Sunday"};
    for (std::string_view w : kDays) if (t == w) return true;
    return false;
  }

  bool IsMonth(std::string_view t) const { return lex_.dates.Contains(t) && !IsWeekday(t); }

  // "17th", "1st", "22nd", "3rd".
  static bool IsOrdinal(std::string_view t) {
    if (t.size() < 3 || t.size() > 4) return false;
    std::string_view num = t.substr(0, t.size() - 2), suf = t.substr(t.size() - 2);
    return AllDigits(num) && (suf == "th" || suf == "st" || suf == "nd" || suf == "rd");
  }

  // "1960s", "80s", "1600s"; "'80s" reads as the apostrophe and "80s".
  static bool IsDecade(std::string_view t) {
    if (t.size() != 3 && t.size() != 5) return false;
    return t.back() == 's' && AllDigits(t.substr(0, t.size() - 1)) && t[t.size() - 2] == '0';
  }

  static bool IsTimeUnit(std::string_view t) {
    static constexpr std::string_view kUnits[] = {"second", "seconds", "minute", "minutes", "hour", "hours",
                                                  "day", "days", "week", "weeks", "month", "months", "year",
                                                  "years", "decade", "decades", "century", "centuries"};
    for (std::string_view w : kUnits) if (t == w) return true;
    return false;
  }

  static bool IsCentury(std::string_view t) {
    return t == "century" || t == "Century" || t == "centuries" || t == "Centuries";
  }

  static bool IsDayPart(std::string_view t) {
    return t == "night" || t == "morning" || t == "afternoon" || t == "evening" || t == "Night" ||
           t == "Morning" || t == "Afternoon" || t == "Evening";
  }

  static bool IsClockSuffix(std::string_view t) {
    return t == "am" || t == "pm" || t == "a.m." || t == "p.m." || t == "AM" || t == "PM" || t == "GMT" ||
           t == "UTC" || t == "a.m" || t == "p.m";
  }

  bool Glued(size_t k) const { return doc_.tokens[k].span.begin == doc_.tokens[k - 1].span.end; }

  // The end of a date or time starting at token k, or k when none starts
  // there: "March 3, 1782", "17 March 1782", "Thursday night", "1699" (see
  // IsLooseYear), "the 1960s", "the 19th century", "late September", "30
  // days", "08:30 am", "347 AD".
  size_t DateAt(size_t k, const Sentence& s) const {
    const size_t end = s.end_token;
    std::string_view t = Tok(k);
    if (t.empty()) return k;
    auto tok = [&](size_t m) { return m < end ? Tok(m) : std::string_view(); };
    // "early 2000s", "late September", "mid-1980s" (one token, below).
    if (t.size() > 4 && (t.starts_with("mid-") || t.starts_with("Mid-")) && IsDecade(t.substr(4))) return k + 1;
    if (t == "early" || t == "late" || t == "mid" || t == "Early" || t == "Late" || t == "Mid") {
      std::string_view n = tok(k + 1);
      if (IsMonth(n) || IsDecade(n) || IsYear(n) || (IsOrdinal(n) && IsCentury(tok(k + 2)))) {
        size_t b = DateAt(k + 1, s);
        return b > k + 1 ? b : k;
      }
      return k;
    }
    const char c0 = t[0];
    if (c0 >= 'A' && c0 <= 'Z') {
      if (!lex_.dates.Contains(t) || cap_[k]) return k;  // ("Theresa May": a name, see MonthAsName)
      size_t b = k + 1;
      if (IsWeekday(t)) {
        if (IsDayPart(tok(b))) ++b;
        return b;
      }
      if (IsDayNumber(tok(b)) || IsOrdinal(tok(b))) ++b;
      bool day = b > k + 1;
      std::string_view y = day && tok(b) == "," ? tok(b + 1) : tok(b);
      size_t yb = day && tok(b) == "," ? b + 1 : b;
      if (IsYear(y) || ((day || tok(b) == ",") && AllDigits(y) && y.size() >= 3 && y.size() <= 4 && y[0] != '0') ||
          (!day && y.size() == 4 && AllDigits(y) && y[0] == '1')) {
        b = yb + 1;
      } else if (!day && tok(b) == "," && AllDigits(tok(b + 1)) && tok(b + 1).size() == 4 && tok(b + 1)[0] <= '2') {
        b += 2;
      }
      return b;
    }
    if (c0 < '0' || c0 > '9') return k;
    if (IsIsoDate(t)) return k + 1;
    if (IsDecade(t)) return k + 1;
    // "17th-century", "20-minute": one token.
    if (size_t hy = t.find('-'); hy != std::string_view::npos && hy + 1 < t.size()) {
      std::string_view head = t.substr(0, hy), tail = t.substr(hy + 1);
      if ((IsOrdinal(head) && IsCentury(tail)) || (AllDigits(head) && IsTimeUnit(tail))) return k + 1;
      return k;
    }
    if (IsOrdinal(t)) {
      // "the 19th century"; "the 90th minute", "the 9th inning" of a match.
      if (IsCentury(tok(k + 1)) || tok(k + 1) == "minute" || tok(k + 1) == "inning") return k + 2;
      if (IsMonth(tok(k + 1))) return DateAt(k + 1, s);
      return k;
    }
    if (IsDayNumber(t) && IsMonth(tok(k + 1))) {
      size_t b = k + 2;
      std::string_view y = tok(b);
      if (AllDigits(y) && y.size() >= 3 && y.size() <= 4 && y[0] != '0') ++b;
      return b;
    }
    if (AllDigits(t)) {
      // Clock times: "08:00", "6:00am", "9 pm", "15:11 GMT".
      if (t.size() <= 2 && tok(k + 1) == ":" && k + 2 < end && Glued(k + 1) && Glued(k + 2)) {
        std::string_view mm = tok(k + 2);
        if (mm.size() >= 2 && mm[0] >= '0' && mm[0] <= '5' && AllDigits(mm.substr(0, 2)) &&
            (mm.size() == 2 || IsClockSuffix(mm.substr(2)))) {
          size_t b = k + 3;
          if (mm.size() == 2 && IsClockSuffix(tok(b))) ++b;
          return b;
        }
        return k;
      }
      if (t.size() <= 2 && IsClockSuffix(tok(k + 1)) && tok(k + 1) != "GMT" && tok(k + 1) != "UTC") return k + 2;
      // Durations: "30 days", "5 - 10 minutes", "10 to 15 minutes".
      if (IsTimeUnit(tok(k + 1))) return k + 2;
      if ((tok(k + 1) == "-" || tok(k + 1) == "\xE2\x80\x93" || tok(k + 1) == "to") && AllDigits(tok(k + 2)) &&
          IsTimeUnit(tok(k + 3))) {
        return k + 4;
      }
      if (IsIsoDate(t) || (IsLooseYear(k, s) && tok(k + 1) != "%")) {
        size_t b = k + 1;
        std::string_view era = tok(b);
        if (era == "AD" || era == "BC" || era == "BCE" || era == "CE") ++b;
        return b;
      }
      if (t.size() <= 4 && t[0] != '0' && (tok(k + 1) == "AD" || tok(k + 1) == "BC" || tok(k + 1) == "BCE")) {
        return k + 2;
      }
    }
    return k;
  }

  Span TokSpan(size_t a, size_t b) const { return {doc_.tokens[a].span.begin, doc_.tokens[b - 1].span.end}; }
  // The token starting at or after byte `pos`.
  size_t TokenIndexAt(uint32_t pos) const {
    return size_t(std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), pos,
                                   [](const Token& t, uint32_t p) { return t.span.begin < p; }) -
                  doc_.tokens.begin());
  }

  // The name as one key: single spaces, glued pieces glued ("Workers'"),
  // and a curly apostrophe written straight so "O’Neill" is "O'Neill".
  std::string JoinTokens(size_t a, size_t b) const {
    std::string out;
    for (size_t k = a; k < b; ++k) {
      if (k > a && doc_.tokens[k].span.begin != doc_.tokens[k - 1].span.end) out.push_back(' ');
      std::string_view t = Tok(k);
      for (size_t p = t.find("\xE2\x80\x99"); p != std::string_view::npos; p = t.find("\xE2\x80\x99")) {
        out.append(t.substr(0, p));
        out.push_back('\'');
        t.remove_prefix(p + 3);
      }
      out.append(t);
    }
    return out;
  }

  void Add(size_t a, size_t b, EntityType type, std::string key, Span title = {}, char gender = 0,
           bool alias = false) {
    // ("Egypt's Minister of Supply Sherif Farouk": the field after a
    // minister's "of" opens the run of capitals, but is the office's, not
    // the name's; not a company's, "CEO of Sony Music Publishing".)
    if (type == EntityType::kPerson && a >= 2 && b >= a + 3 && Tok(a - 1) == "of" &&
        (Is<"Minister", "Secretary", "Ministers">(Tok(a - 2)) ||
         // ("Dean of Admissions Marlyn McGrath": an officer of a field of
         // work, not of a company.)
         (Is<"Dean", "Director", "Commissioner", "Chancellor", "Provost", "Superintendent">(Tok(a - 2)) &&
          (Portfolio(Tok(a)) || Is<"Admissions", "Athletics", "Communications", "Operations", "Policy",
                                            "Research", "Planning", "Studies", "Students", "Intelligence", "Medicine",
                                            "Nursing", "Engineering", "Law", "Public", "Information", "Safety">(Tok(a))))) &&
        !lex_.given.Contains(Tok(a)) &&
        !lex_.titles.Contains(NoDot(Tok(a)))) {
      title = {title.empty() ? doc_.tokens[a - 2].span.begin : std::min(title.begin, doc_.tokens[a - 2].span.begin),
               doc_.tokens[a].span.end};
      ++a;
      key = JoinTokens(a, b);
    }
    // ("Health, Labor and Welfare Minister Takamaro Fukuoka", "Land,
    // Infrastructure, Transport and Tourism Minister": a portfolio listed
    // with commas before its "and" is one office, its first fields before
    // the run the commas cut.)
    if (type == EntityType::kPerson && !title.empty() &&
        doc_.Slice(title).find(" and ") != std::string_view::npos) {
      size_t t0 = a;
      while (t0 > 0 && doc_.tokens[t0].span.begin > title.begin) --t0;
      if (doc_.tokens[t0].span.begin == title.begin && Portfolio(Tok(t0))) {
        size_t f = t0;
        while (f >= 2 && Tok(f - 1) == "," && Portfolio(Tok(f - 2)) &&
               doc_.tokens[f - 2].sentence == doc_.tokens[t0].sentence) {
          f -= 2;
        }
        title.begin = doc_.tokens[f].span.begin;
      }
    }
    // "Abd al-Karim Qasim": after an unknown first word, the given name
    // joined to its article says the gender (not a middle name: "Zaha
    // Mohammad Hadid" is her father's name in hers).
    // A courtesy title says it too ("Dame Zaha Hadid", "Mr. Sharif"), and
    // before a lone word it outranks the word's own ("Mr. Park").
    if (type == EntityType::kPerson && !title.empty()) {
      std::string_view t = doc_.Slice(title);
      t = t.substr(0, t.find(' '));
      t = NoDot(t);
      // ("Lord Mayor Sally Capp", "Lady Justice X": an office, no gender.)
      const bool office_after = doc_.Slice(title).find(' ') != std::string_view::npos && (t == "Lord" || t == "Lady");
      if (!office_after && (t == "Mr" || t == "Sir" || t == "Lord" || t == "King" || t == "Prince")) gender = 'm';
      if (!office_after &&
          (t == "Mrs" || t == "Ms" || t == "Miss" || t == "Dame" || t == "Lady" || t == "Queen" || t == "Princess")) {
        // ("Mrs. Arthur P. Lindgren": a wife named by her husband's name is
        // someone else than him, and the title is part of her name.)
        if (t == "Mrs" && b >= a + 2) {
          const std::string* g = lex_.given.Find(Tok(a));
          if (g && *g == "m") key = std::string(doc_.Slice(title)) + " " + key;
        }
        gender = 'f';
      }
      // "Spokeswoman Mao Lihua", "Congressman X": an office that says it.
      std::string_view whole = doc_.Slice(title);
      const size_t sp = whole.rfind(' ');
      const std::string_view last = NoDot(sp == std::string_view::npos ? whole : whole.substr(sp + 1));
      if (!gender && last.size() > 5 && (last.ends_with("woman") || last.ends_with("women"))) {
        gender = 'f';
      } else if (!gender && last.size() > 5 && last.ends_with("man") &&
                 (last.starts_with("Spokes") || last.starts_with("Chair") || last.starts_with("Congress") ||
                  last.starts_with("Council") || last.starts_with("Alder") || last.starts_with("Business") ||
                  last.starts_with("Assembly") || last.starts_with("Anchor") || last.starts_with("Fresh"))) {
        gender = 'm';
      }
    }
    // "Nguyen Thi Lan", "Tran Van Minh": a Vietnamese name opens with the
    // family name; its middle word says the gender.
    if (type == EntityType::kPerson && b >= a + 3 && (Tok(a + 1) == "Thi" || Tok(a + 1) == "Van")) {
      static constexpr std::string_view kFamilies[] = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu",
                                                       "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Dinh"};
      for (std::string_view f : kFamilies) {
        if (Tok(a) == f) gender = Tok(a + 1) == "Thi" ? 'f' : 'm';
      }
    }
    if (type == EntityType::kPerson && !gender && b >= a + 3 && ArticlePrefixedName(Tok(a + 1))) {
      std::string_view w = Tok(a + 1);
      w.remove_prefix(w.find('-') + 1);
      if (const std::string* g = lex_.given.Find(w); g && g->size() == 1) gender = (*g)[0];
    }
    // ("the 3rd Assault Brigade", "the 82nd Airborne Division": a unit's
    // ordinal is part of its name.)
    if (type == EntityType::kOrg && a > 0 && key == JoinTokens(a, b) &&
        doc_.tokens[a - 1].sentence == doc_.tokens[a].sentence && Tok(a - 1).size() >= 3 && Tok(a - 1)[0] >= '0' &&
        Tok(a - 1)[0] <= '9' &&
        (Tok(a - 1).ends_with("st") || Tok(a - 1).ends_with("nd") || Tok(a - 1).ends_with("rd") ||
         Tok(a - 1).ends_with("th"))) {
      --a;
      key = JoinTokens(a, b);
    }
    Raw r;
    r.span = TokSpan(a, b);
    r.first_token = uint32_t(a);
    r.end_token = uint32_t(b);
    r.type = type;
    r.key = std::move(key);
    r.title = title;
    r.gender = gender;
    r.alias = alias;
    {
      const size_t first = title.empty() ? a : std::min(a, size_t(TokenIndexAt(title.begin)));
      r.opens = first == 0 || doc_.tokens[first - 1].sentence != doc_.tokens[first].sentence;
      // ("Defense witness Daniel Kim disagreed": a role of up to three words
      // opening the sentence, a person noun right before the name.)
      if (!r.opens && first > 0 && lex_.humans.Contains(Tok(first - 1))) {
        const size_t s0 = doc_.sentences[doc_.tokens[first].sentence].first_token;
        // (Not a relation: "Her colleague Robert Chen" leaves an earlier
        // Chen the one a later "Chen, the virologist," may mean.)
        bool role = first - s0 <= 3 && !Is<"Her", "His", "Their", "Our", "My", "Its">(Tok(s0));
        for (size_t m = s0; m < first && role; ++m) {
          size_t len;
          role = text::IsWordChar(text::DecodeAt(Tok(m), 0, &len)) && !lex_.speech.Contains(Tok(m));
        }
        r.opens = role;
      }
      // ("Her mother, Renee Brewster, testified": set off after a relation
      // or office opening the sentence.)
      if (!r.opens && first >= 3 && Tok(first - 1) == "," && b < doc_.tokens.size() && Tok(b) == ",") {
        const size_t s0 = doc_.sentences[doc_.tokens[first].sentence].first_token;
        bool described = first - 1 - s0 <= 4 && first - 1 > s0 && lex_.humans.Contains(Tok(first - 2));
        for (size_t k = s0; k + 1 < first && described; ++k) described = Tok(k) != "," && !lex_.speech.Contains(Tok(k));
        r.apposed = described;
      }
    }
    raws_.push_back(std::move(r));
  }

  // Place, location and group names, exact.
  bool LookupPlace(size_t a, size_t b, EntityType* type, std::string* key) const {
    std::string name = JoinTokens(a, b);
    if (const std::string* v = lex_.places.Find(name)) {
      *type = EntityType::kGpe;
      *key = *v;
      return true;
    }
    if (const std::string* v = lex_.locations.Find(name)) {
      *type = EntityType::kLoc;
      *key = *v;
      return true;
    }
    if (const std::string* v = lex_.norp.Find(name)) {
      *type = EntityType::kNorp;
      *key = *v;
      return true;
    }
    if (const std::string* v = lex_.org_names.Find(name)) {
      *type = EntityType::kOrg;
      *key = *v;
      return true;
    }
    return false;
  }

  // A capitalised word that folds to a stop word ("The", "US" as "us") is no
  // name, unless it is a listed place written so ("US").
  // Where a firm's name [a, b) holding an ampersand really starts: before
  // the partners' names an older firm sets off by commas ("Goldman, Sachs &
  // Company", "Paul, Weiss, Rifkind, Wharton & Garrison").
  size_t PartnersBefore(size_t a, size_t b, const Sentence& s) const {
    bool ampersand = false;
    for (size_t k = a; k < b && !ampersand; ++k) ampersand = Tok(k) == "&";
    size_t from = a;
    while (ampersand && from >= s.first_token + 2 && Tok(from - 1) == "," && IsCap(from - 2) &&
           !IsStarter(from - 2) && !lex_.places.Find(Tok(from - 2)) && (from < a || !lex_.given.Contains(Tok(from - 2))) &&
           !IsAcronym(Tok(from - 2)) && (from - 2 == s.first_token || !IsCap(from - 3))) {
      from -= 2;
    }
    return from;
  }
  bool IsStarter(size_t k) const {
    std::string_view t = Tok(k);
    if (t == "He" && HeAsFamilyName(k)) return false;
    // ("WHO said": the World Health Organization, written in capitals.)
    return lex_.starters.Contains(t) &&
           !(t.size() > 1 && t[1] >= 'A' && t[1] <= 'Z' && (lex_.places.Find(t) || lex_.org_names.Find(t)));
  }

  // "Ministry spokesperson He Yadong said", "He Yadong, a spokesperson for
  // the ministry,": the Chinese family name He, not the pronoun: a
  // capitalised word follows, after a lower-case office or before an
  // appositive.
  bool HeAsFamilyName(size_t k) const {
    if (k + 2 >= doc_.tokens.size() || Tok(k) != "He") return false;
    const std::string_view next = Tok(k + 1);
    if (next.size() < 3 || !text::StartsUpper(next) || lex_.starters.Contains(next) || lex_.given.Contains(next)) {
      return false;
    }
    const bool after_office = k > 0 && text::StartsLower(Tok(k - 1)) && lex_.titles.Contains(Tok(k - 1));
    // ("He Yadong, spokesperson for the Ministry of Commerce, said": an
    // office without its article too.)
    const bool appositive = Tok(k + 2) == "," && k + 3 < doc_.tokens.size() &&
                            (Tok(k + 3) == "a" || Tok(k + 3) == "an" || Tok(k + 3) == "the" ||
                             (text::StartsLower(Tok(k + 3)) && lex_.humans.Contains(Tok(k + 3))));
    // ("A ministry spokesperson, He Yadong, said": set off after a people
    // noun.)
    const bool apposed = k >= 2 && Tok(k - 1) == "," && text::StartsLower(Tok(k - 2)) &&
                         lex_.humans.Contains(Tok(k - 2)) && Tok(k + 2) == ",";
    return after_office || appositive || apposed;
  }

  // An acronym that names an organisation: not a common noun ("DNA", "TV").
  bool IsOrgAcronym(std::string_view t) const { return IsAcronym(t) && !lex_.not_orgs.Contains(NoDot(t)); }

  // "TEHRAN - The ministry said": a word of six or more capitals opening the
  // sentence before a dateline's dash is a town, no organisation. (Not
  // before a colon: "HEADLINE: ..." labels.)
  bool DatelinePlace(size_t k, const Sentence& s) const {
    const std::string_view t = Tok(k);
    if (k != s.first_token || t.size() < 6 || k + 2 >= s.end_token) return false;
    for (char c : t) {
      if (c < 'A' || c > 'Z') return false;
    }
    return Is<"-", "--", "\xE2\x80\x94", "\xE2\x80\x93">(Tok(k + 1)) && text::StartsUpper(Tok(k + 2));
  }

  static bool IsParticle(std::string_view w) {
    if (w.size() < 2 || w.size() > 5 || w[0] < 'a' || w[0] > 'z') return false;
    // ("La Gazzetta dello Sport": Italian articled forms too.)
    static constexpr std::string_view kParticles[] = {"de",   "van",  "von",  "der",   "den", "ten", "ter",   "da",
                                                      "di",   "du",   "del",  "della", "dos", "das", "al",    "bin",
                                                      "ibn",  "el",   "le",   "la",    "los", "las", "dela",  "binti",
                                                      "bte",  "ur",   "ul",   "ud",    "dello", "delle", "degli", "dei",
                                                      "zu",   "delos", "dalla", "ap", "ab", "nan", "te", "bint", "des",
                                                      // (Thai noble houses: "Prasong na Ayudhya"; Kenyan
                                                      // "wa", "arap" and "ole": "Kamau wa Njoroge".)
                                                      "na", "wa", "arap", "ole"};
    for (std::string_view p : kParticles) {
      if (w == p) return true;
    }
    return false;
  }

  // The first word of a title span, folded, without its dot ("Rep." -> "rep").
  std::string TitleKey(Span title) const {
    std::string_view t = doc_.Slice(title);
    t = t.substr(0, t.find(' '));
    if (t.size() > 1 && t.back() == '.') t.remove_suffix(1);
    std::string out(t);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }

  // A lower-case particle inside a name, between its first and last word.
  // (And Portuguese "do", never a particle on its own: "André Corrêa do Lago".)
  bool InnerParticle(size_t k, size_t first, size_t end) const {
    // (And the Filipino "Ma." for Maria inside a long name: "Jose Ma.
    // Clemente Sarte Salceda".)
    return k > first && k + 1 < end && (IsParticle(Tok(k)) || Tok(k) == "do" || Tok(k) == "Ma.");
  }

  bool NameLike(size_t k) const {
    std::string_view t = Tok(k);
    return IsCap(k) && !lex_.orgs.Contains(NoDot(t)) && (!lex_.places.Find(t) || PlaceAsGivenName(k)) &&
           !lex_.norp.Find(t) && (!IsAcronym(t) || Initials(k));
  }

  // ("said point guard Jordan Ellis", "sophomore Brooklyn Hayes": a place
  // that is also a given name, after a people noun and before another name
  // word, opens a person's name.)
  bool PlaceAsGivenName(size_t k) const {
    if (k == 0 || k + 1 >= doc_.tokens.size() || !lex_.given.Contains(Tok(k))) return false;
    const std::string_view before = Tok(k - 1), after = Tok(k + 1);
    // (And after an inverted verb of saying: "said Jordan Ayew".)
    return text::StartsLower(before) && (lex_.humans.Contains(before) || lex_.speech.Contains(before)) &&
           IsCap(k + 1) && !lex_.places.Find(after) &&
           !lex_.orgs.Contains(NoDot(after)) && !lex_.suffixes.Find(after);
  }

  // "M.K. Selvaraj", "K.C. Venugopal": initials written without spaces
  // before a capitalised name (not "U.S." or "D.C.").
  // True when the word at k (k >= 2) is where someone is from: after "from"
  // or "in" and a people noun ("a woman from Takahama"), or after "of" and
  // an office or people of a place ("the governor of Huancavelica").
  bool PlaceObject(size_t k) const {
    const std::string_view p = Tok(k - 1), h = Tok(k - 2);
    if (Is<"from", "in">(p)) return lex_.humans.Contains(h);
    return p == "of" && Is<"governor", "Governor", "mayor", "Mayor", "residents", "people", "villagers",
                               "citizens", "prefect", "province", "region", "city", "town", "village", "district">(h);
  }

  // The end of a body's name opening at k and closing right before a short
  // name in brackets that spells its initials ("Alianza para el Progreso
  // (APP)"); k when there is none. Twelve words at most, no punctuation.
  size_t InitialledBodyEnd(size_t k, size_t end) const {
    if (k >= end || !text::StartsUpper(Tok(k)) || Is<"The", "A", "An">(Tok(k))) return k;
    for (size_t m = k + 1; m + 2 < end && m <= k + 12; ++m) {
      const std::string_view t = Tok(m);
      if (t == "(") {
        if (m < k + 2 || Tok(m + 2) != ")") return k;
        const std::string_view a = Tok(m + 1);
        bool acronym = a.size() >= 2 && a.size() <= 8 && a[0] >= 'A' && a[0] <= 'Z';
        for (char c : a) acronym = acronym && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
        if (!acronym) return k;
        std::vector<std::string_view> words;
        for (size_t w = k; w < m; ++w) words.push_back(Tok(w));
        if (!text::SpellsInitials(a, words)) return k;
        // (A body, not a thing's name after an article: "the Compact
        // Fluorescent Light (CFL)", "a System Under Test (SUT)": an
        // organisation word, a foreign linking word or no article before.)
        bool body = k == 0 || !Is<"the", "a", "an", "The", "A", "An">(Tok(k - 1));
        for (size_t w = k; w < m && !body; ++w) {
          body = lex_.orgs.Contains(NoDot(Tok(w))) ||
                 Is<"de", "des", "du", "la", "le", "les", "et", "y", "del", "di", "da", "do", "dos", "das",
                             "para", "el", "en", "und", "van", "von">(Tok(w));
        }
        return body ? m : k;
      }
      if (!IsWordTok(m)) return k;
    }
    return k;
  }

  bool Initials(size_t k) const {
    std::string_view t = Tok(k);
    // ("Chief Minister MK Stalin", "chief minister DK Shivakumar": two
    // initials written together, undotted, before a family name that ends
    // the name, or two names; not an acronym of a body or an office, "EU",
    // "MP", "UK".)
    if (t.size() == 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'A' && t[1] <= 'Z' && !lex_.not_orgs.Find(t) &&
        !lex_.titles.Contains(t) && !lex_.places.Find(t) && !lex_.org_names.Find(t) && k > 0 &&
        k + 2 < doc_.tokens.size() && IsCap(k + 1) && !IsAcronym(Tok(k + 1)) &&
        // ("Prime Minister KP Sharma Oli": or two names after them.)
        (!IsCap(k + 2) ||
         // (Not a title's letters before a given name: "MK Gilad Kariv".)
         (k + 3 < doc_.tokens.size() && !IsCap(k + 3) && !IsAcronym(Tok(k + 2)) && !lex_.given.Contains(Tok(k + 1)) &&
          !lex_.titles.Contains(NoDot(Tok(k + 2))) && !lex_.places.Find(Tok(k + 2)) &&
          !lex_.orgs.Contains(NoDot(Tok(k + 2))))) &&
        !lex_.titles.Contains(NoDot(Tok(k + 1))) && !lex_.places.Find(Tok(k + 1)) &&
        !lex_.orgs.Contains(NoDot(Tok(k + 1))) && doc_.tokens[k + 1].span.begin > doc_.tokens[k].span.end) {
      const std::string_view before = NoDot(Tok(k - 1));
      return lex_.titles.Contains(before) || (text::StartsLower(before) && lex_.humans.Contains(before)) ||
             (text::StartsLower(before) && lex_.speech.Contains(before));
    }
    if (t.size() != 4 && t.size() != 6) return false;
    for (size_t i = 0; i < t.size(); i += 2) {
      if (t[i] < 'A' || t[i] > 'Z' || t[i + 1] != '.') return false;
    }
    static constexpr std::string_view kPlaces[] = {"U.S.", "U.N.", "U.K.", "E.U.", "D.C.", "L.A.", "N.Y.", "S.F.",
                                                   "N.J.", "P.R.", "U.A.E."};
    for (std::string_view w : kPlaces) {
      if (t == w) return false;
    }
    return k + 1 < doc_.tokens.size() && IsCap(k + 1) && text::StartsUpper(Tok(k + 1)) && !IsAcronym(Tok(k + 1)) &&
           doc_.tokens[k + 1].span.begin > doc_.tokens[k].span.end;
  }

  // "Hillary Clinton Was Headed", "Lindsey Graham Says": a capitalised verb
  // in a title-case heading ends the name before it.
  bool TitleCaseVerb(size_t k) const {
    std::string_view t = Tok(k);
    static constexpr std::string_view kAux[] = {"Is", "Was", "Are", "Were", "Will", "Would", "Has", "Have", "Had",
                                                "Can", "Could", "Should", "May", "Might", "Must", "Does", "Did",
                                                "Do", "To", "Be", "Says", "Said", "Tells", "Told", "Calls",
                                                "Wants", "Gets", "Goes", "Takes", "Makes", "Slams", "Blasts",
                                                "Speaks", "Warns", "Urges", "Vows", "Claims", "Explains"};
    for (std::string_view w : kAux) if (t == w) return true;
    return false;
  }

  static bool IsRulerTitle(std::string_view t) {
    static constexpr std::string_view kRulers[] = {"King", "Queen", "Emperor", "Empress", "Tsar", "Czar",
                                                   "Tsarina", "Shah", "Sultan", "Pope", "Caliph", "Emir",
                                                   "Pharaoh"};
    for (std::string_view w : kRulers) if (t == w) return true;
    return false;
  }

  bool SpeechVerbAt(size_t k, size_t end) const { return k < end && lex_.speech.Contains(Tok(k)); }

  // "Biden, speaking at a union hall, said", "Pelosi, who spoke to
  // reporters, told": a participle or relative aside set off by commas,
  // then a speech verb.
  bool SpeaksAfterAside(size_t k, size_t end) const {
    if (k + 3 >= end || Tok(k) != ",") return false;
    const std::string_view w = Tok(k + 1);
    // ("Anand, a Democrat, said", "Okafor, a lawyer, said": a person's
    // noun set off before the speech verb.)
    if (Is<"a", "an", "the">(w)) {
      // (Not a body's name ending in a noun, "... of the Country, a state
      // agency handling ..., said".)
      if (k >= 2 && Is<"the", "of", "for", "and">(Tok(k - 2))) return false;
      for (size_t m = k + 3; m + 1 < end && m < k + 6; ++m) {
        if (Tok(m).ends_with("ing")) return false;
        // ("Munro, a former councillor who defected last year, said": a
        // person's noun, then a relative clause to the comma.)
        if (Tok(m) == "who" && text::StartsLower(Tok(m - 1)) &&
            (lex_.titles.Contains(Tok(m - 1)) || (lex_.humans.Contains(Tok(m - 1)) && AgentNoun(Tok(m - 1))))) {
          for (size_t c = m + 1; c + 1 < end && c < m + 14; ++c) {
            if (Tok(c) == ",") return text::StartsLower(Tok(c + 1)) && lex_.speech.Contains(Tok(c + 1));
            if (Tok(c) == ";" || Tok(c) == ".") return false;
          }
          return false;
        }
        if (Tok(m) != ",") continue;
        const std::string_view head = Tok(m - 1);
        // (Not a body's noun: "the Independent, a British newspaper, said".)
        const bool person = (text::StartsLower(head) &&
                             (lex_.titles.Contains(head) ||
                              (lex_.humans.Contains(head) && AgentNoun(head) &&
                               !Is<"newspaper", "paper", "broadcaster", "publisher", "carrier", "provider",
                                          "operator", "manufacturer", "retailer", "lender", "insurer", "regulator",
                                          "developer", "maker", "producer", "supplier", "center", "centre", "monitor",
                                          "tracker", "watchdog", "owner", "sponsor", "organizer", "organiser">(head)))) ||
                            (m == k + 3 && Is<"Democrat", "Republican", "Conservative", "Tory", "Liberal",
                                                     "Socialist", "Libertarian">(head));
        return person && text::StartsLower(Tok(m + 1)) && lex_.speech.Contains(Tok(m + 1));
      }
      return false;
    }
    if (!(w == "who" || (text::StartsLower(w) && w.size() > 4 && w.substr(w.size() - 3) == "ing"))) return false;
    for (size_t m = k + 2; m + 1 < end && m < k + 16; ++m) {
      // ("Humphrey, who calls Trump a "sociopath," said": the aside's comma
      // inside a closing mark.)
      if (Tok(m) == ",") {
        const size_t v = m + 2 < end && IsDoubleMark(m + 1) ? m + 2 : m + 1;
        return text::StartsLower(Tok(v)) && lex_.speech.Contains(Tok(v));
      }
      if (Tok(m) == ";" || Tok(m) == ".") return false;
    }
    return false;
  }

  // Verbs whose subject is a person's life or mind, not a place's or a
  // thing's: "Galois returned", "Chao taught", "Theodorus was born".
  static bool IsPersonVerb(std::string_view t) {
    static constexpr std::string_view kVerbs[] = {
        "born", "died", "dies", "married", "marries", "wrote", "writes", "studied", "studies", "taught",
        "teaches", "returned", "lived", "became", "befriended", "decided", "decides", "felt", "feels",
        "thought", "believed", "believes", "wanted", "wants", "knew", "learned", "learnt", "graduated",
        "enrolled", "attended", "resigned", "retired", "sang", "sings", "starred", "stars", "painted",
        "composed", "smiled", "laughed", "cried", "wept", "prayed", "educated", "baptized", "baptised",
        "raised", "ordained", "knighted", "elected", "appointed", "buried", "killed", "murdered",
        "arrested", "imprisoned", "exiled", "hired", "fired", "met", "meets", "visited", "himself",
        "herself", "hoped", "hopes", "realized", "realised", "remembered", "remembers", "recalled",
        "recalls", "admired", "loved", "loves", "hated", "hates", "spent", "worked", "works",
        "joined", "tried", "tries", "refused", "failed", "managed", "agreed", "agrees", "chose",
        "fled", "traveled", "travelled",
        // ("Angelika Brandt defended the policy": a stance taken in public.)
        "defended", "defends", "welcomed", "welcomes", "criticized", "criticised", "criticizes", "criticises",
        "condemned", "condemns", "apologized", "apologised", "thanked", "thanks", "slammed", "blasted",
        // ("Harlan disagrees.": a view held against another's.)
        "disagrees", "disagreed", "objected", "objects",
        // ("Salvini drew a crowd in Milan", "Meloni addressed supporters": a
        // campaigner's day.)
        "drew", "addressed", "campaigned", "toured", "rallied", "greeted", "waved",
        // ("Tigist Alemu won the race", "Novak Pavlic shrugged": a
        // competitor's result, a speaker's gesture.)
        "won", "scored", "finished", "clocked", "competed", "withdrew", "shrugged", "paused", "nodded", "sighed",
        "grinned", "trained", "raced", "swam",
        // ("Fabiano Caruana lost. "...," he said": the other result, and
        // the climber's and the rider's day.)
        "lost", "beat", "defeated", "blundered", "struggled", "rode", "climbed", "summited",
        // ("Almaz Tekle was disqualified", "Peres Jepchirchir fell but
        // recovered": an athlete's race going wrong.)
        "disqualified", "beaten", "injured", "fell", "stumbled", "recovered", "collapsed", "sprinted", "false-started",
        // ("Ferrandi spoke in Lyon. "...," he said": a speaker's appearance.)
        "spoke", "speaks", "testified", "testifies", "unveiled", "appeared",
        // ("Trump walked to the lectern. "...," he said": a candidate's body
        // on the stage.)
        "walked", "strode", "stepped", "stood", "sat", "paced", "leaned", "joked", "hugged", "winked", "frowned",
        "choked", "teared", "chuckled", "smirked", "bristled", "fumed", "beamed", "gestured", "shrugs", "smiles",
        "laughs", "nods"};
    for (std::string_view w : kVerbs) if (t == w) return true;
    return false;
  }

  // A speech verb or a person's verb right after k, alone or after an
  // auxiliary or adverb ("Chao was born", "Theodorus also taught").
  bool PersonVerbSoon(size_t k, size_t end) const {
    // ("Sales fell 20 per cent", "Prices rose": a market's plural noun,
    // capitalised to open the sentence, is no one.)
    if (k > 0 && Is<"Sales", "Prices", "Shares", "Profits", "Exports", "Imports", "Stocks", "Earnings",
                                 "Revenues", "Rates", "Yields", "Markets", "Bonds", "Deaths", "Cases", "Wages",
                                 "Temperatures", "Rents", "Costs", "Orders", "Deliveries", "Arrivals", "Numbers">(Tok(k - 1))) {
      return false;
    }
    static constexpr std::string_view kBetween[] = {"was", "is", "had", "has", "also", "then", "later", "soon",
                                                    "never", "first", "finally", "eventually", "once", "again",
                                                    "would", "could", "did", "will", "always", "often"};
    for (size_t m = k; m < end && m < k + 3; ++m) {
      std::string_view t = Tok(m);
      if (!text::StartsLower(t)) return false;
      // ("Wikinews spoke with Professor Tanabe", "The Tab spoke to Ellie":
      // an outlet's interview, which a person's appearance is not.)
      if (Is<"spoke", "speaks">(t) && m + 1 < end && Is<"to", "with">(Tok(m + 1))) return false;
      // (A result right after the name only: "Black was lost for 40 moves"
      // names no one.)
      if (m > k && Is<"lost", "beat", "defeated", "blundered", "struggled">(t)) return false;
      if (lex_.speech.Contains(t) || IsPersonVerb(t)) return true;
      bool between = false;
      for (std::string_view w : kBetween) between = between || t == w;
      // ("Allende famously said", "Tohá flatly denied": a manner adverb.)
      // (Right after the name only: "Łódź is jokingly called" names a city.)
      between = between || (m == k && m + 1 < end && lex_.speech.Contains(Tok(m + 1)) &&
                            Is<"famously", "flatly", "repeatedly", "publicly", "privately", "angrily", "firmly",
                                   "bluntly", "openly", "categorically", "vehemently", "sharply", "reportedly",
                                   "flippantly", "jokingly", "tearfully", "defiantly", "emphatically">(t));
      if (!between) return false;
    }
    return false;
  }

  void Scan(const Sentence& s) {
    const bool heading = heading_[s.paragraph];
    // Whether a bracket opens in the sentence, so that a body named before
    // its short name is looked for only where one may be.
    bool bracket = false;
    for (size_t m = s.first_token; m < s.end_token && !bracket; ++m) bracket = Tok(m) == "(";
    size_t k = s.first_token;
    while (k < s.end_token) {
      std::string_view t = Tok(k);
      // "@RiverRat22 wrote": a handle names an account, who posts as a person.
      if (t.size() >= 3 && t[0] == '@') {
        Add(k, k + 1, EntityType::kPerson, std::string(t));
        ++k;
        continue;
      }
      // Dates.
      if (size_t b = DateAt(k, s); b > k) {
        Add(k, b, EntityType::kDate, JoinTokens(k, b));
        k = b;
        continue;
      }
      if (IsHyphenModifier(k) && text::StartsUpper(t) && !IsCap(k)) {
        // "Virginia-based": the place before the hyphen.
        std::string_view head = t.substr(0, t.rfind('-'));
        if (const std::string* v = lex_.places.Find(head)) {
          Span sp = doc_.tokens[k].span;
          Raw r;
          r.span = {sp.begin, uint32_t(sp.begin + head.size())};
          r.type = EntityType::kGpe;
          r.key = *v;
          raws_.push_back(std::move(r));
        }
        ++k;
        continue;
      }
      if (!IsCap(k)) {
        ++k;
        continue;
      }
      // "Everytown for Gun Safety (EGS)", "Alianza para el Progreso (APP)",
      // "Confédération des syndicats nationaux (CSN)": words right before a
      // short name in brackets that spells their initials name one body,
      // whatever their case and linking words.
      if (const size_t n0 = Is<"The", "A", "An">(t) ? k + 1 : k, e = bracket ? InitialledBodyEnd(n0, s.end_token) : n0;
          e > n0) {
        Add(n0, e, EntityType::kOrg, JoinTokens(n0, e));
        k = e;
        continue;
      }
      size_t a = k, b = k + 1;
      while (b < s.end_token) {
        // ("Theresa May": the month after a given name is her family name,
        // no modal.)
        // ("Mohamed Said Abdi", "Anwar Said Hassan": "Said", a given name of
        // the Arab world, between two names, outside a title-case heading.)
        if (IsCap(b) && (!TitleCaseVerb(b) || (Tok(b) == "May" && (lex_.given.Contains(Tok(b - 1)) || MonthAsName(b))) ||
                         (Tok(b) == "Said" && !heading_[s.paragraph] && lex_.given.Contains(Tok(b - 1)) &&
                          b + 1 < s.end_token && IsCap(b + 1) && !TitleCaseVerb(b + 1) && Tok(b + 1).size() > 2) ||
                         // ("Fatma Said, a teacher, said", "Azalina Othman Said
                         // said", "Edward Said wrote": the family name, its
                         // capital mid-sentence, before a comma or a verb of
                         // saying.)
                         (Tok(b) == "Said" && !heading_[s.paragraph] && b > s.first_token &&
                          (b + 1 >= s.end_token || Is<",", ".", "'s", "\xE2\x80\x99s", ")">(Tok(b + 1)) ||
                           (text::StartsLower(Tok(b + 1)) && lex_.speech.Contains(Tok(b + 1))))))) {
          ++b;
          continue;
        }
        std::string_view c = Tok(b);
        // ("Spec. 4 James Carter": the specialist's grade inside the run.)
        if (c.size() <= 2 && c[0] >= '1' && c[0] <= '9' && b + 1 < s.end_token && IsCap(b + 1) &&
            Is<"Spec", "Specialist">(NoDot(Tok(b - 1)))) {
          ++b;
          continue;
        }
        // ("Corvane Pharma plc": a British company's suffix in lower case
        // ends its name.)
        if (c == "plc") {
          ++b;
          break;
        }
        bool glued_apostrophe = (c == "'" || c == "\xE2\x80\x99") &&
                                doc_.tokens[b].span.begin == doc_.tokens[b - 1].span.end &&
                                Tok(b - 1).back() == 's' && b + 1 < s.end_token && IsCap(b + 1) &&
                                doc_.tokens[b + 1].span.begin > doc_.tokens[b].span.end;
        if (glued_apostrophe) {
          b += 2;
          continue;
        }
        // ("the Cook County Sheriff's Office", "Boston Children's Hospital",
        // "the Republican People's Party": a people noun's possessive inside
        // a body's name that ends in its organisation word.)
        if ((c == "'s" || c == "\xE2\x80\x99s") && doc_.tokens[b].span.begin == doc_.tokens[b - 1].span.end &&
            b + 1 < s.end_token && IsCap(b + 1)) {
          char buf[24];
          const std::string_view owner = text::FoldCase(Tok(b - 1), buf, sizeof buf);
          size_t e = b + 1;
          while (e < s.end_token && e < b + 4 && IsCap(e)) ++e;
          // ("Rosie's Cafe said", "Lyle's Pharmacy": a shop named for its
          // owner, whoever that is.)
          char fb[24];
          const bool shop = e == b + 2 && Is<"cafe", "café", "diner", "bakery", "pharmacy", "restaurant", "grill",
                                              "bistro", "pub", "tavern", "deli", "boutique", "salon", "pizzeria",
                                              "brewery", "winery", "hardware", "furniture">(text::FoldCase(Tok(e - 1), fb, sizeof fb));
          if ((((lex_.humans.Contains(owner) || lex_.titles.Contains(owner)) && !lex_.given.Contains(Tok(b - 1))) ||
               shop) &&
              lex_.orgs.Contains(NoDot(Tok(e - 1)))) {
            b = e;
            continue;
          }
          // ("Lloyd's List said", "Lloyd's Register": a listed name holding
          // a possessive.)
          if (lex_.org_names.Find(JoinTokens(a, b + 2))) {
            b += 2;
            continue;
          }
        }
        // ("The Société de transport de Montréal says", "the Confédération
        // des syndicats nationaux (CSN)": a French body's name, its lower-case
        // words and particles included.)
        if (Is<"de", "du", "des", "d'", "\xC3\xA0", "et">(c) &&
            Is<"Société", "Université", "Commission", "Confédération", "Fédération", "Régie", "Caisse",
                        "Conseil", "Ministère", "Syndicat", "Centre", "Institut", "Association", "Banque", "Agence",
                        "Direction", "Collège", "Cégep", "Office", "Bureau", "Ordre", "Regroupement", "Alliance",
                        "Front", "Mouvement", "Parti", "Assemblée", "Sûreté", "Tribunal", "Cour", "Hôpital">(Tok(Is<"The", "La", "Le">(Tok(a)) && a + 1 < b ? a + 1 : a))) {
          size_t e = b, last_ok = b;
          while (e < s.end_token && e < a + 12) {
            const std::string_view w = Tok(e);
            if (IsCap(e)) {
              last_ok = ++e;
            } else if (Is<"de", "du", "des", "d'", "\xC3\xA0", "et", "la", "le", "les", "pour", "sur", "en">(w)) {
              ++e;
            } else if (text::StartsLower(w) && IsWordTok(e) && !lex_.speech.Contains(w) &&
                       !Is<"the", "a", "an", "and", "of", "in", "on", "said", "says", "has", "had", "is", "was",
                               "will", "would", "which", "who", "that", "to", "for", "with">(w)) {
              last_ok = ++e;
            } else {
              break;
            }
          }
          if (last_ok > b) {
            b = last_ok;
            continue;
          }
        }
        // "Special Agent in Charge Mark Ruiz": one rank.
        if (c == "in" && Tok(b - 1) == "Agent" && b + 1 < s.end_token && Tok(b + 1) == "Charge") {
          b += 2;
          continue;
        }
        // Name particles ("Erik ten Hag", "Ursula von der Leyen", "Leonardo
        // da Vinci") join the capitalised words around them.
        // "Department of Health and Social Care", "Food and Drug
        // Administration": "and" inside an institution's name (after its
        // "of", or before its organisation word).
        // "Johnson and Johnson": a listed name written with "and".
        // ("Pacific Gas and Electric": a few words before it.)
        if (c == "and" && b + 1 < s.end_token && IsCap(b + 1) && b <= a + 3 &&
            lex_.org_names.Find(JoinTokens(a, b + 2))) {
          b += 2;
          continue;
        }
        // ("Climate Change and Energy Minister Chris Bowen", "Environment,
        // Forests and Climate Change Minister": a portfolio of several
        // fields before its office, whose name follows.)
        const size_t field = Tok(a) == "The" && b > a + 1 ? a + 1 : a;
        if (c == "and" && b + 3 < s.end_token && IsCap(b + 1) && b <= field + 3 && Portfolio(Tok(field))) {
          size_t e = b + 1;
          while (e < s.end_token && e < b + 5 && IsCap(e) && !TitleWord(e, a, s.end_token)) ++e;
          if (e < s.end_token && IsCap(e) && TitleWord(e, a, s.end_token)) {
            size_t n = e;
            while (n < s.end_token && IsCap(n) && TitleWord(n, a, s.end_token)) ++n;
            while (n < s.end_token && n < b + 10 && IsCap(n)) ++n;  // the office and any name
            b = n;
            continue;
          }
        }
        // ("The Ministry of Agriculture, Fisheries and Food", "the Department
        // for Environment, Food and Rural Affairs": a body's fields listed
        // with commas and one "and".)
        if (c == "," && b + 3 < s.end_token && IsCap(b + 1) && b > a + 2) {
          bool body_of = false;
          for (size_t x = a + 1; x < b && !body_of; ++x) {
            body_of = (Tok(x) == "of" || Tok(x) == "for") && lex_.orgs.Contains(NoDot(Tok(x - 1)));
          }
          auto field = [&](size_t x) {
            return Portfolio(Tok(x)) || Is<"Fisheries", "Food", "Forestry", "Forests", "Rural", "Consumer",
                                                     "Media", "Technology", "Innovation", "Heritage", "Arts",
                                                     "Communities", "Local", "Planning", "Care", "Welfare", "Skills",
                                                     "Family", "Children", "Equality", "Security", "Home",
                                                     "Development", "Mines", "Resources", "Natural", "Land",
                                                     "Fisheries", "Oceans", "Parks", "Wildlife", "Veterans">(Tok(x));
          };
          size_t x = b;
          bool listed = false;
          while (body_of && x + 1 < s.end_token && Tok(x) == "," && IsCap(x + 1) && field(x + 1)) {
            x += 2;
            if (x < s.end_token && IsCap(x) && !field(x) && x + 1 < s.end_token && Tok(x + 1) != ",") ++x;
          }
          if (body_of && x > b && x + 1 < s.end_token && Tok(x) == "and" && IsCap(x + 1) && field(x + 1)) {
            x += 2;
            while (x < s.end_token && x < b + 12 && IsCap(x)) ++x;
            listed = true;
          }
          if (listed) {
            b = x;
            continue;
          }
        }
        if (c == "and" && b + 1 < s.end_token && IsCap(b + 1) && b > a) {
          bool of_run = false;
          for (size_t x = a + 1; x < b && !of_run; ++x) {
            of_run = (Tok(x) == "of" || Tok(x) == "for") && lex_.orgs.Contains(NoDot(Tok(x - 1)));
          }
          size_t e = b + 1;
          while (e < s.end_token && e < b + 5 && IsCap(e)) ++e;
          // (Not two bodies, "British Library and Columbia University", nor
          // a body and a place, "University of Birmingham and London".)
          bool left_org = false, right_place = false;
          for (size_t x = a; x < b && !left_org; ++x) left_org = lex_.orgs.Contains(NoDot(Tok(x)));
          bool right_org = false;
          for (size_t x = b + 1; x < e && !right_place; ++x) right_place = lex_.places.Find(Tok(x)) != nullptr;
          for (size_t x = b + 1; x + 1 < e && !right_org; ++x) right_org = lex_.orgs.Contains(NoDot(Tok(x + 1)));
          // ("Center for Strategic and International Studies": adjectives
          // of one field joined by "and" before the body's noun.)
          bool adjectives = of_run && b >= a + 3 && Is<"of", "for">(Tok(b - 2));
          for (size_t x = b - 1; adjectives && x < b; ++x) {
            const std::string_view w = Tok(x);
            adjectives = w.ends_with("ic") || w.ends_with("al") || w.ends_with("ive") || w.ends_with("ary");
          }
          of_run = of_run && (!right_org || adjectives);
          const bool org_end = lex_.orgs.Contains(NoDot(Tok(e - 1))) && !left_org;
          if ((of_run || org_end) && !right_place) {
            b = e;
            continue;
          }
        }
        if (c == "of" || c == "for" || c == "&" || IsParticle(c) || (c == "do" && (b > a + 1 || lex_.given.Contains(Tok(a))))) {
          size_t n = b + 1;
          if (n < s.end_token && (Tok(n) == "the" || Tok(n) == "la" || (IsParticle(c) && IsParticle(Tok(n))))) ++n;
          if (n < s.end_token && IsCap(n)) {
            b = n + 1;
            continue;
          }
        }
        break;
      }
      // "Mike "Iron" Delaney", "Ferdinand "Bongbong" Marcos Jr.": a
      // nickname in quotation marks inside a person's name.
      // ("Senator Juan Miguel "Migz" Zubiri": a title and two given names.)
      // ("Infrastructure Minister Ariel "Arik" Shamron": a portfolio before
      // the title too.)
      size_t named_from = b - a == 3 && TitleWord(a, a, b) && NameLike(a + 1) && !TitleWord(a + 1, a, b) ? a + 1 : a;
      for (size_t t = a; named_from == a && b - a >= 3 && b - a <= 5 && t + 1 < b; ++t) {
        if (TitleWord(t, a, b) && b - (t + 1) <= 2 && NameLike(t + 1) && !TitleWord(t + 1, a, b)) named_from = t + 1;
      }
      if (b < s.end_token && b - named_from <= 2 && IsDoubleMark(b) && NameLike(named_from) && !IsStarter(named_from)) {
        size_t q = b + 1;
        while (q < s.end_token && q < b + 4 && IsCap(q)) ++q;
        // ("Finn "karrigan" Andersen", "Oleksandr "s1mple" Kostyliev": a
        // player's handle in lower case or with digits, one word.)
        if (q == b + 1 && q + 1 < s.end_token && IsDoubleMark(q + 1)) {
          const std::string_view h = Tok(q);
          bool handle = h.size() >= 2 && h.size() <= 16;
          for (char ch : h) {
            handle = handle && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                                ch == '_');
          }
          if (handle) ++q;
        }
        // ("Lee "Faker" Sang-hyeok": a Korean given name after the handle.)
        auto korean_given = [&](size_t n) {
          const std::string_view g = Tok(n);
          const size_t hy = g.find('-');
          return IsCap(n) && hy != std::string_view::npos && hy >= 2 && hy <= 5 && hy + 2 < g.size() &&
                 g.size() - hy - 1 <= 6 && g[hy + 1] >= 'a' && g[hy + 1] <= 'z';
        };
        // ("Sen. Ronaldo "Bato" dela Paz": a family name's particle.)
        const bool particle = q + 2 < s.end_token && IsParticle(Tok(q + 1)) && IsCap(q + 2) && NameLike(q + 2);
        if (q > b + 1 && q + 1 < s.end_token && IsDoubleMark(q) &&
            ((IsCap(q + 1) && NameLike(q + 1)) || particle || korean_given(q + 1))) {
          size_t e = particle ? q + 3 : q + 2;
          while (e < s.end_token && e < q + 4 && IsCap(e)) ++e;
          // ("Heavyweight Mike "Iron" Delaney": a descriptor before the
          // given name stays out.)
          const size_t given = named_from > a             ? named_from
                               : b - a == 2 && !lex_.given.Contains(Tok(a)) ? a + 1
                                                                            : a;
          // (The gender from the word right before the nickname: "Marine
          // John "Tig" Tiegen" is John.)
          const std::string* g = lex_.given.Find(Tok(b - 1));
          Add(given, e, EntityType::kPerson, JoinTokens(given, b) + " " + JoinTokens(q + 1, e),
              named_from > a ? TokSpan(a, named_from) : Span{}, g && g->size() == 1 ? (*g)[0] : 0);
          raws_.back().nickname = JoinTokens(b + 1, q);
          k = e;
          continue;
        }
      }
      // "Moody's said", "McDonald's announced": a listed name ending in 's,
      // when a verb follows (no possessive does: "Welch's support"), or a
      // comma ("The auction house, Sotheby's, said").
      if (b + 1 < s.end_token && (Tok(b) == "'s" || Tok(b) == "\xE2\x80\x99s") &&
          doc_.tokens[b].span.begin == doc_.tokens[b - 1].span.end &&
          (Tok(b + 1) == "," || (text::StartsLower(Tok(b + 1)) && SpeechVerbAt(b + 1, s.end_token)) ||
           [](std::string_view w) {
             for (std::string_view v : {"is", "was", "has", "had", "will", "would", "cut", "raised", "lowered",
                                        "downgraded", "upgraded", "reported", "posted", "rose", "fell", "plans"}) {
               if (w == v) return true;
             }
             return false;
           }(Tok(b + 1)))) {
        for (size_t o = b - 1; o < b; ++o) {
          if (lex_.org_names.Find(JoinTokens(o, b + 1))) {
            if (o > a) Run(a, o, s, heading);
            Add(o, b + 1, EntityType::kOrg, *lex_.org_names.Find(JoinTokens(o, b + 1)));
            a = b = b + 1;
            break;
          }
        }
        // ("St. Anne's said": a hospital, school or church named for its
        // saint, before a verb of saying.)
        if (a != b && b >= a + 2 && b - a <= 3 && Is<"St.", "St", "Saint">(Tok(a)) && SpeechVerbAt(b + 1, s.end_token)) {
          Add(a, b + 1, EntityType::kOrg, JoinTokens(a, b) + "'s");
          a = b = b + 1;
        }
        if (a == b) {
          k = b;
          continue;
        }
      }
      // ("von der Leyen told the Parliament", "said van der Plas": a family
      // name led by lower-case particles, with no given name before them,
      // beside a verb of saying.)
      if (b == a + 1 && a > s.first_token && IsParticle(Tok(a - 1)) && !IsCap(a - 1)) {
        size_t p = a - 1;
        while (p > s.first_token && IsParticle(Tok(p - 1)) && a - p < 3) --p;
        // (Not inside a body's name: "the Fédération de la Haute Couture et
        // de la Mode said".)
        bool before_ok = true;
        for (size_t q = p > s.first_token + 2 ? p - 2 : s.first_token; q < p && before_ok; ++q) {
          before_ok = !IsCap(q) || q == s.first_token;
        }
        const bool speaks = (b < s.end_token && text::StartsLower(Tok(b)) && SpeechVerbAt(b, s.end_token)) ||
                            (p > s.first_token && text::StartsLower(Tok(p - 1)) && lex_.speech.Contains(Tok(p - 1)));
        if (before_ok && speaks && !lex_.places.Find(Tok(a)) && !lex_.orgs.Contains(NoDot(Tok(a)))) {
          Add(p, b, EntityType::kPerson, JoinTokens(p, b));
          raws_.back().speaks = true;
          k = b;
          continue;
        }
      }
      Run(a, b, s, heading);
      k = b;
    }
  }

  // Splits a run at "of"/"for" unless an organisation word precedes it
  // ("University of Leeds" stays whole; "Soo Kim of the RAND Corporation"
  // splits).
  // "Palace of ...", "City of ...": a place or facility word before "of".
  // ("Sgt. Mike Lane of the Colorado State Patrol": a given name before a
  // place word that is also a family name makes it a person's name.)
  bool PlaceHead(size_t k) const {
    if (Tok(k) != "of") return false;
    const std::string* kind = lex_.suffixes.Find(Tok(k - 1));
    if (!kind || (*kind != "LOC" && *kind != "GPE")) return false;
    return !(k >= 2 && SurnameLike(Tok(k - 1)) && lex_.given.Contains(Tok(k - 2)));
  }

  // Place and thing words that are also family names ("Tom Park", "Doris
  // Day").
  static bool SurnameLike(std::string_view word) {
    static constexpr std::string_view kSurnameLike[] = {"park", "lake", "street", "bay", "forest", "bridge", "hall", "lane",
                                                        "beach", "day", "war", "bill", "show", "summit"};
    char buf[16];
    std::string_view folded = text::FoldCase(word, buf, sizeof buf);
    for (std::string_view w : kSurnameLike) {
      if (folded == w) return true;
    }
    return false;
  }

  // "Duchess of Cornwall", "the Prince of Wales", "Archbishop of
  // Canterbury": a peerage or see named by its place is a person. The
  // style's gender, or 0.
  static char PeerageGender(std::string_view w) {
    if (Is<"Duke", "Earl", "Marquess", "Viscount", "Baron", "Prince", "Archbishop", "Bishop">(w)) return 'm';
    if (Is<"Duchess", "Countess", "Marchioness", "Viscountess", "Baroness", "Princess">(w)) return 'f';
    return 0;
  }

  void Run(size_t a, size_t b, const Sentence& s, bool heading) {
    // ("The Cabinet Manual states", "the Party Handbook": a document's name,
    // no one, even after a title's word.)
    if (b >= a + 2 && b - a <= 4 && Is<"Manual", "Handbook", "Guidelines", "Rulebook">(Tok(b - 1))) return;
    after_of_ = field_and_ = false;  // (an early return below may leave them set)
    // ("Minister of Science and Technology Ana Ruiz", "Secretary of Housing
    // and Urban Development Marcia Fudge": a run after an office's field and
    // "and" goes on with the field, as after the office's "of".)
    if (b >= a + 3 && a >= s.first_token + 4 && Tok(a - 1) == "and" && IsCap(a - 2)) {
      size_t p = a - 2;
      while (p > s.first_token && a - p <= 4 && IsCap(p - 1)) --p;
      if (p > s.first_token + 1 && Is<"of", "for">(Tok(p - 1)) &&
          (lex_.titles.Contains(NoDot(Tok(p - 2))) || Is<"Secretary", "Minister", "Department",
                                                                      "Ministry", "Commissioner", "Director">(Tok(p - 2)))) {
        after_of_ = true;
        field_and_ = true;
      }
    }
    // ("The Joint Chiefs of Staff said": a listed name holding "of".)
    {
      size_t p = a;
      while (p < b && IsStarter(p)) ++p;
      if (b >= p + 3) {
        if (const std::string* v = lex_.org_names.Find(JoinTokens(p, b))) {
          Add(p, b, EntityType::kOrg, *v);
          return;
        }
      }
    }
    // (Alone after an article or at the start: "The Duchess of Cornwall
    // said", not "Prince Harry, Duke of Sussex" inside a longer run.)
    {
      size_t p = a;
      while (p < b && IsStarter(p)) ++p;
      // (After its article, as news writes it: "2nd Earl of Clare" in a
      // lineage is left to the name rules.)
      const bool article = (p > a && Is<"The", "the">(Tok(p - 1))) ||
                           (p == a && p > s.first_token && Is<"the", "The">(Tok(p - 1)));
      if (!heading && article && p + 2 < b && Tok(p + 1) == "of" && PeerageGender(Tok(p)) && IsCap(p + 2)) {
        size_t e = p + 2;
        while (e < b && IsCap(e)) ++e;
        // ("The Bishop of Durham, the Rt Rev David Jenkinson, said": the
        // holder named in apposition is the person; the see describes him.)
        bool holder_named = false;
        for (size_t n = b + 1; b < s.end_token && Tok(b) == "," && n < s.end_token && n < b + 8 && !holder_named;
             ++n) {
          if (Tok(n) == ",") break;
          holder_named = IsCap(n) && lex_.given.Contains(Tok(n));
        }
        // ("the Duke of Harrowgate's gamekeeper": an owner, left as before.)
        const bool owner = b < s.end_token && Is<"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99">(Tok(b));
        if (e == b && !holder_named && !owner) {
          Add(p, b, EntityType::kPerson, JoinTokens(p, b), {}, PeerageGender(Tok(p)));
          return;
        }
      }
    }
    // ("Chief Justice of Pakistan Qazi Faez Isa said", "Chief Justice of
    // India D.Y. Chandrachud": an office of a country, then its holder's
    // name, which the recogniser knows by no given name.)
    if (!heading) {
      size_t p = a;
      while (p < b && IsStarter(p)) ++p;
      size_t t = p;
      while (t < b && lex_.titles.Contains(NoDot(Tok(t))) && text::StartsUpper(Tok(t))) ++t;
      if (t > p && t + 3 < b && Tok(t) == "of" && lex_.places.Find(Tok(t + 1)) && IsCap(t + 2) &&
          !lex_.places.Find(Tok(t + 2)) && !lex_.titles.Contains(NoDot(Tok(t + 2))) &&
          !lex_.orgs.Contains(NoDot(Tok(b - 1)))) {
        bool plain = true;  // the holder's words hold no "of" or "and" of their own
        for (size_t k = t + 2; k < b && plain; ++k) plain = IsCap(k) && !Is<"of", "and", "for", "&">(Tok(k));
        const bool speaks = b < s.end_token && text::StartsLower(Tok(b)) && SpeechVerbAt(b, s.end_token);
        const bool apposed = b < s.end_token && Tok(b) == ",";
        if (plain && (speaks || apposed)) {
          Lexical(t + 1, t + 2);
          Add(t + 2, b, EntityType::kPerson, JoinTokens(t + 2, b), TokSpan(p, t + 2));
          return;
        }
      }
    }
    size_t seg = a;
    bool body = false;  // an organisation word opened this piece ("The National Agency for the Safety of Medicines")
    for (size_t k = a; k < b; ++k) {
      std::string_view t = Tok(k);
      if ((t == "of" || t == "for") && k > seg && !lex_.orgs.Contains(NoDot(Tok(k - 1))) && !PlaceHead(k) && !body) {
        Segment(seg, k, s, heading);
        after_of_ = true;
        seg = k + 1;
        if (seg < b && (Tok(seg) == "the")) ++seg;
        continue;
      }
      // (Only after its "for"/"of" was kept: "Agency for the Safety of".)
      // ("Analysts at the Institute for the Study of War": the body's word
      // first in its piece, before "for the".)
      if ((t == "of" || t == "for") && k > seg && lex_.orgs.Contains(NoDot(Tok(k - 1))) &&
          (k >= seg + 2 || (t == "for" && k + 1 < b && Tok(k + 1) == "the"))) {
        body = true;
      }
    }
    Segment(seg, b, s, heading);
    after_of_ = false;
  }

  void Segment(size_t a, size_t b, const Sentence& s, bool heading) {
    // ("a nurse on the rescue ship Ocean Viking": a vessel's name after its
    // noun is no one, and no body that speaks.)
    if (a > s.first_token + 1 && text::StartsLower(Tok(a - 1)) &&
        Is<"ship", "vessel", "tanker", "freighter", "yacht", "trawler", "ferry", "frigate", "destroyer",
                        "cruiser", "submarine", "liner", "schooner", "barge", "tugboat", "icebreaker", "lifeboat">(Tok(a - 1)) &&
        Is<"the", "rescue", "research", "cargo", "container", "cruise", "fishing", "supply", "patrol",
                        "naval", "hospital", "oil", "merchant", "a", "its", "their", "his", "her">(Tok(a - 2))) {
      return;
    }
    // ("Friends of the Earth", "Just Stop Oil": a listed name that opens
    // with a word that would open any sentence.)
    if (b >= a + 2 && IsStarter(a)) {
      if (const std::string* v = lex_.org_names.Find(JoinTokens(a, b))) {
        Add(a, b, EntityType::kOrg, *v);
        return;
      }
    }
    while (a < b && (IsStarter(a) || !IsWordTok(a))) ++a;
    while (b > a && !IsWordTok(b - 1)) --b;
    // ("Trader Joe's said": a listed name of several words ending in 's,
    // no person's possessive.)
    if (b >= a + 2 && b < s.end_token && Is<"'s", "\xE2\x80\x99s">(Tok(b))) {
      if (const std::string* v = lex_.org_names.Find(JoinTokens(a, b) + "'s")) {
        Add(a, b + 1, EntityType::kOrg, *v);
        return;
      }
    }
    // ("the Supreme Court", "the General Court", "the General Assembly": a
    // body whose name opens with a word that is also a title.)
    if (b - a == 2 && lex_.titles.Contains(NoDot(Tok(a))) &&
        Is<"Court", "Council", "Assembly", "Tribunal", "Staff", "Command", "Synod", "Soviet">(Tok(a + 1)) &&
        !(b < s.end_token && IsCap(b))) {
      Add(a, b, EntityType::kOrg, JoinTokens(a, b));
      return;
    }
    // ("Hollis & Wren said": two names joined by an ampersand are a firm's.)
    if (b - a == 3 && Tok(a + 1) == "&" && IsCap(a) && IsCap(a + 2) && !heading && !IsAcronym(Tok(a)) &&
        !lex_.places.Find(Tok(a)) && !lex_.places.Find(Tok(a + 2))) {
      // ("Standard & Poor's placed": a listed name ending in 's keeps it.)
      const std::string* listed = b < s.end_token && Is<"'s", "\xE2\x80\x99s">(Tok(b))
                                      ? lex_.org_names.Find(JoinTokens(a, b) + "'s")
                                      : nullptr;
      const size_t from = PartnersBefore(a, b, s);
      Add(from, b, EntityType::kOrg, listed && from == a ? *listed : JoinTokens(from, b));
      return;
    }
    // ("Tom Reed of 40 Main St. said": a street after its house number is
    // an address, no person.)
    if (b > a && a > s.first_token && Is<"St.", "St", "Ave.", "Ave", "Rd.", "Blvd.", "Ln.", "Ct.", "Dr.",
                                                      "Pl.", "Street", "Avenue", "Road", "Boulevard", "Lane", "Drive">(Tok(b - 1)) &&
        !Tok(a - 1).empty() && Tok(a - 1)[0] >= '0' && Tok(a - 1)[0] <= '9') {
      Add(a, b, EntityType::kLoc, JoinTokens(a, b));
      return;
    }
    // ("St Patrick's Cathedral", "St. Mary's Hospital": a saint's name
    // before a possessive names a place, no person.)
    if (b - a == 2 && Is<"St", "St.", "Saint">(Tok(a)) && b < s.end_token &&
        Is<"'s", "\xE2\x80\x99s">(Tok(b))) {
      return;
    }
    // ("Labour MP for Bristol West Thangam Debbonaire": a seat ending in its
    // compass word before the member's name.)
    if (a >= 2 && Tok(a - 1) == "for" && Is<"MP", "TD", "MLA", "MSP", "MEP", "MPP", "MNA", "Member">(Tok(a - 2))) {
      for (size_t p = a + 1; p + 2 < b + 1 && p < a + 4; ++p) {
        if (Is<"West", "East", "North", "South", "Central", "Mid">(Tok(p)) && b - (p + 1) >= 2) {
          a = p + 1;
          break;
        }
      }
    }
    // "Diane Abbott MP", "Jane Doe KC": a post-nominal of office or rank
    // follows the name; it is neither part of it nor an organisation.
    // ("Dame Zaha Mohammad Hadid DBE RA": honours too, one or more.)
    for (bool more = true; more && b - a >= 3;) {
      // ("Seán Guerin SC", "Mike Ozekhome SAN": senior counsel.)
      static constexpr std::string_view kPostNominals[] = {"MP",  "MEP", "MSP", "MLA", "QC",  "KC", "SC", "BL", "SAN",
                                                           "DBE", "CBE", "OBE", "MBE", "KBE", "GBE",
                                                           "RA",  "FRS", "KCMG", "CH", "OM", "VC"};
      more = false;
      for (std::string_view w : kPostNominals) {
        if (Tok(b - 1) == w) {
          --b;
          more = true;
          break;
        }
      }
    }
    if (a >= b) return;
    // ("Suncoast Theme Parks, Inc. today announced": a designator after the
    // comma makes the name a company's.)
    if (b + 1 < s.end_token && b - a <= 6 && Tok(b) == "," &&
        [](std::string_view d) {
          for (std::string_view x : {"Inc.", "Inc", "LLC", "L.L.C.", "Ltd.", "Ltd", "Corp.", "N.V.", "plc", "PLC",
                                     "L.P.", "LLP", "S.A.", "Incorporated", "Limited"}) {
            if (d == x) return true;
          }
          return false;
        }(Tok(b + 1))) {
      Add(a, b, EntityType::kOrg, JoinTokens(a, b));
      return;
    }
    if (b - a > 10) {
      // Shouting or a heading run together, not a name: lexicon pieces only.
      Lexical(a, b);
      return;
    }
    EntityType type;
    std::string key;
    // ("Bishop Joseph Strickland of Tyler, Texas,", "in Lynn,
    // Massachusetts": a town the lexicon lacks, before its state or country.)
    if (b - a <= 3 && a > s.first_token && b + 1 < s.end_token && Tok(b) == "," &&
        Is<"of", "in", "from", "near", "outside", "at">(Tok(a - 1)) && LookupPlace(b + 1, b + 2, &type, &key) &&
        type == EntityType::kGpe && !LookupPlace(a, b, &type, &key)) {
      bool town = true;
      for (size_t k = a; k < b && town; ++k) town = IsCap(k) && !TitleWord(k, a, b) && !lex_.orgs.Contains(NoDot(Tok(k)));
      if (town) {
        Add(a, b, EntityType::kGpe, JoinTokens(a, b));
        return;
      }
    }
    if (LookupPlace(a, b, &type, &key)) {
      // "Mark Cuban ... Nevertheless, Cuban said": a place or group word
      // right before a speech verb may be a family name; Group decides.
      if (b == a + 1 && (type == EntityType::kGpe || type == EntityType::kNorp) &&
          (a == s.first_token || (Tok(a - 1) != "the" && Tok(a - 1) != "The")) && SpeechVerbAt(b, s.end_token) &&
          text::StartsLower(Tok(b))) {
        Add(a, b, EntityType::kPerson, JoinTokens(a, b), {}, 0, /*alias=*/true);
        raws_.back().place_fallback = true;
        raws_.back().fallback_type = type;
        raws_.back().fallback_key = std::move(key);
        return;
      }
      Add(a, b, type, key);
      return;
    }
    // ("Lockheed Martin Aeronautics": a listed company of two words or more
    // and a word of its division, no person named Martin.)
    for (size_t e = b - 1; e >= a + 2 && e + 2 >= b; --e) {
      const std::string* v = lex_.org_names.Find(JoinTokens(a, e));
      if (!v) continue;
      bool division = true;
      for (size_t k = e; k < b && division; ++k) {
        division = IsCap(k) && !lex_.titles.Contains(NoDot(Tok(k))) && !lex_.given.Contains(Tok(k)) &&
                   !lex_.places.Find(Tok(k)) && !IsAcronym(Tok(k));
      }
      if (division) {
        Add(a, b, EntityType::kOrg, JoinTokens(a, b));
        return;
      }
      break;
    }
    const std::string_view last = NoDot(Tok(b - 1));
    // ("Ohio State running back X", "Penn State said": a known place's
    // "State" is its university, read as before; "Jigawa State" a place.)
    const bool campus = last == "State" && b - a == 2 && lex_.places.Find(Tok(a));
    if (const std::string* kind = b - a >= 2 && !campus ? lex_.suffixes.Find(last) : nullptr) {
      // "Staten Island", "Fifth Amendment": not a person, unless a given name
      // leads a two-word name whose last word is also a family name
      // ("Tom Park", "Doris Day").
      const bool surname_like = SurnameLike(last);
      // ("Dr. Robert Hall": titles before the given name too.)
      bool titles_before = b - a >= 2;
      for (size_t k = a; k + 2 < b && titles_before; ++k) titles_before = TitleWord(k, a, b);
      // ("U.S. District Judge Eleanor Park": modifiers before the title.)
      if (!titles_before && b - a >= 4 && TitleWord(b - 3, a, b)) titles_before = true;
      // ("Ms. Park", "Sen. Hall": a title right before it makes it a name.)
      const bool titled_surname = surname_like && b - a == 2 && TitleWord(a, a, b);
      // ("Jin-ho Park": a Korean given name written first.)
      if (!(surname_like && titles_before && (lex_.given.Contains(Tok(b - 2)) || KoreanGivenFirst(b - 2))) &&
          !titled_surname) {
        EntityType type = *kind == "LOC" ? EntityType::kLoc : *kind == "GPE" ? EntityType::kGpe
                        : *kind == "ORG" ? EntityType::kOrg : EntityType::kOther;
        // ("Riot Games said", "Epic Games announced": a name of an event's
        // kind that speaks is a company's.)
        if (type == EntityType::kOther && b < s.end_token && text::StartsLower(Tok(b)) && SpeechVerbAt(b, s.end_token)) {
          type = EntityType::kOrg;
        }
        // ("Buckingham Palace said", "Kensington Palace has announced": a
        // royal household speaks by its seat; "the Royal Palace" of a
        // guidebook stays a building.)
        if (type == EntityType::kLoc && Is<"Palace">(last) && b < s.end_token && text::StartsLower(Tok(b)) &&
            (SpeechVerbAt(b, s.end_token) || Is<"issued", "released", "confirmed", "declined", "has", "had">(Tok(b)))) {
          type = EntityType::kOrg;
        }
        Add(a, b, type, JoinTokens(a, b));
        return;
      }
    }
    // "... Foundation", or "Ministry of ...", "Bank of ...".
    bool org_head = false;
    for (size_t k = a; k + 1 < b && !org_head; ++k) {
      bool of = Tok(k + 1) == "of" || Tok(k + 1) == "for" || Tok(k + 1) == "on";
      if (!of) continue;
      org_head = lex_.orgs.Contains(NoDot(Tok(k)));
      if (org_head) break;
      // "Palace of Forty Columns", "City of Cleveland", "Museum of Art".
      if (const std::string* kind = Tok(k + 1) == "of" ? lex_.suffixes.Find(Tok(k)) : nullptr) {
        if (*kind == "LOC" || *kind == "GPE") {
          Add(a, b, *kind == "LOC" ? EntityType::kLoc : EntityType::kGpe, JoinTokens(a, b));
          return;
        }
      }
    }
    // "Bank of England Governor Andrew Bailey": an office of the organisation
    // and a person's name close the run; the person branch below takes it.
    bool office_and_name = false;
    for (size_t j = std::max(a + 3, b >= 3 ? b - 3 : 0); org_head && !office_and_name && j + 1 < b; ++j) {
      office_and_name = lex_.given.Contains(Tok(j)) && TitleWord(j - 1, a, b);
      for (size_t m = j; office_and_name && m < b; ++m) office_and_name = NameLike(m);
    }
    // ("Reserve Bank of India Governor Sudhakar Dasgupta": an office's
    // word, then two name-like words the lexicon does not know.)
    if (!heading && org_head && !office_and_name && b >= a + 5 && TitleWord(b - 3, a, b) &&
        !TitleWord(b - 2, a, b) && !TitleWord(b - 1, a, b) && !lex_.given.Contains(Tok(b - 2))) {
      // (Not "of the Petroleum Exporting Countries": words in -ing or -s,
      // or ever written in lower case, are no names.)
      bool named = true;
      for (size_t m = b - 2; named && m < b; ++m) {
        const std::string_view w = Tok(m);
        named = NameLike(m) && !lex_.orgs.Contains(NoDot(w)) && !IsAcronym(w) && !lex_.places.Find(w) &&
                GivenNameLike(w) && !w.ends_with("ing") && !lex_.suffixes.Find(w) && !lex_.humans.Contains(w);
      }
      // ("Bank of Japan Deputy Governor X": the whole office.)
      size_t ts = b - 3;
      while (ts > a + 2 && TitleWord(ts - 1, a, b)) --ts;
      if (named) {
        Add(a, ts, EntityType::kOrg, JoinTokens(a, ts));
        Add(b - 2, b, EntityType::kPerson, JoinTokens(b - 2, b), TokSpan(ts, b - 2));
        return;
      }
    }
    // ("Justice Department", "Foreign Ministry": a portfolio that is also a
    // title's word, before the body's word alone.)
    // ("Treasury Wine Estates": a company's name of three words too, no
    // given name after the portfolio.)
    const bool portfolio_body = (b - a == 2 || (b - a == 3 && !lex_.given.Contains(Tok(a + 1)) &&
                                                !lex_.titles.Contains(NoDot(Tok(a + 1))))) &&
                                lex_.orgs.Contains(last) && !lex_.titles.Contains(last) &&
                                (Portfolio(Tok(a)) || Is<"Interior", "State", "Treasury", "Defence",
                                                                  "Defense", "Home", "Foreign", "Justice">(Tok(a)));
    // ("State Emergency Service", "National Security Council": a level of
    // government opens the name, no office.)
    const bool level = b - a >= 3 && Is<"State", "National", "Federal", "Regional", "County", "City",
                                                 "Provincial", "Municipal", "District">(Tok(a));
    if (!heading && b - a >= 2 && (lex_.orgs.Contains(last) || org_head) &&
        (!lex_.titles.Contains(Tok(a)) || portfolio_body || level) && !office_and_name) {
      // ("Goldman, Sachs & Company said", "Paul, Weiss, Rifkind, Wharton &
      // Garrison": the partners' names of an older firm, set off by commas
      // before the ampersand's.)
      const size_t from = PartnersBefore(a, b, s);
      Add(from, b, EntityType::kOrg, JoinTokens(from, b));
      return;
    }
    // ("Fort Bragg, N.C., the president said": a state's dotted initials
    // after its town and a comma.)
    if (b - a == 1 && a >= s.first_token + 2 && Tok(a - 1) == "," && IsCap(a - 2) &&
        Is<"N.C.", "S.C.", "N.Y.", "N.J.", "N.H.", "N.M.", "N.D.", "S.D.", "R.I.", "D.C.", "W.Va.", "N.C",
                    "S.C", "N.Y", "N.J", "N.H", "N.M", "N.D", "S.D", "R.I", "D.C">(Tok(a))) {
      Add(a, b, EntityType::kGpe, std::string(Tok(a)));
      return;
    }
    if (b - a == 1 && IsAcronym(Tok(a))) {
      if (DatelinePlace(a, s)) {
        Add(a, b, EntityType::kGpe, std::string(Tok(a)));
      } else if (IsOrgAcronym(Tok(a))) {
        Add(a, b, EntityType::kOrg, std::string(Tok(a)));
      }
      return;
    }
    // "the Senate", "the Court", "the Times": an organisation word alone
    // after "the" names the body.
    if (b - a == 1 && a > s.first_token && lex_.orgs.Contains(Tok(a)) && (Tok(a - 1) == "the") && !heading) {
      Add(a, b, EntityType::kOrg, JoinTokens(a, b));
      return;
    }
    // "Fort Lee", "Lake Erie", "San Antonio": a place word leads the name.
    if (b - a >= 2 && b - a <= 4) {
      if (const std::string* kind = lex_.place_prefixes.Find(Tok(a))) {
        std::string_view p = Tok(a);
        bool saint = p == "St." || p == "St" || p == "Saint";
        // "St. Jerome" is a person, and so is "St. Theodorus" when the article
        // names him alone too.
        // ("of Seaforth, St Thomas,", "in St Paul": after a comma or a
        // preposition of place it is the parish or the city.)
        const bool placed = a > s.first_token && Is<",", "in", "of", "from", "at", "near", "to">(Tok(a - 1));
        // (Not a saint the article names alone too: "of St. Theodorus".)
        if (!(saint && b - a == 2 && ((!placed && lex_.given.Contains(Tok(a + 1))) || AloneElsewhere(a + 1)))) {
          Add(a, b, *kind == "LOC" ? EntityType::kLoc : EntityType::kGpe, JoinTokens(a, b));
          return;
        }
      }
    }
    // "Boston Red Sox", "Pittsburgh Pirates": a place and a capitalised
    // plural is a team.
    if (b - a >= 2 && b - a <= 4) {
      std::string_view last_tok = Tok(b - 1);
      // ("Jordan Ellis said": a given name and a family name in -s before a
      // verb of saying is a person.)
      auto person_said = [&] {
        return (b - a == 2 && b < s.end_token && text::StartsLower(Tok(b)) && lex_.given.Contains(Tok(a)) &&
                SpeechVerbAt(b, s.end_token)) ||
               (b - a == 2 && PlaceAsGivenName(a));  // ("said point guard Jordan Ellis")
      };
      if (last_tok.size() > 3 && last_tok.back() == 's' && last_tok[last_tok.size() - 2] != 's' &&
          text::StartsUpper(last_tok) && !person_said()) {
        for (size_t e = b - 1; e > a; --e) {
          EntityType pt;
          std::string pk;
          if (LookupPlace(a, e, &pt, &pk) && pt == EntityType::kGpe) {
            bool names = true;
            // (Not an office and its holder: "Iowa Gov. Kim Reynolds".)
            for (size_t m = e; m < b && names; ++m) {
              names = NameLike(m) && !lex_.given.Contains(Tok(m)) && !lex_.titles.Contains(NoDot(Tok(m)));
            }
            if (names) {
              Add(a, b, EntityType::kOrg, JoinTokens(a, b));
              return;
            }
            break;
          }
        }
      }
    }
    // Persons: the name starts at the first known given or family name and
    // runs to the end of the segment; title words right before it are kept.
    // A name is at most four words, its particles apart ("Mohammed bin
    // Rashid Al Maktoum").
    size_t particles = 0;
    // ("Maria do Rosário Nunes dos Santos": Portuguese "do" counts too.)
    for (size_t m = a + 1; m + 1 < b && particles < 4; ++m) particles += InnerParticle(m, a, b);
    // ("Hamdan bin Mohammed bin Rashid Al Maktoum": a lineage of two.)
    const size_t longest = 4 + particles + (particles >= 2 ? 1 : 0);
    // ("San Diego Bishop Robert McElroy": a place of two or three words
    // before a title holds no given name.)
    size_t place_end = a;
    for (size_t e = std::min(b - 1, a + 3); place_end == a && e >= a + 2 && b >= 3; --e) {
      if (lex_.places.Find(JoinTokens(a, e)) && TitleWord(e, a, b)) place_end = e;
    }
    // ("Director of National Intelligence Avril Hanes", "Chancellor of the
    // Exchequer Mel Stride-Hughes": after an office's "of", its field ends
    // the object and two or three name-like words follow, known or not.)
    size_t field_end = b;
    if (after_of_ && b >= a + 3) {
      for (size_t p = b - 3; p >= a && b - (p + 1) <= 3; --p) {
        if (Portfolio(Tok(p)) || Is<"Intelligence", "Security", "State", "Exchequer", "Affairs", "Treasury",
                                              "Interior", "Veterans", "Transportation", "Development", "Resources",
                                              "Works", "Services", "Investigation", "Staff", "Commerce",
                                              "Technology", "Care", "Innovation", "Welfare", "Heritage",
                                              "Equalities", "Enterprise", "Skills", "Planning", "Media", "Arts">(Tok(p))) {
          bool names = true;
          for (size_t m = p + 1; m < b && names; ++m) {
            names = IsCap(m) && NameLike(m) && !lex_.orgs.Contains(NoDot(Tok(m))) && !IsAcronym(Tok(m)) &&
                    !Portfolio(Tok(m)) && !TitleWord(m, a, b);
          }
          // ("Minister for Climate Action Siobhán Kearney": a known given
          // name further on marks where the name starts.)
          for (size_t m = p + 2; m < b && names; ++m) names = !lex_.given.Contains(Tok(m));
          if (names) field_end = p + 1;
          break;
        }
        if (p == a) break;
      }
    }
    // (After "and", only where the field's end is found: "Minister of
    // Science and Industry Sun Dong" is read as before.)
    if (field_and_ && field_end == b) after_of_ = false;
    for (size_t j = b > a + longest ? b - longest : a; j < b; ++j) {
      std::string_view t = Tok(j);
      if (j < place_end) continue;
      if (!lex_.given.Contains(t) && !lex_.surnames.Contains(t) && j != field_end) continue;
      // ("Dean Patricia Oduya": a title that is also a given name, before
      // a given name.)
      if (b - j >= 3 && (t == "Dean" || t == "Major" || t == "Bishop" || t == "Marshal") &&
          lex_.given.Contains(Tok(j + 1))) {
        continue;
      }
      // Later parts may be place words ("Jim Jordan"), the first may not,
      // unless a given name that is also a place or a group stands before a
      // family name or in a person's context ("Defence Minister Israel
      // Kessler said", "Jordan Ellis said", "A spokesman, Christian Wigand,").
      bool all = NameLike(j);
      // ("said Georgia Lane, a spokesperson": a family name that is also a
      // given name, when it is a family name too.)
      // ("club president Santiago Pérez García said": two family names.)
      const bool two_families = b - j == 3 && NameLike(j + 2) && !lex_.given.Contains(Tok(j + 2));
      // ("Dallas Cole said", "Coach Dallas Cole": a family name that is also
      // a given name, right before a verb of saying or after a title.)
      const bool second_given = lex_.given.Contains(Tok(j + 1)) && !lex_.surnames.Contains(Tok(j + 1)) &&
                                !SurnameLike(Tok(j + 1));
      const bool titled_before = j > s.first_token && TitleWord(j - 1, a, b + 1);
      const bool says_after = (b < s.end_token && text::StartsLower(Tok(b)) && SpeechVerbAt(b, s.end_token)) ||
                              (j > s.first_token && text::StartsLower(Tok(j - 1)) && SpeechVerbAt(j - 1, s.end_token) &&
                               (b == s.end_token || Is<",", ".", ";">(Tok(b))));
      if (!all && (b - j == 2 || two_families) && IsCap(j) && lex_.given.Contains(t) && NameLike(j + 1) &&
          (!second_given || (b - j == 2 && (titled_before || says_after)))) {
        const bool set_off = j >= s.first_token + 2 && Tok(j - 1) == "," && lex_.humans.Contains(Tok(j - 2));
        // ("The Special Representative ..., Virginia Gamba-Luz, said": set
        // off by commas right before a verb of saying.)
        const bool set_off_speaking = j > s.first_token && Tok(j - 1) == "," && b + 1 < s.end_token &&
                                      Tok(b) == "," && text::StartsLower(Tok(b + 1)) &&
                                      SpeechVerbAt(b + 1, s.end_token);
        // ("Jordan Binnington, asked about it, said": an aside of a
        // participle or "who" before a verb of saying.)
        const std::string_view aside = b + 1 < s.end_token && Tok(b) == "," ? Tok(b + 1) : std::string_view();
        const bool aside_speaking = aside.size() > 3 && text::StartsLower(aside) &&
                                    (aside == "who" || aside.ends_with("ed") || aside.ends_with("ing")) &&
                                    VerbLater(b + 2, s.end_token);
        // ("Israel Abebe retained his title. ... Abebe said": the family
        // name alone elsewhere in the article.)
        const bool family_alone = b - j == 2 && Tok(j + 1).size() > 2 && Tok(j + 1)[1] >= 'a' && Tok(j + 1)[1] <= 'z' &&
                                  !lex_.given.Contains(Tok(j + 1)) &&
                                  !lex_.orgs.Contains(NoDot(Tok(j + 1))) && AloneElsewhere(j + 1);
        all = lex_.surnames.Contains(Tok(j + 1)) || titled_before || set_off || set_off_speaking || aside_speaking ||
              family_alone ||
              (b < s.end_token && text::StartsLower(Tok(b)) && SpeechVerbAt(b, s.end_token)) ||
              (b + 1 < s.end_token && Tok(b) == "," && (Tok(b + 1) == "a" || Tok(b + 1) == "an" || Tok(b + 1) == "the"));
      }
      for (size_t m = j + 1; m < b && all; ++m) {
        all = InnerParticle(m, j, b) || (IsCap(m) && !lex_.orgs.Contains(NoDot(Tok(m))) && !IsAcronym(Tok(m)));
      }
      if (!all || b - j > longest) continue;
      // ("Sheikh Hamdan bin Mohammed ...": the son's name before his
      // father's, which the lexicon knew.)
      while (j >= a + 2 && Is<"bin", "ibn", "bint", "binti">(Tok(j - 1)) && IsCap(j - 2) && NameLike(j - 2) &&
             !TitleWord(j - 2, a, b) && b - (j - 2) <= longest) {
        j -= 2;
      }
      // "Bertrand Russell", "Woody Allen": an unknown capitalised word right
      // before the known name is its given name when it is name-like: no
      // title, stop word, place, group or organisation word, and never
      // written in lower case in the article ("Physicist Russell").
      // A run split at "of" leaves the office's object first ("Minister of
      // Transport Karen Walsh"): no given name there.
      // ("Secretary of Homeland Security Maria Ortega": nor before a known
      // given name there.)
      // ("Police chief of Kohat Sohail Khalid": after a lower-case "of", the
      // unknown word before a known given name is the place.)
      const bool place_of = j == a + 1 && b >= j + 2 && a > 0 && Is<"of", "in", "from">(Tok(a - 1)) &&
                            lex_.given.Contains(Tok(j)) && !lex_.surnames.Contains(Tok(j)) &&
                            !lex_.given.Contains(Tok(a));
      const bool office_object =
          (after_of_ && lex_.given.Contains(Tok(j)) && !lex_.surnames.Contains(Tok(j))) || j == field_end || place_of;
      while (j > a && !(after_of_ && j - 1 == a) && !office_object && b - j < 4 && NameLike(j - 1) &&
             !IsStarter(j - 1) &&
             !TitleWord(j - 1, a, b) && !lex_.humans.Contains(Tok(j - 1)) &&
             !lex_.place_prefixes.Find(Tok(j - 1)) && (GivenNameLike(Tok(j - 1)) || Initials(j - 1)) &&
             // ("Zaporizhzhia Oblast Yevgeny Balitsky": a region's word.)
             !lex_.suffixes.Find(Tok(j - 1))) {
        --j;
        t = Tok(j);
      }
      // "Tamim bin Hamad Al Thani": a name word before a particle.
      if (j > a + 1 && IsParticle(Tok(j - 1)) && NameLike(j - 2) && !IsStarter(j - 2) &&
          !lex_.titles.Contains(NoDot(Tok(j - 2))) && GivenNameLike(Tok(j - 2)) && b - j + 2 <= longest) {
        j -= 2;
        t = Tok(j);
      }
      // ("J. Edgar Moody", "L. William Seidman": a leading initial before the
      // given name is part of the name.)
      if (j > a && b - j >= 2 && Tok(j - 1).size() == 2 && Tok(j - 1)[1] == '.' && Tok(j - 1)[0] >= 'A' &&
          Tok(j - 1)[0] <= 'Z' && lex_.given.Contains(t)) {
        --j;
      }
      size_t ts = j;
      while (ts > a && TitleWord(ts - 1, a, b)) --ts;
      // ("Climate Change and Energy Minister Chris Bowen": the portfolio's
      // first fields before its "and".)
      if (ts < j && ts >= a + 2 && (Tok(ts - 1) == "and" || Tok(ts - 1) == "&")) {
        for (size_t f = ts - 1; f > a && ts - f <= 4 && IsCap(f - 1); --f) {
          if (Portfolio(Tok(f - 1))) {
            ts = f - 1;
            break;
          }
        }
      }
      Span title = ts < j ? TokSpan(ts, j) : Span{};
      // Places and groups before the name ("Chinese leader") stay entities.
      if (ts > a) Lexical(a, ts);
      if (b - j >= 2) {
        // ("Lee Young-hee", "Jung Mi-ran": a Korean family name first, which
        // says no gender, before a given name in two syllables.)
        const std::string_view second = Tok(j + 1);
        const size_t hy = second.find('-');
        const bool korean = hy != std::string_view::npos && hy + 1 < second.size() &&
                            second[hy + 1] >= 'a' && second[hy + 1] <= 'z';
        const std::string* g = korean ? nullptr : lex_.given.Find(t);
        Add(j, b, EntityType::kPerson, JoinTokens(j, b), title, g && g->size() == 1 ? (*g)[0] : 0);
      } else {
        // ("Lisa": a given name alone says the gender.)
        const std::string* g = lex_.given.Find(t);
        Add(j, b, EntityType::kPerson, JoinTokens(j, b), title, g && g->size() == 1 ? (*g)[0] : 0, /*alias=*/true);
      }
      return;
    }
    if (heading) {
      Lexical(a, b);
      return;
    }
    // Unknown names: a title before them, or a speech verb beside them.
    // "French President François Hollande": groups and places, then titles,
    // then the name ("Mr. King": King is the name).
    size_t lead = a;
    // ("Zaporizhzhia Oblast Yevgeny Balitsky": a region's word after the
    // place.)
    auto region_word = [&](size_t k) {
      const std::string* kind = lex_.suffixes.Find(Tok(k));
      return kind && *kind == "GPE";
    };
    while (lead + 2 < b &&
           (lex_.norp.Find(Tok(lead)) || lex_.places.Find(Tok(lead)) || (lead > a && region_word(lead)))) {
      ++lead;
    }

    size_t ts = lead;
    while (ts + 1 < b && TitleWord(ts, a, b)) ++ts;
    // ("Climate Change and Energy Minister Chris Bowen": a portfolio of
    // several words goes on through "and" to the office.)
    for (size_t t = ts, joined = 0; ts > lead && t + 3 <= b && t < ts + 4; ++t) {
      if (Tok(t) == "and" || Tok(t) == "&") {
        joined = t;
        continue;
      }
      if (!IsCap(t) || lex_.given.Contains(Tok(t))) break;
      if (joined == 0 || !TitleWord(t, a, b)) continue;
      size_t e = t;
      while (e + 1 < b && TitleWord(e, a, b)) ++e;
      if (b - e >= 2) ts = e;
      break;
    }
    // ("Foreign Affairs Committee Chairman Sherrod Brown": title words that
    // open a body's name, the body's own words, then the office.)
    for (size_t t = ts + 1; ts > lead && t + 3 <= b && t < ts + 3; ++t) {
      if (!IsCap(t - 1) || lex_.given.Contains(Tok(t - 1)) || !IsCap(t) || lex_.given.Contains(Tok(t))) break;
      if (!TitleWord(t, a, b)) continue;
      size_t e = t;
      while (e + 1 < b && TitleWord(e, a, b)) ++e;
      if (b - e >= 2 && b - e <= 3) ts = e;
      break;
    }
    if (ts == lead) {
      // "Victorian Premier Jacinta Allan", "Union Finance Minister Nirmala
      // Sitharaman", "West Bengal Chief Minister ...": capitalised modifiers
      // (no given names) before the title belong to it.
      // ("Sumitomo Mitsui Financial Group CEO Toru Nakashima": up to four
      // words of a company before the office.)
      // ("IHG Hotels & Resorts CEO Elie Maalouf": an ampersand inside the
      // company's name.)
      bool ampersand = false;
      for (size_t t = lead + 1; t + 2 <= b && t <= lead + 5; ++t) {
        if (!TitleWord(t, a, b)) {
          if (lex_.given.Contains(Tok(t)) || (!IsCap(t) && Tok(t) != "&")) break;
          ampersand = ampersand || Tok(t) == "&";
          continue;
        }
        // (After the ampersand only a company's office: "Legal & General
        // Investment Management" holds none.)
        if (ampersand && !Is<"CEO", "Chief", "President", "Chairman", "Chairwoman", "Director",
                                             "Founder", "Executive", "Managing", "Head", "Vice", "Senior", "COO",
                                             "CFO", "CTO", "Spokesman", "Spokeswoman", "Spokesperson", "Partner">(NoDot(Tok(t)))) {
          break;
        }
        size_t e = t;
        while (e + 1 < b && TitleWord(e, a, b)) ++e;
        if (e > t && b - e >= 2 && !lex_.given.Contains(Tok(lead))) ts = e;
        break;
      }
    }
    // ("Passenger Mara Fontanesi told": a people noun opening the sentence
    // before two name words describes the person.)
    if (ts == lead && lead == a && a == s.first_token && b - a == 3 && lex_.humans.Contains(Tok(a)) &&
        !lex_.given.Contains(Tok(a)) && !lex_.orgs.Contains(NoDot(Tok(b - 1))) && NameLike(a + 1) && NameLike(a + 2) &&
        // ("Statistics New Zealand says": a body named for its country.)
        !lex_.places.Find(JoinTokens(a + 1, b)) && !lex_.places.Find(Tok(a + 1)) && !lex_.places.Find(Tok(b - 1))) {
      ts = a + 1;
    }
    if (ts == lead) ts = a;  // no title: the places were part of the name
    if (ts > a && lead > a) Lexical(a, lead);
    a = lead;
    // ("Hamdan bin Mohammed bin Rashid Al Maktoum": each "bin" adds a
    // father's name.)
    size_t lineage = 0;
    for (size_t m = ts + 1; m + 1 < b; ++m) lineage += Is<"bin", "ibn", "bint", "binti">(Tok(m)) ? 2 : 0;
    bool all = ts < b && b - ts <= 4 + lineage;
    for (size_t m = ts; m < b && all; ++m) all = NameLike(m) || InnerParticle(m, ts, b);
    // ("Steve Menet, Senior Vice President of Sales,": an office in capitals
    // with its grade, ending in a title word and holding no given name, is
    // no one's name.)
    if (all && b - ts >= 2 && lex_.titles.Contains(NoDot(Tok(b - 1))) && lex_.titles.Contains(NoDot(Tok(b - 2))) &&
        Is<"Senior", "Deputy", "Executive", "Assistant", "Associate", "Acting", "Principal", "Interim",
                     "Managing", "Regional", "Vice">(Tok(ts))) {
      bool given = false;
      for (size_t m = ts; m < b && !given; ++m) given = lex_.given.Contains(Tok(m));
      all = given;
    }
    if (all) {
      bool titled = ts > a;
      // "Bram Holm spoke.": a verb only a person does, right after the name.
      bool verb_after = VerbSoon(b, s.end_token) ||
                        (b - ts == 2 && (PersonVerbSoon(b, s.end_token) ||
                                         (b < s.end_token && (Tok(b) == "spoke" || Tok(b) == "speaks")))) ||
                        (b < s.end_token && (Tok(b) == "," || Tok(b) == "of" || Tok(b) == "(") &&
                         VerbLater(b, s.end_token)) ||
                        // ("Niall Brennan and Jennifer Wu said": another name
                        // joined, then the verb.)
                        (b - ts == 2 && b + 3 < s.end_token && Tok(b) == "and" && [&] {
                          size_t e = b + 1;
                          while (e < s.end_token && e < b + 4 && NameLike(e)) ++e;
                          return e >= b + 3 && VerbSoon(e, s.end_token);
                        }());
      // ("said Golden State coach Don Pettibone": a name before a people
      // noun and another name is the other's affiliation.)
      // ("Said Ramona Price, the victim's aunt: "..."": the cue opening its
      // sentence.)
      bool verb_before = a > s.first_token &&
                         ((lex_.speech.Contains(Tok(a - 1)) && text::StartsLower(Tok(a - 1))) ||
                          (a == s.first_token + 1 && Is<"Said", "Says", "Added", "Adds">(Tok(a - 1)))) &&
                         !(b + 1 < s.end_token && text::StartsLower(Tok(b)) && lex_.humans.Contains(Tok(b)) &&
                           IsCap(b + 1));
      // An unknown two- or three-word name inside a sentence, with no
      // place, organisation or title word: a person ("Noam Chomsky").
      bool inner = b - ts <= 3 && PersonContext(ts, b, s);
      // "Rohan Kapoor won the race. ... "It was hard," Kapoor said.": an
      // unknown name whose family name speaks alone elsewhere.
      // (Not a sentence adverb or participle before a name: "Interestingly
      // Blocher", "Understated Perez", "Maybe Trump"; nor a family name an
      // article's known full name owns: "As Freddy Trump ... Mr. Trump".)
      const std::string_view given = Tok(ts);
      const bool adverb = given.ends_with("ly") || given.ends_with("ed") || given.ends_with("ing") ||
                          given == "Maybe" || given == "Perhaps" || given == "Meanwhile" || given == "Still" ||
                          given == "Instead" || given == "Indeed" || given == "Nonetheless" || given == "Yes" ||
                          given == "Hence" || given == "Thus" || given == "Also" || given == "Even" ||
                          given == "Afterwards" || given == "Afterward" || given == "Later" || given == "Earlier" ||
                          given == "Separately" || given == "Again" || given == "Today" || given == "Yesterday";
      // (GivenNameLike reads the whole article: asked last.)
      const bool echoed = b - ts == 2 && !titled && !adverb && NameLike(ts) && !IsStarter(ts) &&
                          LoneSpeaker(Tok(b - 1)) && !lex_.titles.Contains(NoDot(given)) &&
                          !lex_.humans.Contains(given) && GivenNameLike(given);
      inner = inner || echoed;
      // "The Federal Reserve said": after an article, an institution.
      // ("build a Great Wall": after an indefinite one, a thing.)
      const bool article = !titled && ts == a && a > s.first_token &&
                           Is<"the", "The", "a", "an">(Tok(a - 1));
      // "the aid group Border Angels", "the startup Lumen Labs": a name
      // after a lower-case word for a body names the body.
      static constexpr std::string_view kBodies[] = {
          "group", "organization", "organisation", "company", "firm", "charity", "nonprofit", "agency", "network",
          "coalition", "association", "alliance", "outlet", "newspaper", "magazine", "startup", "start-up", "band",
          "foundation", "institute", "party", "movement", "campaign", "union", "website", "site", "channel",
          "maker", "drugmaker", "automaker", "publisher", "manufacturer", "contractor", "insurer", "retailer",
          "airline", "carrier", "operator", "developer", "lender", "chain", "brand", "label", "studio", "nonprofit",
          "cooperative", "utility", "biotech", "subsidiary", "supplier", "distributor", "broker", "exchange"};
      bool body_before = false;
      if (!titled && a > s.first_token && text::StartsLower(Tok(a - 1))) {
        for (std::string_view w : kBodies) body_before = body_before || Tok(a - 1) == w;
      }
      // ("The company, Ferrum Castings, said", "its maker, Brantley Pharma,":
      // the body's noun and its determiner set off before the name.)
      // (The description opens its clause: not "A spokesman for the
      // Socialist party, Patxi López,".)
      if (!titled && !body_before && a >= s.first_token + 3 && Tok(a - 1) == "," && b < s.end_token &&
          Tok(b) == "," && text::StartsLower(Tok(a - 2))) {
        size_t d = a - 3;
        if (!Determiner(Tok(d)) && a >= s.first_token + 4 && Determiner(Tok(a - 4)) && text::StartsLower(Tok(a - 3))) {
          d = a - 4;
        }
        const bool opens = Determiner(Tok(d)) && (d == s.first_token || Tok(d - 1) == "," || Tok(d - 1) == "and");
        for (std::string_view w : kBodies) body_before = body_before || (opens && Tok(a - 2) == w);
        // ("The developer, Jordan Smith, said": a given name first, after a
        // noun for a person's trade as well as a firm's, is a person.)
        const std::string_view noun = Tok(a - 2);
        if (body_before && b - ts == 2 && lex_.given.Contains(Tok(ts)) &&
            (noun == "developer" || noun == "operator" || noun == "broker" || noun == "publisher" ||
             noun == "supplier" || noun == "contractor" || noun == "distributor" || noun == "manufacturer")) {
          body_before = false;
        }
      }
      if (body_before && (b - ts >= 2 || (b - ts == 1 && ts == a && Tok(a - 1) == ","))) {
        Add(ts, b, EntityType::kOrg, JoinTokens(ts, b));
        return;
      }
      // ("ate his 34,000th Big Mac": a thing someone owns, after the
      // possessive and a count, is no one.)
      size_t own = a;
      while (own > s.first_token && a - own < 2 && !Tok(own - 1).empty() && Tok(own - 1)[0] >= '0' &&
             Tok(own - 1)[0] <= '9') {
        --own;
      }
      const bool possessed = !titled && ts == a && own > s.first_token &&
                             Is<"his", "her", "their", "its", "my", "our", "your">(Tok(own - 1));
      if (b - ts >= 2 && !article && !possessed && (titled || verb_after || verb_before || inner)) {
        Add(ts, b, EntityType::kPerson, JoinTokens(ts, b), titled ? TokSpan(a, ts) : Span{});
        return;
      }
      // "in Tulsa", "near Exeter": an unknown single name after a place
      // preposition is a place.
      // ("Margaret Doyle of Scranton said": a name's home town after "of".)
      // (After a given and a family name only: "Game of Thrones" is none.)
      // ("Governor Zósimo Cárdenas Muje of Huancavelica": or after a titled
      // name just read.)
      const bool home = a > s.first_token + 2 && Tok(a - 1) == "of" && IsCap(a - 2) &&
                        (lex_.given.Contains(Tok(a - 3)) ||
                         (!raws_.empty() && raws_.back().type == EntityType::kPerson &&
                          raws_.back().end_token == a - 1 && !raws_.back().title.empty())) &&
                        !lex_.orgs.Contains(NoDot(Tok(a - 2)));
      if (b - ts == 1 && ts == a && a > s.first_token &&
          (Is<"in", "near", "across", "throughout", "around", "outside">(Tok(a - 1)) || home) &&
          !lex_.given.Contains(Tok(a)) && !lex_.surnames.Contains(Tok(a)) && !lex_.humans.Contains(Tok(a)) &&
          !(b < s.end_token && (IsCap(b) || Tok(b) == "'s"))) {
        Add(a, b, EntityType::kGpe, JoinTokens(a, b));
        return;
      }
      // ("the State of the Climate report": a capitalised word naming a
      // document or an event, before its noun, is no one.)
      if (b - ts == 1 && b < s.end_token && ts > s.first_token &&
          (Tok(ts - 1) == "the" || Tok(ts - 1) == "The") &&
          [](std::string_view n) {
            for (std::string_view x : {"report", "reports", "study", "summit", "conference", "index", "agreement",
                                       "accord", "deal", "bill", "act", "plan", "programme", "program", "strategy",
                                       "survey", "award", "prize", "fund", "campaign", "movement", "talks", "treaty"}) {
              if (n == x) return true;
            }
            return false;
          }(Tok(b))) {
        return;
      }
      // ("Assistant State's Attorney Ronald Vick": one word owning an office
      // written before a name is the office's field, no one.)
      if (b - ts == 1 && ts > a && b + 2 < s.end_token && Is<"'s", "\xE2\x80\x99s">(Tok(b)) && IsCap(b + 1) &&
          lex_.titles.Contains(NoDot(Tok(b + 1))) && IsCap(b + 2)) {
        return;
      }
      // ("Lt. Gen. (Ret.) Michael Harrow": a title after a title is a rank
      // of several words, no name.)
      if (b - ts == 1 && ts > a && Tok(ts).size() > 2 && Tok(ts).back() == '.' && lex_.titles.Contains(NoDot(Tok(ts))) &&
          TitleWord(ts - 1, a, b)) {
        return;
      }
      // ("the Secretary-General said": an office alone is a description.)
      // ("Mr. Chief Justice": the office in capitals, whose lower-case word
      // is a people noun, "the justice wrote".)
      // ("the Chief Justice asked": titles alone after "the" are an office
      // too.)
      // ("Dr. King", "Mrs. Bishop": a courtesy title before a family name
      // that is also a people noun.)
      const bool courtesy = ts > a && Is<"Dr", "Mr", "Mrs", "Ms", "Miss", "Rev", "Prof">(NoDot(Tok(ts - 1)));
      if (b - ts == 1 && (!lex_.humans.Contains(Tok(ts)) || Tok(ts) == "Justice" || courtesy) &&
          (!lex_.titles.Contains(NoDot(Tok(ts))) || IsRulerTitle(Tok(ts)) || ts == s.first_token ||
           (Tok(ts - 1) != "the" && Tok(ts - 1) != "The")) &&
          !(lex_.titles.Contains(NoDot(Tok(ts))) && !IsRulerTitle(Tok(ts)) && a < ts && a > s.first_token &&
            (Tok(a - 1) == "the" || Tok(a - 1) == "The"))) {
        // "the Emperor", "Emperor of ...": a ruler's title alone inside a sentence
        // names the ruler.
        bool ruler = !titled && a > s.first_token && IsRulerTitle(Tok(ts));
        // ("Lisa": a given name alone says the gender.)
        const std::string* g = lex_.given.Find(Tok(ts));
        Add(ts, b, EntityType::kPerson, JoinTokens(ts, b), titled ? TokSpan(a, ts) : ruler ? TokSpan(ts, b) : Span{},
            g && g->size() == 1 ? (*g)[0] : 0, true);
        // ("of Ashton, Md., who watched ..., said": an abbreviation closing
        // an appositive is no speaker.)
        raws_.back().speaks = (SpeechVerbAt(b, s.end_token) && text::StartsLower(Tok(b))) ||
                              (Tok(ts).back() != '.' && (ts == s.first_token || Tok(ts - 1) != ",") &&
                               SpeaksAfterAside(b, s.end_token));
        // ("A woman from Takahama said", "The governor of Huancavelica
        // said": a word after a place's preposition and a people noun is
        // where the speaker is from, not who speaks.)
        const bool place_object = !titled && ts >= s.first_token + 2 && PlaceObject(ts);
        if (place_object) raws_.back().speaks = false;
        // ("The Celtics won": a team or a band in the plural after its
        // article, no person.)
        // ("Klopp had this to say: "...", "Arteta saw it differently:
        // "..."": a name opening a clause that introduces a quote with its
        // colon is the quote's speaker, whatever the verb.)
        // (Not an opening word: "Outside court she said:".)
        if (!raws_.back().speaks && ts == s.first_token && b < s.end_token && !IsStarter(ts) &&
            Is<"had", "has", "saw", "sees", "was", "is", "put", "puts", "on", "gave", "offered", "summed",
                        "took", "kept", "struck", "sounded", "spelled", "laid", "closed", "opened", "ended",
                        "began", "wrapped", "was">(Tok(b))) {
          for (size_t m = b + 1; m < s.end_token && m < b + 10; ++m) {
            if (Tok(m) == ":") {
              raws_.back().speaks = (m + 1 < s.end_token && IsDoubleMark(m + 1)) ||
                                    (m + 1 == s.end_token && m + 1 < doc_.tokens.size() && IsDoubleMark(m + 1));
              break;
            }
            if (Is<",", ";", ".", "that", "who", "which">(Tok(m)) || IsDoubleMark(m)) break;
          }
        }
        raws_.back().lives = !raws_.back().speaks && !place_object && PersonVerbSoon(b, s.end_token) &&
                             !(ts > s.first_token && (Tok(ts - 1) == "The" || Tok(ts - 1) == "the") &&
                               Tok(ts).size() > 3 && Tok(ts).back() == 's' && Tok(ts)[Tok(ts).size() - 2] != 's');
        // ("Smith's mother, Halima, said": a given name set off after a
        // kinship noun is a person.)
        static constexpr std::string_view kKin[] = {
            "mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "widow", "widower",
            "partner", "grandmother", "grandfather", "aunt", "uncle", "cousin", "niece", "nephew", "girlfriend",
            "boyfriend"};
        if (ts > s.first_token + 1 && Tok(ts - 1) == "," && b < s.end_token && Tok(b) == ",") {
          for (std::string_view w : kKin) raws_.back().lives = raws_.back().lives || Tok(ts - 2) == w;
        }
        return;
      }
    }
    Lexical(a, b);
  }

  // The word at k stands elsewhere in the article as a name of its own, with
  // no capitalised word before it ("St. Theodorus ... Theodorus taught").
  bool AloneElsewhere(size_t k) const {
    std::string_view w = Tok(k);
    for (size_t m = 1; m < doc_.tokens.size(); ++m) {
      if (m == k || Tok(m) != w) continue;
      if (!IsCap(m - 1) && !(m + 1 < doc_.tokens.size() && IsCap(m + 1))) return true;
    }
    return false;
  }

  // Context that only a person's name has: "X Y (born ...", "X Y, who",
  // "X Y who", or a person noun before it ("physician Yang Buwei").
  bool PersonContext(size_t a, size_t b, const Sentence& s) const {
    auto tok = [&](size_t m) { return m < s.end_token ? Tok(m) : std::string_view(); };
    if (tok(b) == "(" && (tok(b + 1) == "born" || tok(b + 1) == "b." || IsYear(tok(b + 1)))) return true;
    if (tok(b) == "who" || (tok(b) == "," && tok(b + 1) == "who")) return true;
    if (a > s.first_token) {
      std::string_view p = Tok(a - 1);
      if (text::StartsLower(p) && lex_.humans.Contains(p)) return true;
      // "said commuter Ravi Shah": a speech verb, one lower-case word (the
      // role), then the name.
      if (a > s.first_token + 1 && text::StartsLower(p) && AgentNoun(p) && text::StartsLower(Tok(a - 2)) &&
          lex_.speech.Contains(Tok(a - 2))) {
        return true;
      }
    }
    // "said the union's general secretary, Ged Nichols.", "her lawyer, Ged
    // Nichols, said": a name in apposition to a person noun.
    // ("The developer, Jordan Smith, said": a trade of persons and firms,
    // before a given name.)
    // ("says the group's CEO, Jaymes Blackwood-Harris.": an office in
    // capitals.)
    const bool chief = a > s.first_token + 1 && Is<"CEO", "CFO", "COO", "CTO", "CIO", "CMO">(Tok(a - 2));
    if (a > s.first_token + 1 && Tok(a - 1) == "," && (text::StartsLower(Tok(a - 2)) || chief) &&
        (lex_.humans.Contains(Tok(a - 2)) || chief || (Tok(a - 2) == "developer" && lex_.given.Contains(Tok(a)))) &&
        (b >= s.end_token || tok(b) == "," || tok(b) == "." || tok(b) == ";" ||
         // ("said the project's leader, Margherita Turrini of the University
         // of Cambridge.": an affiliation after the name.)
         ((tok(b) == "of" || tok(b) == "at") && b + 1 < s.end_token && text::StartsUpper(tok(b + 1)))) &&
        b - a <= 3) {
      return true;
    }
    // ("said the special agent in charge, Woody Pratt.", "said one of them,
    // Luis Ortega."): the person noun a few words before the comma.
    // ("said the lead author of the new paper, Reynier Peletier of the
    // University of Groningen": farther back, and before an affiliation.)
    if (a > s.first_token + 3 && Tok(a - 1) == "," && b - a <= 3 &&
        (b >= s.end_token || tok(b) == "." || tok(b) == ";" ||
         ((tok(b) == "of" || tok(b) == "at") && b + 1 < s.end_token &&
          (text::StartsUpper(tok(b + 1)) || (tok(b + 1) == "the" && text::StartsUpper(tok(b + 2))))))) {
      for (size_t m = a - 2; m + 8 > a && m > s.first_token; --m) {
        const std::string_view w = Tok(m);
        if (!text::StartsLower(w) && w != "One") break;
        const std::string_view n = Tok(m + 1);
        if ((lex_.humans.Contains(w) && m + 2 < a && (n == "in" || n == "of" || n == "at" || n == "for")) ||
            ((w == "one" || w == "One") && Tok(m + 1) == "of")) {
          return true;
        }
      }
    }
    // "Hollis Brandvold, the director, spoke": a person noun in apposition
    // after the name.
    // ("Edem Wosornu, OCHA's director of operations, briefed": a body's
    // possessive instead of the article.)
    size_t owner = b + 1;
    while (owner < s.end_token && owner < b + 5 && text::StartsUpper(tok(owner)) && IsCap(owner)) ++owner;
    const bool possessive = owner > b + 1 && (tok(owner) == "'s" || tok(owner) == "\xE2\x80\x99s");
    if (tok(b) == "," && (tok(b + 1) == "the" || tok(b + 1) == "a" || tok(b + 1) == "an" || possessive)) {
      const size_t first = possessive ? owner + 1 : b + 2;
      for (size_t m = first; m < s.end_token && m < first + 4; ++m) {
        const std::string_view w = Tok(m);
        if (w == "," || w == "." || w == "of" || w == "at") {
          // ("Geoff Duller, a geochronologist, ran": an agent noun too.)
          const std::string_view head = Tok(m - 1);
          if (m > first && text::StartsLower(head) &&
              (lex_.humans.Contains(head) || (w == "," && (head.ends_with("ist") || head.ends_with("ologist")))) &&
              !lex_.orgs.Contains(head)) {
            return true;
          }
          // ("Achim Steinhauser, the UNDP Administrator, visited": an office
          // in capitals.)
          if (m > first && w == "," && text::StartsUpper(head) && lex_.titles.Contains(NoDot(head)) &&
              !lex_.orgs.Contains(NoDot(head))) {
            return true;
          }
          break;
        }
        // (Capitalised words of an office: "the UNDP Administrator".)
        if (!text::StartsLower(w) && !(m + 2 < s.end_token && IsCap(m))) break;
      }
    }
    // "Ravi Shah, 34, said": an age in apposition.
    if (tok(b) == "," && IsAge(tok(b + 1)) &&
        (tok(b + 2) == "," || tok(b + 2) == "." || tok(b + 2) == ";" || tok(b + 2) == "and")) {
      return true;
    }
    return false;
  }

  // A lower-case word shaped like a noun for a person ("commuter",
  // "driver", "activist", "resident"), not an adverb or preposition.
  static bool Determiner(std::string_view w) {
    return w == "The" || w == "the" || w == "its" || w == "Its" || w == "their" || w == "Their" || w == "A" ||
           w == "a";
  }

  static bool AgentNoun(std::string_view w) {
    static constexpr std::string_view kNot[] = {"after", "over", "under", "whether", "later", "never", "other",
                                                "either", "neither", "rather", "together", "ever", "however",
                                                "earlier", "further", "recent", "current", "different"};
    for (std::string_view n : kNot) {
      if (w == n) return false;
    }
    static constexpr std::string_view kEnds[] = {"er", "or", "ist", "ian", "ant", "ent", "man", "woman"};
    for (std::string_view e : kEnds) {
      if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) return true;
    }
    return false;
  }

  // A field a ministry holds ("Climate", "Trade", "Forests").
  static bool Portfolio(std::string_view w) {
    static constexpr std::string_view kFields[] = {
        "Agriculture", "Climate",  "Commerce",    "Communications", "Culture",   "Defence",    "Defense",
        "Digital",     "Economy",  "Education",   "Employment",     "Energy",    "Environment", "Finance",
        "Fisheries",   "Foreign",  "Forestry",    "Health",         "Housing",   "Immigration", "Industry",
        "Infrastructure", "Justice", "Labor",     "Labour",         "Land",      "Science",    "Social",     "Sport",
        "Sports",      "Tourism",  "Trade",       "Transport",      "Water",     "Welfare",    "Women",      "Youth"};
    for (std::string_view f : kFields) {
      if (w == f) return true;
    }
    return false;
  }

  // A word of a title before a name: a lexicon title, the word after
  // "Chief", or any word of a "Chief ... Officer" office ("Chief Financial
  // Officer Luca Maestri").
  bool TitleWord(size_t k, size_t a, size_t b) const {
    // ("Joe Del Bosque": "Del" without its full stop is a name's particle,
    // not "Del." for a delegate.)
    if (Tok(k) == "Del") return false;
    // ("Home Depot", "Interior Design Ltd": a ministry's field is a title's
    // word only before the office it qualifies, "Home Secretary", "Foreign
    // Minister"; opening the words right before a name, it opens that name.
    // ("Minister of State for Finance X": after an office, it ends one.)
    if (k == a && k + 1 < b && !(k > 0 && Is<"of", "for", "and", "&", ",">(Tok(k - 1))) &&
        !Is<"Affairs", "Security", "Services", "Resources", "Development", "Industry", "Relations">(Tok(k + 1)) &&
        Is<"Home", "Interior", "Foreign", "Defense", "Defence", "Finance", "Health", "Affairs", "Environment",
           "Education", "Transport", "Transportation", "Energy", "Treasury", "Trade", "Culture", "Agriculture",
           "Labor", "Labour", "Housing", "Immigration", "Commerce">(Tok(k))) {
      bool office = false;
      for (size_t o = k + 1; o < b && !office; ++o) {
        office = lex_.titles.Contains(NoDot(Tok(o))) &&
                 !Is<"Home", "Interior", "Foreign", "Defense", "Defence", "Finance", "Health", "Affairs",
                     "Environment", "Education", "Transport", "Transportation", "Energy", "Treasury", "Trade",
                     "Culture", "Agriculture", "Labor", "Labour", "Housing", "Immigration", "Commerce">(Tok(o));
      }
      if (!office) return false;
    }
    // ("Det Con Emma Fitzgerald-Boyle": a British detective constable.)
    if (NoDot(Tok(k)) == "Con" && k > a && Is<"Det", "Detective", "Police">(NoDot(Tok(k - 1)))) return true;
    // ("Foreign Minister Shah Mahmood Qureshi", "Ahmad Shah Massoud": a
    // ruler's title after another title or a given name, a name before
    // two more, is a name.)
    if (Tok(k) == "Shah" && k > a && k + 2 <= b && k + 1 < b && IsCap(k + 1) &&
        (lex_.titles.Contains(NoDot(Tok(k - 1))) || lex_.given.Contains(Tok(k - 1)))) {
      return false;
    }
    // ("the Office of Foreign Assets Control": after "of" inside a body's
    // name, "Foreign" names what the body deals with.)
    if (Tok(k) == "Foreign" && k > a && Is<"of", "for">(Tok(k - 1)) && k + 2 < b &&
        !lex_.titles.Contains(NoDot(Tok(k + 1))) && Tok(k + 1) != "Affairs") {
      return false;
    }
    // ("Institute for Justice President Scott Bullock", "Department of
    // Defense Secretary X": a title word after a body's "for" or "of" and
    // before the office is the body's field, no title of the person.)
    if (k >= a + 2 && k + 3 <= b && Is<"of", "for">(Tok(k - 1)) && IsCap(k - 2) &&
        lex_.titles.Contains(NoDot(Tok(k + 1))) && !lex_.titles.Contains(NoDot(Tok(k + 2)))) {
      return false;
    }
    // ("Defense Minister Gen Nakatani": a given name after an office, where
    // a general's rank would take its full stop.)
    if (Tok(k) == "Gen" && k > a && k + 1 < b &&
        Is<"Minister", "Secretary", "President", "Governor", "Mayor", "Chairman", "Director">(NoDot(Tok(k - 1)))) {
      return false;
    }
    // ("Shah Rukh Khan": the ruler's title opening three names is a given
    // name; "Shah Abbas" keeps it.)
    // (Not a ruler's numeral: "Shah Abbas II".)
    if (Tok(k) == "Shah" && k == a && b - a >= 3 && IsCap(k + 1) && IsCap(k + 2) &&
        !Is<"I", "II", "III", "IV", "V", "VI">(NoDot(Tok(k + 2)))) {
      return false;
    }
    // Malaysia's two-word honorifics ("Tan Sri Ramlan Harun", "Datuk Amar
    // Douglas Uggah Embas", "Datuk Patinggi", "Toh Puan"): "Tan" alone is a
    // family name, only its pair makes it a title.
    if (k + 1 < b && ((Tok(k) == "Tan" && Is<"Sri", "Seri">(Tok(k + 1))) ||
                      (Tok(k) == "Toh" && Tok(k + 1) == "Puan"))) {
      return true;
    }
    if (k > a && ((Is<"Sri", "Seri", "Amar", "Patinggi", "Wira", "Utama", "Panglima">(Tok(k)) &&
                   Is<"Tan", "Datuk", "Dato", "Dato'", "Dato\xE2\x80\x99", "Datin", "Puan", "Seri">(Tok(k - 1))))) {
      return true;
    }
    if (lex_.titles.Contains(NoDot(Tok(k)))) return true;
    if (Tok(k) == "in" && k > a && Tok(k - 1) == "Agent" && k + 1 < b && Tok(k + 1) == "Charge") return true;
    if (!IsCap(k)) return false;
    // "Trooper First Class Dana Wills", "Special Agent in Charge Mark Ruiz":
    // ranks of several words.
    const std::string_view w = Tok(k);
    const bool ordinal = w == "First" || w == "Second" || w == "Third";
    if (ordinal && k + 1 < b && Tok(k + 1) == "Class") return true;
    // ("Tech. Sgt. Lauren Hobbs", "Senior Airman X", "1st Sgt. X", "Petty
    // Officer 2nd Class X", "Lance Cpl. X": words that are a rank only
    // before the rank they modify; "Lance Armstrong" stays a name.)
    if (k + 1 < b && Is<"Staff", "Master", "Tech", "Technical", "Senior", "Command", "Gunnery", "Lance",
                                   "First", "Second", "1st", "2nd", "Petty", "Chief", "Sergeant", "Sgt">(NoDot(w))) {
      const std::string_view next = NoDot(Tok(k + 1));
      if (Is<"Sgt", "Sergeant", "Cpl", "Corporal", "Lt", "Lieutenant", "Airman", "Chief", "Officer", "Maj",
                    "Major", "Master", "Petty", "Sergeant", "Sgt">(next) &&
          !(Is<"Chief", "Sergeant", "Sgt">(NoDot(w)) && !Is<"Maj", "Major", "Petty", "Master">(next)) &&
          !(Is<"Staff", "Senior", "Chief">(NoDot(w)) && Is<"Officer">(next))) {
        return true;
      }
    }
    if (Is<"1st", "2nd", "3rd">(w) && k + 1 < b && Tok(k + 1) == "Class") return true;
    // ("Spec. 4 James Carter": the Army's specialist grade by its number.)
    if (k > a && k + 1 < b && w.size() <= 2 && w[0] >= '1' && w[0] <= '9' &&
        Is<"Spec", "Specialist", "Spc">(NoDot(Tok(k - 1)))) {
      return true;
    }
    // ("Former Marine Cpl. Aaron Pruett", "Air Force Maj. X", "Coast Guard
    // Petty Officer X": the service before a rank is part of the title.)
    if (k + 1 < b && (Is<"Marine", "Army", "Navy", "Marines">(w) ||
                      (w == "Force" && k > a && Is<"Air", "Space">(Tok(k - 1))) ||
                      (w == "Guard" && k > a && Is<"Coast", "National">(Tok(k - 1))) ||
                      (Is<"Air", "Space", "Coast", "National">(w) && k + 2 < b && Is<"Force", "Guard">(Tok(k + 1)) &&
                       (lex_.titles.Contains(NoDot(Tok(k + 2))) || TitleWord(k + 2, a, b))))) {
      const std::string_view next = NoDot(Tok(k + 1));
      if (Is<"Force", "Guard">(next) || (lex_.titles.Contains(next) && !lex_.given.Contains(Tok(k + 1))) ||
          Is<"Staff", "Master", "Tech", "Senior", "Lance", "Petty", "Gunnery", "Command", "1st", "2nd",
                    "First", "Second">(next)) {
        return true;
      }
    }
    if (w == "Class" && k > a && (Tok(k - 1) == "First" || Tok(k - 1) == "Second" || Tok(k - 1) == "Third")) {
      return true;
    }
    if (w == "Charge" && k >= 2 && Tok(k - 1) == "in" && Tok(k - 2) == "Agent") return true;
    // ("said Special Agent Ortiz", but "the Hong Kong Special
    // Administrative Region".)
    if (w == "Special" && k + 2 < b + 1 &&
        Is<"Agent", "Counsel", "Envoy", "Prosecutor", "Representative", "Rapporteur", "Adviser",
                        "Advisor", "Assistant", "Inspector">(Tok(k + 1))) {
      return true;
    }
    // "Chief Executive Tim Cook": the word after "Chief" is its office.
    // ("Assistant Chief Dinesh Patil": with one word left the word after
    // "Chief" is the given name.)
    if (k > a && Tok(k - 1) == "Chief" && k + 2 < b) return true;
    bool chief = false, officer = false;
    for (size_t c = k > a + 2 ? k - 2 : a; c < k && !chief; ++c) chief = Tok(c) == "Chief";
    for (size_t o = k + 1; o < b && o <= k + 2 && !officer; ++o) officer = Tok(o) == "Officer";
    return chief && officer;
  }

  static bool IsAge(std::string_view t) {
    if (t.empty() || t.size() > 3) return false;
    for (char c : t) {
      if (c < '0' || c > '9') return false;
    }
    const int n = std::stoi(std::string(t));
    return n >= 12 && n <= 115;
  }

  // A speech verb right after k, or after one or two lower-case words
  // ("Menon has said", "Menon also told").
  bool VerbSoon(size_t k, size_t end) const {
    for (size_t m = k; m < end && m < k + 3; ++m) {
      if (!text::StartsLower(Tok(m))) return false;
      if (lex_.speech.Contains(Tok(m))) return true;
    }
    return false;
  }

  bool VerbLater(size_t k, size_t end) const {
    for (size_t m = k; m < end && m < k + 30; ++m) {
      if (lex_.speech.Contains(Tok(m)) && text::StartsLower(Tok(m))) return true;
    }
    return false;
  }

  // Longest lexicon matches inside an unclassified segment; other capitalised
  // tokens become name parts to resolve against persons later.
  void Lexical(size_t a, size_t b) {
    size_t k = a;
    while (k < b) {
      bool found = false;
      // ("Athletics Kenya", "Cricket Australia", "England Hockey", "British
      // Cycling": a sport's governing body, named by the sport and its
      // nation.)
      for (size_t e = std::min(b, k + 4); e > k + 1 && !found; --e) {
        EntityType type;
        std::string key;
        // ("World Athletics", "World Aquatics": the world body.)
        if (e == k + 2 && Tok(k) == "World" && SportWord(Tok(k + 1))) {
          Add(k, e, EntityType::kOrg, JoinTokens(k, e));
          k = e;
          found = true;
          break;
        }
        const bool sport_first = SportWord(Tok(k)) && LookupPlace(k + 1, e, &type, &key);
        const bool sport_last = !sport_first && SportWord(Tok(e - 1)) && LookupPlace(k, e - 1, &type, &key);
        if ((sport_first || sport_last) && (type == EntityType::kGpe || type == EntityType::kNorp)) {
          Add(k, e, EntityType::kOrg, JoinTokens(k, e));
          k = e;
          found = true;
        }
      }
      if (found) continue;
      for (size_t e = std::min(b, k + 4); e > k; --e) {
        EntityType type;
        std::string key;
        if (LookupPlace(k, e, &type, &key)) {
          Add(k, e, type, key);
          k = e;
          found = true;
          break;
        }
      }
      if (found) continue;
      if (IsAcronym(Tok(k))) {
        if (IsOrgAcronym(Tok(k))) Add(k, k + 1, EntityType::kOrg, std::string(Tok(k)));
      } else if (IsCap(k) && !IsStarter(k) && !lex_.titles.Contains(NoDot(Tok(k)))) {
        Add(k, k + 1, EntityType::kPerson, JoinTokens(k, k + 1), {}, 0, /*alias=*/true);
      }
      ++k;
    }
  }

  static bool SportWord(std::string_view w) {
    return Is<"Athletics", "Swimming", "Cycling", "Rugby", "Cricket", "Tennis", "Football", "Golf", "Netball",
                  "Hockey", "Rowing", "Triathlon", "Basketball", "Volleyball", "Gymnastics", "Boxing", "Sailing",
                  "Skiing", "Snowsports", "Equestrian", "Badminton", "Archery", "Judo", "Canoe", "Diving", "Squash",
                  "Bowls", "Curling", "Skating", "Softball", "Baseball", "Taekwondo", "Fencing", "Shooting",
                  "Aquatics", "Sailing", "Skate">(w);
  }

  // No digit or full stop, and an apostrophe only before a capital
  // ("D'Andre", "O'Neal"; not "I'm", "L2", "L'Osservatore").
  static bool NameCharacters(std::string_view w) {
    for (size_t i = 0; i < w.size(); ++i) {
      const char c = w[i];
      if ((c >= '0' && c <= '9') || c == '.') return false;
      // (Not the elided article of "L'Osservatore Romano".)
      const bool before_capital = i > 0 && i + 1 < w.size() && w[i + 1] >= 'A' && w[i + 1] <= 'Z';
      if (c == '\'' && (!before_capital || (i == 1 && (w[0] == 'L' || w[0] == 'l')))) return false;
    }
    return true;
  }

  // A word that can be a name on its own: letters only ("L2", "I'm" are
  // not), and never written in lower case in the article ("Replication
  // studies ..." beside "replication").
  bool PlainName(const std::string& key) const {
    if (key.size() < 2 || !NameCharacters(key)) return false;
    if (lower_.empty()) {
      for (size_t k = 0; k < doc_.tokens.size(); ++k) {
        std::string_view t = Tok(k);
        if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') lower_.insert(t);
      }
    }
    if (key[0] < 'A' || key[0] > 'Z') return true;  // "Évariste": not folded here
    std::string low = key;
    low[0] = char(low[0] - 'A' + 'a');
    return !lower_.count(low);
  }

  // PlainName for one word, by a scan rather than the article's word set
  // (cheaper where it is asked once or twice of an article).
  bool GivenNameLike(std::string_view w) const {
    if (w.size() < 2 || !NameCharacters(w)) return false;
    if (w[0] < 'A' || w[0] > 'Z') return true;
    const char first = char(w[0] - 'A' + 'a');
    for (size_t k = 0; k < doc_.tokens.size(); ++k) {
      std::string_view t = Tok(k);
      if (t.size() == w.size() && t[0] == first && t.substr(1) == w.substr(1)) return false;
    }
    return true;
  }

  // Turns raw mentions into entities. Full person names are their own key;
  // a lone name part joins the person it names (first or last name) that has
  // been mentioned most so far, or else most in the whole article.

  // A lower-case noun for a business that names the company after it ("the
  // startup Qubix", "fintech startup Luma Pay") or is set off after it
  // ("Kelvane Appliances, an Ohio-based manufacturer,").
  static bool CompanyNoun(std::string_view w) {
    // (Cheap test first: every noun is 3 to 13 bytes and starts in lower case.)
    if (w.size() < 3 || w.size() > 13 || w[0] < 'a' || w[0] > 'z') return false;
    return Is<"startup", "start-up", "company", "firm", "retailer", "manufacturer", "brand", "lender", "insurer",
                  "chain", "app", "platform", "airline", "carrier", "supplier", "distributor", "conglomerate",
                  "fintech", "utility", "bank", "nonprofit", "charity", "subsidiary", "wholesaler", "grocer",
                  "brokerage", "processor", "automaker", "drugmaker", "chipmaker", "carmaker", "toymaker",
                  "maker", "studio", "restaurant", "bakery", "creamery", "brewery", "unicorn", "marketplace",
                  "e-commerce", "exchange", "companies", "startups", "firms", "retailers", "brands">(w);
  }

  // Names the recogniser took for people that their sentence shows to be
  // companies: after or beside a business's noun. A
  // name opening with a known given name stays a person ("the company Jane
  // Doe founded").
  void RetypeCompanies() {
    std::vector<std::string> companies;
    std::unordered_set<std::string_view> org_prefixes;  // views into raws_' keys, which stay put here
    bool prefixes_read = false;
    for (const Raw& r : raws_) {
      if (r.type != EntityType::kPerson || !r.title.empty() || companies.size() >= 64) continue;
      const size_t a = r.first_token, b = r.end_token;
      if (a >= b || b > doc_.tokens.size()) continue;
      // (Not after a quoted title: ""Barbie" distributor Warner said" is
      // read whole as a person's role prefix, which the quote stage keeps.)
      bool company = a > 0 && doc_.tokens[a - 1].sentence == doc_.tokens[a].sentence &&
                     text::StartsLower(Tok(a - 1)) && CompanyNoun(Tok(a - 1)) && !(a >= 2 && IsDoubleMark(a - 2));
      // (Cheap tests first: most names have neither neighbour.)
      if (!company && !(b + 2 < doc_.tokens.size() && Tok(b) == ",")) continue;
      if (b > a + 1 && lex_.given.Contains(Tok(a))) continue;
      // (Not the tail of a name the recogniser split: "Precision Tool & Die,
      // which".)
      const bool whole = a == 0 || !(cap_[a - 1] || Is<"&", "and", "of">(Tok(a - 1)));
      if (!company && whole && b + 2 < doc_.tokens.size() && Tok(b) == ",") {
        if (Is<"a", "an", "the">(Tok(b + 1))) {
          size_t m = b + 2;
          // (The noun heading the appositive, not one after its preposition:
          // "Jan Novak, a lawyer for the firm," is a person.)
          while (m < b + 10 && m < doc_.tokens.size() &&
                 !Is<",", ".", ";", ":", "that", "who", "which", "for", "of", "at", "in", "with", "from", "by",
                              "to", "on">(Tok(m))) {
            ++m;
          }
          company = m < doc_.tokens.size() && Is<",", ".">(Tok(m)) && m > b + 2 && CompanyNoun(Tok(m - 1));
        }
      }
      // (Nor the short name of a company named in full: "Pinnacle Health
      // Systems Inc. ... Pinnacle, which operates".)
      if (company && !prefixes_read) {
        // Every leading run of words of an organisation's name, read once.
        prefixes_read = true;
        for (const Raw& o : raws_) {
          if (o.type != EntityType::kOrg) continue;
          for (size_t sp = o.key.find(' '); sp != std::string::npos; sp = o.key.find(' ', sp + 1)) {
            org_prefixes.insert(std::string_view(o.key).substr(0, sp));
          }
        }
      }
      if (company && org_prefixes.count(r.key)) company = false;
      if (company && std::find(companies.begin(), companies.end(), r.key) == companies.end()) companies.push_back(r.key);
    }
    for (Raw& r : raws_) {
      if (r.type == EntityType::kPerson && std::find(companies.begin(), companies.end(), r.key) != companies.end()) {
        r.type = EntityType::kOrg;
        r.gender = 0;
        r.alias = false;
      }
    }
  }

  void Group() {
    std::sort(raws_.begin(), raws_.end(), [](const Raw& x, const Raw& y) { return x.span.begin < y.span.begin; });
    RetypeCompanies();
    // ("A Marine said", "One Marine said": a given name alone after an
    // indefinite determiner is a common noun, no one's name.)
    // ("The Secretary of State said", "the Minister of Finance": an
    // office's field after its "of" is no one's name.)
    // ("said Shelby County District Attorney Steve Mulroy": a given name
    // before "County" names the county, no one.)
    raws_.erase(std::remove_if(raws_.begin(), raws_.end(),
                               [&](const Raw& r) {
                                 return r.type == EntityType::kPerson && r.title.empty() &&
                                        r.end_token < doc_.tokens.size() &&
                                        doc_.tokens[r.end_token].sentence == doc_.tokens[r.first_token].sentence &&
                                        Is<"County", "Parish", "Township", "Borough">(Tok(r.end_token));
                               }),
                raws_.end());
    // ("the Minister of Foreign Affairs, said": the office's last word,
    // after its field, is no one's name either.)
    raws_.erase(std::remove_if(raws_.begin(), raws_.end(),
                               [&](const Raw& r) {
                                 return r.type == EntityType::kPerson && r.end_token == r.first_token + 1 &&
                                        Is<"Affairs", "Relations">(Tok(r.first_token)) && r.first_token > 2 &&
                                        Tok(r.first_token - 2) == "of";
                               }),
                raws_.end());
    raws_.erase(std::remove_if(raws_.begin(), raws_.end(),
                               [&](const Raw& r) {
                                 return r.type == EntityType::kPerson && r.end_token == r.first_token + 1 &&
                                        r.first_token > 1 && Tok(r.first_token - 1) == "of" &&
                                        lex_.titles.Contains(NoDot(Tok(r.first_token - 2))) &&
                                        (Portfolio(Tok(r.first_token)) ||
                                         Is<"State", "Interior", "Treasury", "War", "Navy",
                                                                 "Army", "Homeland", "Transportation", "Veterans">(Tok(r.first_token)));
                               }),
                raws_.end());
    raws_.erase(std::remove_if(raws_.begin(), raws_.end(),
                               [&](const Raw& r) {
                                 return r.type == EntityType::kPerson && r.title.empty() &&
                                        r.end_token == r.first_token + 1 && r.first_token > 0 &&
                                        lex_.given.Contains(Tok(r.first_token)) &&
                                        doc_.tokens[r.first_token - 1].sentence ==
                                            doc_.tokens[r.first_token].sentence &&
                                        (Is<"a", "an", "one", "another", "each", "every">(Tok(r.first_token - 1)) ||
                                         // (In capitals only opening the sentence: ", A Bola reported"
                                         // names a paper.)
                                         (Is<"A", "An", "One", "Another", "Each", "Every">(Tok(r.first_token - 1)) &&
                                          r.first_token - 1 ==
                                              doc_.sentences[doc_.tokens[r.first_token].sentence].first_token));
                               }),
                raws_.end());
    std::unordered_map<std::string, int32_t> index;  // type + key -> entity
    std::vector<Entity> entities;
    std::vector<uint32_t> first_pos;
    // ("Francois Hollande" in a headline, "François Hollande" in the text:
    // one person. Latin-1 letters fold to their base letter in the key; the
    // entity keeps the spelling it was first named by.)
    auto key_of = [](EntityType t, const std::string& k) {
      std::string key(1, char('0' + int(t)));
      key.reserve(k.size() + 1);
      for (size_t i = 0; i < k.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(k[i]);
        if (c == 0xC3 && i + 1 < k.size()) {
          static constexpr char kBase[] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
          const unsigned char d = static_cast<unsigned char>(k[i + 1]);
          if (d >= 0x80 && d <= 0xBF && kBase[d - 0x80] != 'x' && kBase[d - 0x80] != '/') {
            key += kBase[d - 0x80];
            ++i;
            continue;
          }
        }
        key += k[i];
      }
      return key;
    };
    auto entity_for = [&](EntityType t, const std::string& k, uint32_t pos) {
      auto [it, fresh] = index.emplace(key_of(t, k), int32_t(entities.size()));
      if (fresh) {
        Entity e;
        e.name = k;
        e.type = t;
        entities.push_back(std::move(e));
        first_pos.push_back(pos);
      }
      return it->second;
    };
    // Name parts of full person names.
    std::unordered_map<std::string, std::vector<int32_t>> parts;
    // Last two words of a longer name -> the entities that bear them
    // ("Le Pen" of Jean-Marie and of Marine Le Pen).
    std::unordered_map<std::string, std::vector<int32_t>> tails;
    auto add_tail = [&](const std::string& t, int32_t e) {
      auto& v = tails[t];
      if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
    };
    // Each person's office as its full name bore it ("rep" for "Rep. Thomas
    // Hale"), to tell namesakes apart by the title a family name carries.
    std::vector<std::string> full_titles;
    std::vector<int> total;
    for (const Raw& r : raws_) {
      if (r.type != EntityType::kPerson || r.alias) continue;
      int32_t e = entity_for(r.type, r.key, r.span.begin);
      if (r.gender && !entities[e].gender) entities[e].gender = r.gender;
      if (!r.title.empty()) {
        if (full_titles.size() <= size_t(e)) full_titles.resize(e + 1);
        full_titles[e] = TitleKey(r.title);
      }
      if (total.size() <= size_t(e)) total.resize(e + 1, 0);
      ++total[e];
      const std::string& k = r.key;
      size_t sp = k.find(' ');
      size_t lsp = k.rfind(' ');
      auto add_part = [&](std::string p) {
        auto& v = parts[p];
        if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
      };
      // ("Jack "Smokey" Malone ... Smokey says": the nickname alone.)
      if (!r.nickname.empty()) add_part(r.nickname);
      // ("Francisco "Isko Moreno" Domagoso ... Moreno said": a nickname's
      // last word alone too.)
      if (const size_t nsp = r.nickname.rfind(' '); nsp != std::string::npos) add_part(r.nickname.substr(nsp + 1));
      if (sp != std::string::npos) {
        add_part(k.substr(0, sp));
        add_part(k.substr(lsp + 1));
        // ("Abdel Fattah al-Sisi ... Sisi said", "Nouri al-Maliki ...
        // Maliki said": an Arabic family name without its article.)
        if (const std::string last = k.substr(lsp + 1);
            last.size() > 4 && (last.rfind("al-", 0) == 0 || last.rfind("Al-", 0) == 0 ||
                                last.rfind("el-", 0) == 0 || last.rfind("El-", 0) == 0) &&
            last[3] >= 'A' && last[3] <= 'Z') {
          add_part(last.substr(3));
          // ("Mowaffak al-Rubaie ... Al-Rubaie said": the article in
          // capitals opening a sentence.)
          std::string other = last;
          other[0] = char(other[0] == 'a' || other[0] == 'e' ? other[0] - 32 : other[0] + 32);
          add_part(other);
        }
        if (lsp > sp) {
          // "Andrés Manuel Ortega Villalobos ... Ortega Villalobos said": a
          // double family name later alone is the same person.
          const size_t before = k.rfind(' ', lsp - 1);
          add_tail(k.substr(before + 1), e);
          // ("Joachim van der Loo ... Van der Loo said", "Anna de Vries ...
          // De Vries said": a family name led by particles, capitalised
          // when it opens a sentence.)
          size_t word_before = 0;  // where the word before the particle starts, past the given name
          for (size_t at = sp + 1; at < lsp;) {
            const size_t e2 = k.find(' ', at);
            // ("Alexander Van der Bellen ... Van der Bellen said": a
            // particle written in capitals too.)
            std::string particle = k.substr(at, e2 - at);
            if (!particle.empty() && particle[0] >= 'A' && particle[0] <= 'Z') particle[0] = char(particle[0] - 'A' + 'a');
            if (!IsParticle(particle)) {
              word_before = at;
              at = e2 + 1;
              continue;
            }
            std::string tail = k.substr(at);
            add_tail(tail, e);
            // ("Ignacio Ruiz de Azua ... Ruiz de Azua told": a Spanish family
            // name joined by its particle, whole.)
            if (word_before != 0 && k[word_before] >= 'A' && k[word_before] <= 'Z' &&
                !lex_.given.Contains(k.substr(word_before, at - 1 - word_before))) {
              add_tail(k.substr(word_before), e);
            }
            if (tail[0] >= 'a' && tail[0] <= 'z') tail[0] = char(tail[0] - 'a' + 'A');
            add_tail(tail, e);
            // ("Alberto van Kleef Stork ... Van Kleef added": the first family
            // name with its particle.)
            if (const size_t next = k.find(' ', e2 + 1); next != std::string::npos && next < lsp + 1 && next > e2) {
              std::string first_family = k.substr(at, next - at);
              add_tail(first_family, e);
              if (first_family[0] >= 'a' && first_family[0] <= 'z') first_family[0] = char(first_family[0] - 'a' + 'A');
              add_tail(first_family, e);
            }
            break;
          }
          // "María Fernanda Cabal Molina ... Cabal said": with four words or
          // more, the first family name too.
          if (before > sp) add_part(k.substr(before + 1, lsp - before - 1));
        }
        // "Claudia Sheinbaum Pardo ... Sheinbaum said", "Luiz Inácio Lula da
        // Silva ... Lula said": a middle word that is no given name, initial
        // or particle is a family name (Spanish and Portuguese put the
        // father's before the mother's).
        for (size_t at = sp + 1; lsp > sp && at < lsp;) {
          const size_t e2 = k.find(' ', at);
          const std::string w = k.substr(at, e2 - at);
          if (w.size() > 2 && w[0] >= 'A' && w[0] <= 'Z' && w.back() != '.' && !lex_.given.Contains(w) &&
              !IsParticle(w)) {
            add_part(w);
          }
          at = e2 + 1;
        }
        // ("John Lee Ka-chiu ... Lee said": a Hong Kong name, an English
        // given name, the family name, the Chinese given name.)
        if (lsp > sp && k.find(' ', sp + 1) == lsp) {
          const std::string last_word = k.substr(lsp + 1);
          const size_t hy = last_word.find('-');
          if (hy != std::string::npos && hy + 1 < last_word.size() && last_word[hy + 1] >= 'a' &&
              last_word[hy + 1] <= 'z') {
            add_part(k.substr(sp + 1, lsp - sp - 1));
          }
        }
        // "Charles Q. Brown Jr.": the family name stands before the suffix.
        const std::string last = k.substr(lsp + 1);
        if (lsp > sp && (last == "Jr." || last == "Jr" || last == "Sr." || last == "Sr" || last == "II" ||
                         last == "III" || last == "IV" || last == "2d" || last == "3d")) {
          const size_t before = k.rfind(' ', lsp - 1);
          add_part(k.substr(before + 1, lsp - before - 1));
        }
      }
    }
    total.resize(entities.size(), 0);
    std::vector<int> seen(entities.size(), 0);
    std::vector<uint32_t> last_pos(entities.size(), 0);
    std::vector<bool> last_opens(entities.size(), false);
    std::unordered_map<std::string, int32_t> org_heads;  // last word of a multi-word ORG -> entity
    // "Hollister Forest Products Inc. ... Hollister said": a company's first
    // word alone, after its full name with a corporate designator.
    std::unordered_map<std::string, int32_t> org_leads;
    auto add_org_lead = [&](const std::string& key, int32_t e) {
      const size_t sp1 = key.find(' ');
      const size_t lsp = key.rfind(' ');
      if (sp1 == std::string::npos) return;
      std::string_view last = std::string_view(key).substr(lsp + 1);
      if (last.size() > 1 && last.back() == '.') last.remove_suffix(1);
      static constexpr std::string_view kDesignators[] = {
          "Inc", "Corp", "Co", "Ltd", "PLC", "Plc", "plc", "LLC", "LP", "AG", "SA", "NV", "SE", "AB", "ASA", "Group",
          "Holdings", "Industries", "Corporation", "Company", "Incorporated", "Limited", "Bancorp", "GmbH",
          // ("Harrow Pharmaceuticals said ... Harrow said": a company named by
          // its trade.)
          "Pharmaceuticals", "Therapeutics", "Technologies", "Systems", "Software", "Motors", "Airlines", "Foods",
          "Brewing", "Mining", "Petroleum", "Chemicals", "Networks", "Logistics", "Electronics", "Semiconductor",
          "Textiles", "Shipping", "Biosciences", "Labs", "Laboratories"};
      bool designated = false;
      for (std::string_view d : kDesignators) designated = designated || last == d;
      if (!designated) return;
      const std::string lead = key.substr(0, sp1);
      char buf[24];
      const std::string_view folded = text::FoldCase(lead, buf, sizeof buf);
      static constexpr std::string_view kGeneric[] = {
          "first", "national", "american", "united", "general", "international", "new", "global", "royal", "western",
          "eastern", "northern", "southern", "central", "pacific", "atlantic", "federal", "standard", "continental",
          "allied", "consolidated", "universal", "great", "big", "old", "north", "south", "east", "west"};
      for (std::string_view g : kGeneric) {
        if (folded == g) return;
      }
      if (lead.size() < 3 || lex_.starters.Contains(lead) || lex_.orgs.Contains(folded)) return;
      org_leads.emplace(lead, e);
    };
    int32_t prev_org = -1;       // the last organisation mention's entity
    uint32_t prev_org_end = 0;   // and where that mention ends
    std::unordered_map<std::string_view, int32_t> lone_named;  // one-word place or organisation -> entity
    // A lone name that a person's verb or a title marks once ("Galois
    // returned") is that person wherever else it stands alone. A speech
    // verb alone does not spread: organisations speak too ("PolitiFact
    // announced").
    std::unordered_map<std::string_view, bool> confirmed;
    for (const Raw& r : raws_) {
      if (r.type == EntityType::kPerson && r.alias && (r.lives || !r.title.empty()) && PlainName(r.key)) {
        confirmed.emplace(std::string_view(r.key), true);
      }
    }
    for (Raw& r : raws_) {
      // A speaking place word that names no one here stays the place.
      if (r.place_fallback && parts.find(r.key) == parts.end()) {
        r.type = r.fallback_type;
        r.key = r.fallback_key;
        r.alias = false;
      }
    }
    // Where each raw mention stands: its paragraph, and whether it lies
    // inside double quotation marks there (a name in someone's quote is no
    // introduction of that person).
    // (Only when two people share a name part: most articles have none, and
    // this pass reads every token.)
    bool shared_names = false;
    for (const auto& [part, ents] : parts) shared_names = shared_names || ents.size() > 1;
    std::vector<char> quoted(shared_names ? doc_.tokens.size() : 0, 0);
    if (shared_names) {
      bool open = false;
      uint32_t para = UINT32_MAX;
      for (size_t k = 0; k < doc_.tokens.size(); ++k) {
        const uint32_t pk = doc_.sentences[doc_.tokens[k].sentence].paragraph;
        if (pk != para) {
          para = pk;
          open = false;
        }
        if (IsDoubleMark(k)) {
          const std::string_view t = Tok(k);
          open = t == "\xE2\x80\x9C" ? true : t == "\xE2\x80\x9D" ? false : !open;
          continue;
        }
        quoted[k] = open;
      }
    }
    auto token_of = [&](uint32_t pos) {
      return uint32_t(std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), pos,
                                       [](const Token& t, uint32_t p) { return t.span.begin < p; }) -
                      doc_.tokens.begin());
    };
    auto paragraph_of = [&](uint32_t tok) {
      return tok < doc_.tokens.size() ? doc_.sentences[doc_.tokens[tok].sentence].paragraph : UINT32_MAX;
    };
    // Per entity: the latest full-name mention outside quotes (position and
    // paragraph), and the latest mention of any kind outside quotes.
    std::vector<uint32_t> full_pos(entities.size(), 0), full_para(entities.size(), UINT32_MAX),
        any_pos(entities.size(), 0);
    std::vector<bool> full_opens(entities.size(), false);
    // True when `part` is the family name of the full name `n`: its last
    // word (before "Jr."/"Sr."), or its first ("Kim Tae-woo").
    auto family_of = [](const std::string& n, const std::string& part) {
      std::string_view v(n);
      for (std::string_view suffix : {" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV", " 2d", " 3d"}) {
        if (v.size() > suffix.size() && v.substr(v.size() - suffix.size()) == suffix) {
          v.remove_suffix(suffix.size());
          break;
        }
      }
      if (v.size() <= part.size()) return false;
      return (v.substr(v.size() - part.size()) == part && v[v.size() - part.size() - 1] == ' ') ||
             (v.substr(0, part.size()) == part && v[part.size()] == ' ');
    };
    std::vector<bool> last_apposed(entities.size(), false);  // last seen set off after a relation
    for (const Raw& r : raws_) {
      int32_t e;
      if (r.type == EntityType::kPerson && r.alias) {
        auto it = parts.find(r.key);
        // ("Cardinal Francis Arinze spoke. Pope Francis agreed.": a pope's
        // one name is a person of its own, whom later lone mentions may name
        // too. Not a king's: GUM's "King Henry" is the Henry named in full.)
        if (it != parts.end() && !r.title.empty() &&
            TitleKey(r.title) == "pope") {
          e = entity_for(r.type, r.key, r.span.begin);
          if (seen.size() < entities.size()) {
            seen.resize(entities.size(), 0);
            last_pos.resize(entities.size(), 0);
            total.resize(entities.size(), 0);
          }
          if (std::find(it->second.begin(), it->second.end(), e) == it->second.end()) it->second.push_back(e);
        } else if (it == parts.end()) {
          // Unknown lone names count only with a title or as a known name,
          // or as a place or organisation named so earlier ("in Tulsa").
          bool listed = !r.title.empty() || r.speaks || lex_.surnames.Contains(r.key) || lex_.given.Contains(r.key);
          bool known = listed || (r.lives && PlainName(r.key)) || confirmed.count(std::string_view(r.key));
          // A place or organisation named so earlier stays that ("in
          // Tulsa ... Tulsa hired"), unless a title or speech verb says
          // otherwise.
          auto named = lone_named.end();
          if (!listed) named = lone_named.find(std::string_view(r.key));
          // (A company's first word speaks for it: "Hollister said".)
          const auto lead = r.title.empty() ? org_leads.find(r.key) : org_leads.end();
          if (!known && named == lone_named.end() && lead == org_leads.end()) continue;
          e = lead != org_leads.end()    ? lead->second
              : named != lone_named.end() ? named->second
                                          : entity_for(r.type, r.key, r.span.begin);
          if (seen.size() < entities.size()) {
            seen.resize(entities.size(), 0);
            last_pos.resize(entities.size(), 0);
            total.resize(entities.size(), 0);
          }
        } else if (it->second.size() == 1 && size_t(it->second.front()) < first_pos.size() &&
                   r.span.begin < first_pos[it->second.front()] && [&] {
                     // ("Ms. Anand said ... ¶ Her husband, Raj Anand, said":
                     // a family name before the full name of a relative
                     // introduced later is someone else.)
                     const uint32_t f = token_of(first_pos[it->second.front()]);
                     return f >= 3 && Tok(f - 1) == "," && lex_.humans.Contains(Tok(f - 2)) &&
                            Is<"his", "her", "their", "His", "Her", "Their">(Tok(f - 3));
                   }()) {
          e = entity_for(r.type, r.key, r.span.begin);
          if (seen.size() < entities.size()) {
            seen.resize(entities.size(), 0);
            last_pos.resize(entities.size(), 0);
            total.resize(entities.size(), 0);
          }
        } else if (const uint32_t next_tok = token_of(r.span.end);
                   r.title.empty() && it->second.size() == 1 && next_tok + 2 < doc_.tokens.size() &&
                   Tok(next_tok) == "," && (Tok(next_tok + 1) == "a" || Tok(next_tok + 1) == "an") &&
                   (lex_.humans.Contains(Tok(next_tok + 2)) ||
                    (next_tok + 3 < doc_.tokens.size() && lex_.humans.Contains(Tok(next_tok + 3)))) &&
                   size_t(it->second.front()) < first_pos.size() &&
                   paragraph_of(token_of(first_pos[it->second.front()])) != paragraph_of(token_of(r.span.begin)) &&
                   // (Only a family name written first, as in "Kim Jong Un":
                   // "Royce, a Democrat from Illinois, said" after "Tamsin
                   // Royce" is still she.)
                   [&] {
                     const std::string& full = entities[it->second.front()].name;
                     const size_t sp1 = full.find(' ');
                     return sp1 != std::string::npos && full.compare(0, sp1, r.key) == 0 &&
                            (full.find(' ', sp1 + 1) != std::string::npos || full.find('-', sp1) != std::string::npos);
                   }() &&
                   [&] {
                     // (Set off as the subject of a verb of saying: "Kim, an
                     // analyst at KINU, said"; not "According to Rathbun, a
                     // detective ... was provided".)
                     for (uint32_t m = next_tok + 2; m + 1 < doc_.tokens.size() && m < next_tok + 20; ++m) {
                       if (Tok(m) == "." || Tok(m) == ";") return false;
                       if (Tok(m) == ",") return text::StartsLower(Tok(m + 1)) && lex_.speech.Contains(Tok(m + 1));
                     }
                     return false;
                   }()) {
          // ("Kim Jong Un oversaw a drill. ¶ Kim, an analyst at KINU, said":
          // a family name introduced anew with an indefinite description,
          // in another paragraph than the namesake's, is someone else.)
          e = entity_for(r.type, r.key, r.span.begin);
          if (seen.size() < entities.size()) {
            seen.resize(entities.size(), 0);
            last_pos.resize(entities.size(), 0);
            total.resize(entities.size(), 0);
          }
        } else {
          e = -1;
          // ("Rep. Thomas Hale ... Martin Hale, an economist ... Rep. Hale
          // said": an office title picks the namesake who bore it.)
          int32_t titled = -1;
          if (!r.title.empty() && it->second.size() > 1) {
            const std::string key = TitleKey(r.title);
            if (key != "mr" && key != "mrs" && key != "ms" && key != "miss") {
              for (int32_t c : it->second) {
                if (size_t(c) < full_titles.size() && full_titles[c] == key) titled = titled < 0 ? c : -2;
              }
            }
          }
          // ("Cristina Fernandez de Kirchner ... Alberto Fernandez ...
          // Fernandez said": whose family name the part is, over one who
          // bears it only inside the name.)
          bool some_family = false;
          // (A one-name person, "Pope Francis", bears it whole.)
          // (The last word only: "Hawk Sawyer" does not bear "Hawk" as
          // "Kathleen Hawk Sawyer" bears "Sawyer".)
          auto bears = [&](int32_t c) {
            const std::string& n = entities[c].name;
            // (Or first, in a Korean name: "Kim Jong Un" bears "Kim".)
            const bool opens = n.size() > r.key.size() && n.compare(0, r.key.size(), r.key) == 0 && n[r.key.size()] == ' ';
            return n == r.key || (family_of(n, r.key) && (!opens || KoreanFamily(r.key)));
          };
          for (int32_t c : it->second) some_family = some_family || bears(c);
          for (int32_t c : it->second) {
            if (titled >= 0 && c != titled) continue;
            if (some_family && it->second.size() > 1 && !bears(c)) continue;
            // "Mrs. Clinton" after "Hillary Clinton and Bill Clinton": the
            // courtesy title's gender picks among people sharing the name.
            if (r.gender && entities[c].gender && entities[c].gender != r.gender && it->second.size() > 1) continue;
            // ("Kim Yo-sun, the sister of leader Kim Jong-won, issued a
            // statement. Kim said": of two as often seen, the one last seen
            // as a sentence's subject, before the one in its appositive.)
            const bool tie = e >= 0 && seen[c] == seen[e] && seen[c] > 0;
            // ("Her son, Anthony Russo Jr., said ... the younger Mr. Russo
            // said": set off after a relation counts too, when the name part
            // is that person's family name.)
            auto opens = [&](int32_t x) {
              return last_opens[x] ||
                     (size_t(x) < last_apposed.size() && last_apposed[x] && family_of(entities[x].name, r.key));
            };
            if (tie && opens(c) != opens(e)) {
              if (opens(c)) e = c;
              continue;
            }
            if (e < 0 || seen[c] > seen[e] || (seen[c] == seen[e] && seen[c] > 0 && last_pos[c] > last_pos[e]) ||
                (seen[c] == 0 && seen[e] == 0 && total[c] > total[e])) {
              e = c;
            }
          }
          if (e < 0) e = it->second.front();
          // ("Kim Jong Un spoke. Kim said .... ¶ Kim Tae-woo, a former
          // official, said .... "...," Mr. Kim told RFA.": a person
          // introduced by full name in this paragraph, after every mention
          // of the others sharing the name, is the one meant; with a
          // courtesy title, also in the paragraph after. Only for a name
          // that speaks or bears a title: "Her father, Muhammad Hadid, ...
          // Hadid attended boarding schools" is still the biography's
          // subject.)
          const uint32_t here = paragraph_of(token_of(r.span.begin));
          const uint32_t after = token_of(r.span.end);
          const uint32_t before = token_of(r.span.begin);
          // (Only a courtesy title: "Rabbi Feldstein", "Lieutenant Bell"
          // name the office the full name bore.)
          const std::string_view title = r.title.empty() ? std::string_view() : NoDot(doc_.Slice(r.title));
          const bool courtesy = title == "Mr" || title == "Mrs" || title == "Ms" || title == "Miss" || title == "Mx";
          const bool speaking = (r.title.empty() || courtesy) &&
                                (r.speaks || courtesy ||
                                (after < doc_.tokens.size() && text::StartsLower(Tok(after)) &&
                                 lex_.speech.Contains(Tok(after))) ||
                                (before > 0 && text::StartsLower(Tok(before - 1)) && lex_.speech.Contains(Tok(before - 1))));
          int32_t recent = -1;
          for (int32_t c : it->second) {
            if (!speaking) break;
            // (Introduced as a sentence's subject: "Sonia Gandhi, the mother
            // of Rahul Gandhi, spoke. Gandhi said" is still Sonia.)
            if (size_t(c) >= full_pos.size() || full_para[c] == UINT32_MAX || !full_opens[c]) continue;
            if (r.gender && entities[c].gender && entities[c].gender != r.gender) continue;
            // (Only whose family name it is: "Edith Boyd Carter" is no "Mrs.
            // Boyd".)
            if (!family_of(entities[c].name, r.key)) continue;
            const bool near = full_para[c] == here || (courtesy && full_para[c] + 1 == here);
            if (near && (recent < 0 || full_pos[c] > full_pos[recent])) recent = c;
          }
          if (recent >= 0 && recent != e) {
            bool latest = true;
            for (int32_t c : it->second) {
              if (c != recent && size_t(c) < any_pos.size() && any_pos[c] > full_pos[recent]) latest = false;
            }
            if (latest) e = recent;
          }
          // ("Richard Vance defended the bill. Mrs. Vance said": a courtesy
          // title of the other gender than every bearer's names someone
          // else.)
          // (And over a bearer of no known gender: "Louise Halvorsen, whose
          // husband, Marine Sgt. Dale Halvorsen, ... Mrs. Halvorsen said".)
          if (courtesy && r.gender && e >= 0 && entities[e].gender != r.gender) {
            bool fits = false;
            // ("Tony Fasone ... Mr. Fasone's wife, Lea Fasone, ... Mr. Fasone
            // said": the bearer of that gender mentioned last.)
            int32_t same = -1;
            for (int32_t c : it->second) {
              fits = fits || !entities[c].gender || entities[c].gender == r.gender;
              if (entities[c].gender == r.gender && size_t(c) < any_pos.size() &&
                  (same < 0 || any_pos[c] > any_pos[same])) {
                same = c;
              }
            }
            if (same >= 0) e = same;
            if (!fits) {
              e = entity_for(r.type, r.key, r.span.begin);
              // (Named as written, "Mrs. Vance", the one name the article gives.)
              if (entities[e].name == r.key) entities[e].name = std::string(doc_.Slice(r.title)) + " " + r.key;
              if (seen.size() < entities.size()) {
                seen.resize(entities.size(), 0);
                last_pos.resize(entities.size(), 0);
                total.resize(entities.size(), 0);
              }
            }
          }
        }
      } else {
        // "the Herald" after "the Riverside Evening Herald": an organisation's
        // last word alone is that organisation.
        auto short_org = r.type == EntityType::kOrg && r.key.find(' ') == std::string::npos
                             ? org_heads.find(r.key) : org_heads.end();
        // "Kestrel Bank of Canada (KBC.TO)", "the Irish Air Line Pilots'
        // Association (IALPA)": a short name or ticker in brackets right
        // after an organisation is that organisation, here and later.
        const bool bracketed = r.type == EntityType::kOrg && prev_org >= 0 && r.key.find(' ') == std::string::npos &&
                               r.span.begin > prev_org_end &&
                               (doc_.Slice({prev_org_end, r.span.begin}) == " (" ||
                                doc_.Slice({prev_org_end, r.span.begin}) == "(");
        if (bracketed) index.emplace(key_of(r.type, r.key), prev_org);
        // (Of several bearers, the one mentioned last before: "Marine Le Pen
        // said ... Le Pen told BFM TV" after "Jean-Marie Le Pen".)
        int32_t tail_e = -1;
        if (r.type == EntityType::kPerson) {
          if (const auto tail = tails.find(r.key); tail != tails.end()) {
            for (const int32_t c : tail->second) {
              if (entities[c].name == r.key || first_pos[c] >= r.span.begin) continue;
              const uint32_t at = size_t(c) < last_pos.size() && last_pos[c] ? last_pos[c] : first_pos[c];
              const uint32_t best_at = tail_e < 0 ? 0
                                       : size_t(tail_e) < last_pos.size() && last_pos[tail_e] ? last_pos[tail_e]
                                                                                              : first_pos[tail_e];
              if (tail_e < 0 || at > best_at) tail_e = c;
            }
          }
        }
        const bool own_tail = tail_e >= 0;
        e = bracketed  ? prev_org
            : own_tail ? tail_e
            : short_org != org_heads.end() ? short_org->second : entity_for(r.type, r.key, r.span.begin);
        if (r.type == EntityType::kOrg) {
          prev_org = e;
          prev_org_end = r.span.end;
        }
        if ((r.type == EntityType::kGpe || r.type == EntityType::kLoc || r.type == EntityType::kOrg) &&
            r.key.find(' ') == std::string::npos) {
          lone_named.emplace(std::string_view(r.key), e);  // raws_ outlives the map
        }
        if (r.type == EntityType::kOrg && short_org == org_heads.end()) {
          size_t lsp = r.key.rfind(' ');
          if (lsp != std::string::npos) org_heads.emplace(r.key.substr(lsp + 1), e);
          add_org_lead(r.key, e);
        }
        if (seen.size() < entities.size()) {
          seen.resize(entities.size(), 0);
          last_pos.resize(entities.size(), 0);
          total.resize(entities.size(), 0);
        }
      }
      ++seen[e];
      last_pos[e] = r.span.begin;
      if (shared_names && r.type == EntityType::kPerson) {
        if (full_pos.size() < entities.size()) {
          full_pos.resize(entities.size(), 0);
          full_para.resize(entities.size(), UINT32_MAX);
          any_pos.resize(entities.size(), 0);
          full_opens.resize(entities.size(), false);
        }
        const uint32_t tok = token_of(r.span.begin);
        if (tok < quoted.size() && !quoted[tok]) {
          any_pos[e] = r.span.begin;
          if (!r.alias) {
            full_pos[e] = r.span.begin;
            full_para[e] = paragraph_of(tok);
            full_opens[e] = r.opens || r.apposed;
          }
        }
      }
      if (last_opens.size() < entities.size()) last_opens.resize(entities.size(), false);
      last_opens[e] = r.opens;
      if (last_apposed.size() < entities.size()) last_apposed.resize(entities.size(), false);
      last_apposed[e] = r.apposed;
      // A lone given name or a courtesy title says a gender the full name
      // may not ("Lisa", "Mrs. Clinton").
      if (r.type == EntityType::kPerson && r.gender && !entities[e].gender) entities[e].gender = r.gender;
      // ("Lord Sumption", "Baroness Hale": a peer's title is part of the
      // name the article calls the person by.)
      if (r.type == EntityType::kPerson && !r.title.empty() && entities[e].name.find(' ') == std::string::npos) {
        const std::string_view title = doc_.Slice(r.title);
        if (title == "Lord" || title == "Baroness" || title == "Baron" || title == "Viscount" || title == "Earl") {
          entities[e].name = std::string(title) + " " + entities[e].name;
        }
      }
      Mention m;
      m.span = r.span;
      m.entity = e;
      m.title = r.title;
      // ("Leila de Lima ... De Lima, who spent ..., said": a family name led
      // by a particle, whose last word is also a place.)
      if ((r.type == EntityType::kGpe || r.type == EntityType::kLoc) && r.key.find(' ') == std::string::npos) {
        const uint32_t tok = token_of(r.span.begin);
        if (tok > 0 && IsCap(tok - 1) && doc_.tokens[tok - 1].span.end + 1 == r.span.begin) {
          std::string particle(Tok(tok - 1));
          particle[0] = char(particle[0] - 'A' + 'a');
          if (IsParticle(particle)) {
            const auto tail = tails.find(std::string(Tok(tok - 1)) + " " + r.key);
            if (tail != tails.end() && first_pos[tail->second.back()] < r.span.begin) {
              m.span.begin = doc_.tokens[tok - 1].span.begin;
              m.entity = tail->second.back();
            }
          }
        }
      }
      doc_.mentions.push_back(m);
    }
    // ("The World Health Organization said ... WHO said", "the Centers for
    // Disease Control and Prevention ... the CDC": an acronym of a body named
    // in full before it is that body.)
    {
      std::vector<uint32_t> first_at(entities.size(), UINT32_MAX);
      for (const Mention& m : doc_.mentions) first_at[m.entity] = std::min(first_at[m.entity], m.span.begin);
      std::vector<int32_t> merged(entities.size(), -1);
      // (Bounded: a page of thousands of bodies compares only its first.)
      const size_t bodies = std::min<size_t>(entities.size(), 2000);
      for (size_t a = 0; a < bodies; ++a) {
        if (entities[a].type != EntityType::kOrg || first_at[a] == UINT32_MAX) continue;
        std::string acronym;
        bool caps = entities[a].name.size() >= 2 && entities[a].name.size() <= 8;
        for (const char c : entities[a].name) {
          if (c >= 'A' && c <= 'Z') acronym += c;
          else caps = caps && c == '.';
        }
        if (!caps || acronym.size() < 2 || acronym.size() > 6) continue;
        int32_t full = -1;
        bool ambiguous = false;
        for (size_t b = 0; b < bodies && !ambiguous; ++b) {
          if (b == a || entities[b].type != EntityType::kOrg || first_at[b] >= first_at[a]) continue;
          std::string initials;
          const std::string& n = entities[b].name;
          for (size_t at = 0; at < n.size();) {
            const size_t sp = std::min(n.find(' ', at), n.size());
            if (n[at] >= 'A' && n[at] <= 'Z') initials += n[at];
            at = sp + 1;
          }
          if (initials.size() < 2 || n.find(' ') == std::string::npos) continue;
          const bool fits = initials == acronym ||
                            (acronym.size() >= 3 && initials.size() == acronym.size() + 1 &&
                             initials.compare(0, acronym.size(), acronym) == 0);
          if (!fits) continue;
          ambiguous = full >= 0;
          full = int32_t(b);
        }
        if (full >= 0 && !ambiguous) merged[a] = full;
      }
      for (Mention& m : doc_.mentions) {
        if (merged[m.entity] >= 0) m.entity = merged[m.entity];
      }
    }
    // Entities in order of first mention.
    std::vector<int32_t> order;
    std::vector<int32_t> remap(entities.size(), -1);
    for (const Mention& m : doc_.mentions) {
      if (remap[m.entity] < 0) {
        remap[m.entity] = int32_t(order.size());
        order.push_back(m.entity);
      }
    }
    doc_.entities.clear();
    for (int32_t old : order) doc_.entities.push_back(std::move(entities[old]));
    for (uint32_t i = 0; i < doc_.mentions.size(); ++i) {
      Mention& m = doc_.mentions[i];
      m.entity = remap[m.entity];
      doc_.entities[m.entity].mentions.push_back(i);
    }
  }

  const EntityRecognizer::Lexicons& lex_;
  Document& doc_;
  std::vector<bool> heading_;
  std::vector<bool> cap_;
  std::vector<std::string_view> tok_text_;  // Tok's answers, one a token
  std::vector<Raw> raws_;
  bool after_of_ = false;  // the segment follows an "of" or "for" inside a capitalised run
  bool field_and_ = false;  // ... or an office's field and "and" ("Minister of Science and Technology X")
  mutable std::unordered_set<std::string_view> lower_;  // lower-case words of the article, on demand
  mutable bool lone_done_ = false;
  mutable std::unordered_set<std::string_view> lone_speakers_, owned_;  // see LoneSpeaker

  // The capitalised word stands alone elsewhere in the article as someone
  // who speaks or bears a courtesy title ("Kapoor said", "said Kapoor", "Ms
  // Braithwaite"): the family name of an unknown "Rohan Kapoor" met before.
  bool LoneSpeaker(std::string_view w) const {
    if (!lone_done_) {
      lone_done_ = true;
      const size_t n = doc_.tokens.size();
      for (size_t k = 1; k + 1 < n; ++k) {
        if (!IsCap(k) || IsCap(k + 1) || Tok(k).size() < 3) continue;
        const std::string_view before = Tok(k - 1), after = Tok(k + 1);
        const std::string_view title = NoDot(before);
        const bool courtesy = title == "Mr" || title == "Ms" || title == "Mrs" || title == "Miss";
        if (IsCap(k - 1) && !courtesy) continue;
        const bool speaks = text::StartsLower(after) && lex_.speech.Contains(after);
        const bool inverted = text::StartsLower(before) && lex_.speech.Contains(before) &&
                              (after == "." || after == ",");
        if (courtesy || ((speaks || inverted) && !(k >= 2 && PlaceObject(k)))) lone_speakers_.insert(Tok(k));
      }
      // A family name after a known given name or an initial belongs to
      // that person ("Donald J. Trump", "Hillary Clinton").
      for (size_t k = 1; k < n && !lone_speakers_.empty(); ++k) {
        if (!IsCap(k) || !lone_speakers_.count(Tok(k))) continue;
        const std::string_view before = Tok(k - 1);
        if (lex_.given.Contains(before) || (before.size() == 2 && before[1] == '.' && before[0] >= 'A' && before[0] <= 'Z')) {
          owned_.insert(Tok(k));
        }
      }
    }
    return lone_speakers_.count(w) > 0 && owned_.count(w) == 0;
  }
};

}  // namespace

void EntityRecognizer::Process(Document& doc) const {
  if (!doc.ok()) return;
  doc.mentions.clear();
  doc.entities.clear();
  Recognizer(*lex_, doc).Run();
}

}  // namespace newsgraph::nlp

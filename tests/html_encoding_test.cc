// Pages in many encodings, declared rightly, wrongly or not at all, all come
// out as valid UTF-8 with the right characters.

#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "core/utf8.h"
#include "html/charset.h"
#include "html/extractor.h"
#include "io/encoding.h"

namespace newsgraph::html {
namespace {

std::string Page(std::string_view head, std::string_view body) {
  return "<html><head>" + std::string(head) + "</head><body><article><p>" + std::string(body) +
         "</p></article></body></html>";
}

std::string Extract(std::string raw, std::string http_charset = "") {
  Document doc;
  doc.source.kind = InputKind::kHtml;
  doc.source.raw = std::move(raw);
  doc.source.http_charset = std::move(http_charset);
  ExtractHtmlPage(doc);
  EXPECT_TRUE(utf8::IsValid(doc.text));
  EXPECT_TRUE(utf8::IsValid(doc.title));
  return doc.text;
}

TEST(HtmlEncoding, ScansMetaCharset) {
  EXPECT_EQ(ScanMetaCharset("<meta charset=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(ScanMetaCharset("<META CHARSET=utf-8 />"), "utf-8");
  EXPECT_EQ(ScanMetaCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"),
            "shift_jis");
  EXPECT_EQ(ScanMetaCharset("<!-- <meta charset=koi8-r> --><meta charset=gbk>"), "gbk");
  EXPECT_EQ(ScanMetaCharset("<metadata charset=x><p>no declaration</p>"), "");
  EXPECT_EQ(ScanMetaCharset("<meta name=description content=\"charset=foo\">"), "");
}

TEST(HtmlEncoding, MetaCharsetWindows1252) {
  std::string text = Extract(Page("<meta charset=\"windows-1252\">",
                                  "\x93Quoted\x94 caf\xE9 \x96 r\xE9sum\xE9 of the long article text here"));
  EXPECT_NE(text.find("\xE2\x80\x9CQuoted\xE2\x80\x9D caf\xC3\xA9 \xE2\x80\x93"), std::string::npos)
      << text;
}

TEST(HtmlEncoding, HttpCharsetWinsOverMissingMeta) {
  std::string text = Extract(Page("", "\xC5\xEB\xEB\xE7\xED\xE9\xEA\xDC \xEA\xE5\xDF\xEC\xE5\xED\xEF"),
                             "iso-8859-7");
  EXPECT_NE(text.find("\xCE\x95\xCE\xBB\xCE\xBB\xCE\xB7\xCE\xBD\xCE\xB9\xCE\xBA\xCE\xAC"),
            std::string::npos)
      << text;  // "Ελληνικά"
}

TEST(HtmlEncoding, LyingDeclarationOnUtf8Bytes) {
  // Declared Latin-1, but the bytes are UTF-8: the bytes win.
  std::string text = Extract(Page("<meta charset=\"iso-8859-1\">", "na\xC3\xAFve caf\xC3\xA9 text"));
  EXPECT_NE(text.find("na\xC3\xAFve caf\xC3\xA9"), std::string::npos) << text;
}

TEST(HtmlEncoding, ByteOrderMarks) {
  std::string text = Extract("\xEF\xBB\xBF" + Page("", "caf\xC3\xA9 with a BOM"));
  EXPECT_EQ(text.find("\xEF\xBB\xBF"), std::string::npos);
  EXPECT_NE(text.find("caf\xC3\xA9"), std::string::npos);
  // UTF-16LE with a BOM and no declaration.
  std::string ascii = Page("", "sixteen bit text");
  std::string utf16 = "\xFF\xFE";
  for (char c : ascii) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  EXPECT_NE(Extract(utf16).find("sixteen bit text"), std::string::npos);
}

TEST(HtmlEncoding, UndeclaredLegacyBytesAreDetected) {
  // No declaration, not UTF-8: detection or the windows-1252 fallback must
  // still give valid UTF-8 that keeps the ASCII words.
  std::string text = Extract(Page("", "Stra\xDF" "e und Gr\xF6\xDF" "e, \xFC" "ber alles in der Stadt"));
  EXPECT_NE(text.find("Stra"), std::string::npos);
  EXPECT_NE(text.find("alles in der Stadt"), std::string::npos);
}

TEST(HtmlEncoding, BrokenBytesBecomeReplacementCharacters) {
  std::string text =
      Extract(Page("<meta charset=utf-8>", "good \xC3\xA9 then bad \xC3\x28 and \xFF\xFE end of text"));
  EXPECT_TRUE(utf8::IsValid(text));
  EXPECT_NE(text.find("end of text"), std::string::npos);
}

TEST(HtmlEncoding, UnknownCharsetLabel) {
  std::string text = Extract(Page("<meta charset=\"x-no-such-charset\">", "plain words \xE9 here"));
  EXPECT_NE(text.find("plain words"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::html

#ifndef NEWSGRAPH_IO_WARC_LINE_READER_H_
#define NEWSGRAPH_IO_WARC_LINE_READER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "io/byte_stream.h"
#include "io/warc_gzip.h"

namespace newsgraph::io {

// Reads lines and counted runs of bytes from a stream in bounded memory, for
// the WARC and JSON Lines readers. When the stream is a ResyncingGunzip, the
// reader stops at each gap as if the input ended there ("end of segment"), so
// a record cut by corruption is seen as truncated; CrossGap() goes on after it.
class LineReader {
 public:
  // `gzip` is the same object as `stream` when the input is WARC.gz, else null.
  LineReader(ByteStream* stream, ResyncingGunzip* gzip) : stream_(stream), gzip_(gzip) {}

  // Reads one line without its "\n" or "\r\n". Keeps at most `max` bytes of
  // it (the rest is consumed and dropped, *truncated set when given). Returns
  // false, consuming nothing, at the end of the segment.
  bool ReadLine(std::string* line, size_t max, bool* truncated = nullptr);
  // Consumes up to `n` bytes, appending them to *out while out->size() stays
  // within `keep` (once over, *out is cleared and the rest only counted).
  // Returns how many bytes were consumed; fewer than `n` at end of segment.
  uint64_t Consume(uint64_t n, std::string* out, size_t keep, bool* overflow);
  // Up to `n` next bytes, without consuming them or crossing a gap.
  std::string_view Peek(size_t n);
  void Skip(size_t n);  // n <= Peek(n).size()
  // Puts bytes back in front of the unread input (they are read again next).
  void Unread(std::string_view bytes);

  bool AtGap() const { return gap_pending_ && pos_ == buf_.size(); }
  void CrossGap();
  // True when the segment ended with the end of input (not a gap).
  bool AtEnd();
  // Bytes consumed so far (decompressed), for error messages.
  uint64_t offset() const { return offset_; }
  // Total bytes pulled from the stream (counts progress).
  uint64_t bytes_pulled() const { return pulled_; }
  const std::string& stream_error() const { return stream_->error(); }
  // What the latest gap was (empty without one).
  std::string last_corruption() const { return gzip_ ? gzip_->last_corruption() : std::string(); }
  // Where the member that failed at the latest gap began, in offset() units.
  uint64_t last_failed_member_start() const { return gzip_ ? gzip_->last_failed_member_start() : 0; }

 private:
  bool Fill();  // appends a chunk; false at end of segment

  ByteStream* stream_;
  ResyncingGunzip* gzip_;
  std::string buf_;
  size_t pos_ = 0;
  std::string after_gap_;  // the chunk read after a gap, held until CrossGap
  bool gap_pending_ = false;
  bool eof_ = false;
  uint64_t offset_ = 0;
  uint64_t pulled_ = 0;
};

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_WARC_LINE_READER_H_

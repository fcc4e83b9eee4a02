#ifndef NEWSGRAPH_IO_WARC_GZIP_H_
#define NEWSGRAPH_IO_WARC_GZIP_H_

#include <cstdint>
#include <memory>
#include <vector>

#include <zlib.h>

#include "io/byte_stream.h"

namespace newsgraph::io {

// Decompresses a multi-member gzip stream such as a WARC.gz, where each record
// is its own member. Unlike io::Gunzip it survives corruption: on bad data it
// skips ahead to the next gzip member header and goes on, counting a "gap".
//
// Promise that lets a reader place each gap exactly: one Read never returns
// bytes from both sides of a gap. When gaps() grows during a Read, the gap
// lies at the start of the bytes that Read returned (which may be none).
class ResyncingGunzip : public ByteStream {
 public:
  explicit ResyncingGunzip(std::unique_ptr<ByteStream> compressed);
  ~ResyncingGunzip() override;
  ResyncingGunzip(const ResyncingGunzip&) = delete;
  ResyncingGunzip& operator=(const ResyncingGunzip&) = delete;

  size_t Read(char* buf, size_t n) override;

  // How many corrupt stretches were skipped so far.
  uint64_t gaps() const { return gaps_; }
  // What went wrong at the latest gap, for error reports.
  const std::string& last_corruption() const { return last_corruption_; }
  // Where, in the decompressed output, the member that failed at the latest
  // gap began: tells a failure of the member just read (its checksum) from
  // one of the member after it.
  uint64_t last_failed_member_start() const { return last_failed_member_start_; }

 private:
  bool Refill();   // reads more compressed bytes; false at the end or on failure
  bool Resync();   // moves the input to the next member header; false when none
  void Remember(const Bytef* from, size_t n);  // keeps consumed bytes of the member

  std::unique_ptr<ByteStream> inner_;
  std::vector<char> in_;
  z_stream z_;
  bool ok_ = false;
  bool done_ = false;
  bool in_member_ = false;
  bool resync_pending_ = false;
  uint64_t gaps_ = 0;
  std::string last_corruption_;
  uint64_t out_total_ = 0;             // decompressed bytes handed out
  uint64_t member_out_start_ = 0;      // out_total_ when the current member began
  uint64_t last_failed_member_start_ = 0;
  // The compressed bytes of the current member consumed so far, while under
  // kHistoryCap: a damaged member (cut short, say) can make inflate read on
  // into the next member's header, so the search for the next header starts
  // again just after this member's start.
  std::string history_;
  bool history_overflow_ = false;
};

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_WARC_GZIP_H_

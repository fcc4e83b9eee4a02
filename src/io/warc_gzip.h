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

 private:
  bool Refill();   // reads more compressed bytes; false at the end or on failure
  bool Resync();   // moves the input to the next member header; false when none

  std::unique_ptr<ByteStream> inner_;
  std::vector<char> in_;
  z_stream z_;
  bool ok_ = false;
  bool done_ = false;
  bool in_member_ = false;
  bool resync_pending_ = false;
  uint64_t gaps_ = 0;
  std::string last_corruption_;
};

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_WARC_GZIP_H_

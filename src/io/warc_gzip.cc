#include "io/warc_gzip.h"

#include <cstring>

namespace newsgraph::io {
namespace {
constexpr size_t kHistoryCap = 16 << 20;
}

ResyncingGunzip::ResyncingGunzip(std::unique_ptr<ByteStream> compressed)
    : inner_(std::move(compressed)), in_(1 << 16) {
  memset(&z_, 0, sizeof z_);
  ok_ = inflateInit2(&z_, 15 + 16) == Z_OK;  // +16: gzip members only
  if (!ok_) error_ = "gzip: cannot initialise zlib";
}

ResyncingGunzip::~ResyncingGunzip() { inflateEnd(&z_); }

bool ResyncingGunzip::Refill() {
  // Keep unread input (Resync may leave a partial magic at the end).
  size_t keep = z_.avail_in;
  if (keep > 0 && z_.next_in != reinterpret_cast<Bytef*>(in_.data())) {
    memmove(in_.data(), z_.next_in, keep);
  }
  if (in_.size() - keep < (1 << 16)) in_.resize(keep + (1 << 16));
  size_t got = inner_->Read(in_.data() + keep, in_.size() - keep);
  z_.next_in = reinterpret_cast<Bytef*>(in_.data());
  z_.avail_in = static_cast<uInt>(keep + got);
  if (got == 0 && !inner_->error().empty()) error_ = inner_->error();
  return got > 0;
}

void ResyncingGunzip::Remember(const Bytef* from, size_t n) {
  if (history_overflow_ || n == 0) return;
  if (history_.size() + n > kHistoryCap) {
    history_overflow_ = true;
    history_.clear();
    history_.shrink_to_fit();
    return;
  }
  history_.append(reinterpret_cast<const char*>(from), n);
}

bool ResyncingGunzip::Resync() {
  if (!history_overflow_ && history_.size() > 1) {
    // Search again from just after the damaged member's first byte: put its
    // bytes back in front of the unread input.
    size_t keep = z_.avail_in;
    std::string rest(reinterpret_cast<const char*>(z_.next_in), keep);
    std::string joined = history_.substr(1) + rest;
    if (joined.size() > in_.size()) in_.resize(joined.size());
    memcpy(in_.data(), joined.data(), joined.size());
    z_.next_in = reinterpret_cast<Bytef*>(in_.data());
    z_.avail_in = static_cast<uInt>(joined.size());
  } else if (z_.avail_in > 0) {
    // Skip at least one byte so a member whose header is itself bad is passed.
    ++z_.next_in;
    --z_.avail_in;
  }
  history_.clear();
  history_overflow_ = false;
  for (;;) {
    const unsigned char* p = z_.next_in;
    size_t n = z_.avail_in;
    size_t i = 0;
    for (; i + 2 < n; ++i) {
      if (p[i] == 0x1f && p[i + 1] == 0x8b && p[i + 2] == 0x08) {
        z_.next_in += i;
        z_.avail_in -= static_cast<uInt>(i);
        inflateReset(&z_);
        return true;
      }
    }
    // Keep the last bytes: they may be the start of a header split by the read.
    z_.next_in += i;
    z_.avail_in -= static_cast<uInt>(i);
    if (!Refill()) return false;
  }
}

size_t ResyncingGunzip::Read(char* buf, size_t n) {
  if (!ok_ || done_ || n == 0) return 0;
  if (resync_pending_) {
    resync_pending_ = false;
    ++gaps_;
    if (!Resync()) {
      done_ = true;
      return 0;
    }
    in_member_ = false;
    member_out_start_ = out_total_;
  }
  z_.next_out = reinterpret_cast<Bytef*>(buf);
  z_.avail_out = static_cast<uInt>(n);
  while (z_.avail_out == n) {
    if (z_.avail_in == 0 && !Refill()) {
      if (in_member_ && error_.empty()) {
        last_corruption_ = "gzip: truncated stream (ended inside a member)";
        last_failed_member_start_ = member_out_start_;
        ++gaps_;  // the partial member is a gap at the end of the stream
      }
      done_ = true;
      break;
    }
    in_member_ = true;
    const Bytef* before = z_.next_in;
    int rc = inflate(&z_, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      in_member_ = false;
      member_out_start_ = out_total_ + (n - z_.avail_out);
      history_.clear();
      history_overflow_ = false;
      inflateReset(&z_);
      continue;
    }
    Remember(before, z_.next_in - before);
    if (rc == Z_OK || (rc == Z_BUF_ERROR && z_.avail_in == 0)) continue;
    last_corruption_ = std::string("gzip: corrupt data (") + (z_.msg ? z_.msg : "inflate failed") + ")";
    last_failed_member_start_ = member_out_start_;
    if (z_.avail_out != n) {
      resync_pending_ = true;  // hand out the good bytes first; the gap follows
      break;
    }
    ++gaps_;
    if (!Resync()) {
      done_ = true;
      break;
    }
    in_member_ = false;
    member_out_start_ = out_total_ + (n - z_.avail_out);
  }
  out_total_ += n - z_.avail_out;
  return n - z_.avail_out;
}

}  // namespace newsgraph::io

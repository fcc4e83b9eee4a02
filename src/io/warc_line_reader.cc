#include "io/warc_line_reader.h"

#include <algorithm>
#include <cstring>

namespace newsgraph::io {

namespace {
constexpr size_t kChunk = 1 << 16;
}

bool LineReader::Fill() {
  if (gap_pending_ || eof_) return false;
  if (pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  } else if (pos_ > kChunk) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kChunk);
  uint64_t gaps_before = gzip_ ? gzip_->gaps() : 0;
  size_t got = stream_->Read(buf_.data() + old, kChunk);
  pulled_ += got;
  if (gzip_ && gzip_->gaps() != gaps_before) {
    after_gap_.assign(buf_.data() + old, got);
    buf_.resize(old);
    gap_pending_ = true;
    return false;
  }
  buf_.resize(old + got);
  if (got == 0) {
    eof_ = true;
    return false;
  }
  return true;
}

void LineReader::CrossGap() {
  if (!gap_pending_) return;
  buf_.erase(0, pos_);
  pos_ = 0;
  buf_.append(after_gap_);
  after_gap_.clear();
  after_gap_.shrink_to_fit();
  gap_pending_ = false;
}

bool LineReader::AtEnd() {
  if (pos_ < buf_.size()) return false;
  Fill();
  return pos_ == buf_.size() && !gap_pending_;
}

bool LineReader::ReadLine(std::string* line, size_t max, bool* truncated) {
  line->clear();
  if (truncated) *truncated = false;
  bool any = false;
  for (;;) {
    if (pos_ == buf_.size() && !Fill()) {
      // A last line without a newline still counts as a line.
      break;
    }
    any = true;
    const char* start = buf_.data() + pos_;
    size_t avail = buf_.size() - pos_;
    const char* nl = static_cast<const char*>(memchr(start, '\n', avail));
    size_t take = nl ? static_cast<size_t>(nl - start) : avail;
    size_t room = max - std::min(max, line->size());
    if (take > room && truncated) *truncated = true;
    line->append(start, std::min(take, room));
    size_t used = nl ? take + 1 : take;
    pos_ += used;
    offset_ += used;
    if (nl) break;
  }
  if (!any) return false;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

uint64_t LineReader::Consume(uint64_t n, std::string* out, size_t keep, bool* overflow) {
  uint64_t done = 0;
  while (done < n) {
    if (pos_ == buf_.size() && !Fill()) break;
    size_t take = static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - pos_));
    if (out && !*overflow) {
      if (out->size() + take > keep) {
        *overflow = true;
        out->clear();
        out->shrink_to_fit();
      } else {
        out->append(buf_.data() + pos_, take);
      }
    }
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

std::string_view LineReader::Peek(size_t n) {
  while (buf_.size() - pos_ < n && Fill()) {
  }
  return std::string_view(buf_).substr(pos_, n);
}

void LineReader::Skip(size_t n) {
  pos_ += n;
  offset_ += n;
}

void LineReader::Unread(std::string_view bytes) {
  buf_.erase(0, pos_);
  buf_.insert(0, bytes);
  pos_ = 0;
  offset_ -= std::min<uint64_t>(offset_, bytes.size());
}

}  // namespace newsgraph::io

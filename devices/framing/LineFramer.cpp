#include "framing/LineFramer.h"

namespace batch::devices {

QByteArrayList LineFramer::feed(const QByteArray& bytes) {
    QByteArrayList lines;
    for (const char c : bytes) {
        if (c == '\n') {
            if (overflowing_) {
                overflowing_ = false;
                ++discarded_;
                continue;
            }
            QByteArray line = buffer_;
            if (line.endsWith('\r'))
                line.chop(1);
            buffer_.clear();
            if (line.size() > maxLineLength_) {
                discarded_ += line.size() + 1;
                continue;
            }
            lines.append(line);
            continue;
        }
        if (overflowing_) {
            ++discarded_;
            continue;
        }
        // +1 leaves room for the CR of a CR LF pair at the limit.
        if (buffer_.size() >= maxLineLength_ + 1) {
            discarded_ += buffer_.size() + 1;
            buffer_.clear();
            overflowing_ = true;
            continue;
        }
        buffer_.append(c);
    }
    return lines;
}

void LineFramer::clear() {
    buffer_.clear();
    overflowing_ = false;
}

}  // namespace batch::devices

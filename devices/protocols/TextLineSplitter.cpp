#include "protocols/TextLineSplitter.h"

namespace batch::devices {

QByteArrayList TextLineSplitter::feed(QByteArrayView bytes, ParserStats& stats) {
    QByteArrayList lines;
    for (const char c : bytes) {
        if (c == '\r' || c == '\n') {
            if (overflowing_) {
                overflowing_ = false;
                ++stats.discardedBytes;
                continue;
            }
            if (!buffer_.isEmpty())
                lines.append(buffer_);
            buffer_.clear();
            continue;
        }
        if (overflowing_) {
            ++stats.discardedBytes;
            continue;
        }
        if (buffer_.size() >= maxLength_) {
            // Count the frame once and its bytes as they come, so memory stays bounded
            // however long the babble lasts.
            ++stats.overlongFrames;
            stats.discardedBytes += buffer_.size() + 1;
            buffer_.clear();
            overflowing_ = true;
            continue;
        }
        buffer_.append(c);
    }
    return lines;
}

void TextLineSplitter::clear() {
    buffer_.clear();
    overflowing_ = false;
}

QByteArrayList tokenize(QByteArrayView line) {
    QByteArrayList tokens;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        if (line[i] == ' ') {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (line[i] == '"') {
            // A quoted string runs to the next quote; an unterminated one takes the rest
            // of the line (the caller then sees a token without a closing quote).
            ++i;
            while (i < n && line[i] != '"') ++i;
            if (i < n)
                ++i;
        } else {
            while (i < n && line[i] != ' ') ++i;
        }
        tokens.append(line.sliced(start, i - start).toByteArray());
    }
    return tokens;
}

bool isDecimalText(QByteArrayView text) {
    qsizetype i = 0;
    if (!text.isEmpty() && (text[0] == '+' || text[0] == '-'))
        ++i;
    int digits = 0;
    int points = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == '.')
            ++points;
        else
            return false;
    }
    return digits > 0 && points <= 1;
}

bool isPrintableAscii(QByteArrayView text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E)
            return false;
    }
    return true;
}

}  // namespace batch::devices

#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <sys/stat.h>

// Everything a file's identity consists of, for "left byte-for-byte untouched":
// existence, size, modification time (ns) and SHA-256 of the content.
struct FileFacts {
    bool exists = false;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    QByteArray sha256;
    bool operator==(const FileFacts&) const = default;
};

inline FileFacts factsOf(const QString& path) {
    FileFacts f;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return f;
    f.exists = true;
    f.size = st.st_size;
    f.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        f.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    return f;
}

#pragma once

#include "faces/facedescriptor.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace bw::gui {

// One dropped reference photo after core described it, before it is stored.
struct ReferenceCandidate {
    QString path;
    std::optional<FaceDescriptor> descriptor; // absent: refused, `problem` says why
    QByteArray sha256Hex;
    QDate photoDate;
    QString problem;
    QStringList warnings;
};

} // namespace bw::gui

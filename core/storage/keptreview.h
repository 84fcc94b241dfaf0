#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <opencv2/core/types.hpp>

#include <vector>

namespace bw {

// One of the teacher's decisions about a detected face, kept by where the face is (its box
// in the turned photo's pixels), never by what it looks like: no descriptor.
struct KeptFaceDecision {
    cv::Rect2f rect;
    // "hide", "not_a_pupil", "assign_pupil", "not_a_face"; empty when she only confirmed
    // the name the tool gave (core/screening/reviewrestore.h reads and writes these codes).
    QString decision;
    qint64 pupilId = 0;   // assign_pupil only
    QString reason;       // assign_pupil only
    bool confirmed = false;

    bool operator==(const KeptFaceDecision &) const = default;
};

// The teacher's review of one photo as ReviewStore keeps it across restarts and crashes,
// keyed by the SHA-256 of the photo's file.
struct KeptReview {
    QByteArray sha256Hex;
    int quarterTurns = 0;
    bool excluded = false;
    std::vector<cv::Rect2f> drawnFaces;   // boxes drawn by hand (always hidden)
    std::vector<KeptFaceDecision> faces;
    QDateTime savedAt;                    // UTC, set by the store when it is kept

    // Nothing decided: the store deletes it rather than keeping it.
    bool isEmpty() const { return quarterTurns == 0 && !excluded && drawnFaces.empty() && faces.empty(); }
    // The same decisions, whenever they were saved.
    bool sameDecisions(const KeptReview &other) const
    {
        return sha256Hex == other.sha256Hex && quarterTurns == other.quarterTurns && excluded == other.excluded
               && drawnFaces == other.drawnFaces && faces == other.faces;
    }
    bool operator==(const KeptReview &) const = default;
};

} // namespace bw

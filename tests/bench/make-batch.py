#!/usr/bin/python3
"""Make a reproducible batch of 12-megapixel (4032x3024) JPEG photos from real photos.

Usage: make-batch.py OUT_DIR N SOURCE_DIR...   (uses every *.jpg at least 200 px in SOURCE_DIRs)
Example: tests/bench/make-batch.py /tmp/batch12mp 6 fetched/testimages
(A copy of the team's ../shared/bench/make-batch.py, so that a clone can make the batch too.)

Each photo is a grid of real photos, 2x2 scaled up or 3x3 at a smaller scale (alternating),
so faces range from about 30 px to about 300 px, as in a phone camera's school-trip photos.
Written at JPEG quality 92, like a phone camera. Seeded: the same sources give the same
batch, so two programs (or two versions) can be timed side by side on identical input.
Needs Debian's python3-opencv.
"""
import pathlib
import random
import sys

import cv2
import numpy as np

W, H = 4032, 3024


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    sources = sorted(p for d in sys.argv[3:] for p in pathlib.Path(d).glob("*.jpg"))
    images = [cv2.imread(str(p)) for p in sources]
    images = [i for i in images if i is not None and min(i.shape[:2]) >= 200]
    if not images:
        sys.exit("no usable source photos (*.jpg, at least 200 px) in " + " ".join(sys.argv[3:]))
    rng = random.Random(20261129)
    out.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        grid = 2 if k % 2 == 0 else 3
        canvas = np.zeros((H, W, 3), np.uint8)
        tw, th = W // grid, H // grid
        for r in range(grid):
            for c in range(grid):
                im = rng.choice(images)
                s = max(tw / im.shape[1], th / im.shape[0])
                im = cv2.resize(im, (int(im.shape[1] * s) + 1, int(im.shape[0] * s) + 1),
                                interpolation=cv2.INTER_CUBIC)
                y0, x0 = (im.shape[0] - th) // 2, (im.shape[1] - tw) // 2
                canvas[r * th:(r + 1) * th, c * tw:(c + 1) * tw] = im[y0:y0 + th, x0:x0 + tw]
        cv2.imwrite(str(out / f"trip_{k:03d}.jpg"), canvas, [cv2.IMWRITE_JPEG_QUALITY, 92])
    print(f"{n} photos of {W}x{H} in {out} from {len(images)} source photos")


if __name__ == "__main__":
    main()

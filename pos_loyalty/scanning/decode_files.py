"""``pos-loyalty decode FILE...``: what the camera decoder reads in image files.

One line per code: the file, a tab, the decoded text, a tab, and the member code
when the text holds one. A file with no code gets one line: the file, an empty
text, and the reason. For support desks and tests.
"""

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import cv2
import numpy as np

from pos_loyalty.scanning.codes import CodeParser, ScanRejectedError
from pos_loyalty.scanning.decoders import BackendUnavailableError, Decoder, ZbarDecoder
from pos_loyalty.scanning.ladder import DecodingLadder

log = logging.getLogger(__name__)


def second_backend(note: TextIO | None = None) -> Decoder | None:
    """pyzbar when its library is installed; otherwise None, saying so once."""
    try:
        return ZbarDecoder()
    except BackendUnavailableError as missing:
        if note is not None:
            print(f"note: {missing}", file=note)
        log.info("%s", missing)
        return None


def decode_files(paths: Sequence[Path], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    ladder = DecodingLadder(secondary=second_backend(err))
    parser = CodeParser()
    without_code = 0
    for path in paths:
        image = cv2.imread(str(path), cv2.IMREAD_COLOR) if path.is_file() else None
        if image is None:
            reason = "not an image that can be read" if path.exists() else "no such file"
            print(f"{path}\t\t{reason}", file=out)
            without_code += 1
            continue
        found = ladder.decode(np.asarray(image, dtype=np.uint8))
        if not found:
            print(f"{path}\t\tno code found", file=out)
            without_code += 1
        for detection in found:
            try:
                code = parser.parse(detection.text).code
            except ScanRejectedError:
                code = ""
            text = detection.text.replace("\t", " ").replace("\n", " ")
            print(f"{path}\t{text}\t{code}".rstrip("\t"), file=out)
    return 1 if without_code else 0

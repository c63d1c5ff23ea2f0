"""Short confirmation tones. The Qt wheel we use has no multimedia module, so the
tones are written once as WAV files and played with the system's player."""

import math
import shutil
import struct
import subprocess
import wave
from pathlib import Path

from PySide6.QtWidgets import QApplication

RATE = 22050
TONES: dict[str, tuple[tuple[float, float], ...]] = {
    # (frequency Hz, seconds) notes
    "stamp": ((880.0, 0.09),),
    "reward": ((660.0, 0.09), (880.0, 0.09), (1320.0, 0.16)),
    "error": ((220.0, 0.22),),
}
PLAYERS = ("pw-play", "paplay", "aplay")


def write_tone(path: Path, notes: tuple[tuple[float, float], ...]) -> None:
    frames = bytearray()
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        for n in range(count):
            fade = min(1.0, n / 200, (count - n) / 200)  # no clicks
            sample = 0.3 * fade * math.sin(2 * math.pi * frequency * n / RATE)
            frames += struct.pack("<h", int(sample * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


class SoundPlayer:
    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self.enabled = enabled
        self.folder = folder
        self.player = next((p for p in PLAYERS if shutil.which(p)), None)
        self.played: list[str] = []

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        self.played.append(name)
        if self.player is None:
            QApplication.beep()
            return
        path = self.folder / f"{name}.wav"
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            write_tone(path, TONES[name])
        try:
            subprocess.Popen(
                [self.player, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        except OSError:
            QApplication.beep()

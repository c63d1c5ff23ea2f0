"""Short cues that tell success, warning and error apart by ear alone.

The three differ in pitch and in pattern, not only in length, so a cashier who is
looking at the customer (or cannot see the screen) knows what happened:

- success: a short rising pair, high;
- warning: two equal middle beeps with a gap (a question: look at the screen);
- error: a long falling pair, low.

A reward earned is a success with a third, higher note. The Qt wheel we use has no
multimedia module, so the tones are written once as WAV files and played with the
system's player. With sounds off (the ``sounds`` setting) nothing is played at all,
not even the system beep.
"""

import hashlib
import math
import shutil
import struct
import subprocess
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

RATE = 22050
# (frequency Hz, seconds) notes; a frequency of 0 is a rest.
Notes = tuple[tuple[float, float], ...]
TONES: dict[str, Notes] = {
    "success": ((880.0, 0.08), (0.0, 0.02), (1320.0, 0.10)),
    "reward": ((880.0, 0.08), (0.0, 0.02), (1320.0, 0.08), (0.0, 0.02), (1760.0, 0.16)),
    "warning": ((660.0, 0.12), (0.0, 0.08), (660.0, 0.12)),
    "error": ((330.0, 0.20), (0.0, 0.03), (220.0, 0.30)),
}
# What the counter's messages call their cues (station.counter_view_model.Cue) and the
# sound each one makes.
CUES = {"stamp": "success", "success": "success", "reward": "reward"}
CUES |= {"warning": "warning", "warn": "warning", "error": "error"}
PLAYERS = ("pw-play", "paplay", "aplay")


def samples(notes: Notes) -> bytes:
    """16-bit mono PCM of ``notes`` at ``RATE``, each note faded in and out (no clicks)."""
    frames = bytearray()
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        for n in range(count):
            if frequency <= 0:
                frames += struct.pack("<h", 0)
                continue
            fade = min(1.0, n / 200, (count - n) / 200)
            sample = 0.3 * fade * math.sin(2 * math.pi * frequency * n / RATE)
            frames += struct.pack("<h", int(sample * 32767))
    return bytes(frames)


def write_tone(path: Path, notes: Notes) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples(notes))


def sound_of(cue: str) -> str:
    """The sound (success, reward, warning, error) a cue name makes; unknown ones are errors."""
    return CUES.get(cue, "error")


def tone_file(folder: Path, sound: str) -> Path:
    """The WAV of ``sound`` in ``folder``, named by its notes: a changed tone gets a new file."""
    notes = TONES[sound]
    digest = hashlib.sha1(repr(notes).encode()).hexdigest()[:8]
    return folder / f"{sound}-{digest}.wav"


class SoundPlayer:
    """Plays the cues, or nothing at all while ``enabled`` is false.

    ``played`` lists the cue of every sound actually started (the tests read it), and
    ``on_play`` is called with each sound: the one place a sound leaves this station.
    """

    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self.enabled = enabled
        self.folder = folder
        self.player = next((p for p in PLAYERS if shutil.which(p)), None)
        self.played: list[str] = []
        self.on_play: Callable[[str], None] | None = None

    def play(self, cue: str) -> None:
        if not self.enabled:
            return
        sound = sound_of(cue)
        self.played.append(cue)
        if self.on_play is not None:
            self.on_play(sound)
        if self.player is None:
            QApplication.beep()
            return
        path = tone_file(self.folder, sound)
        try:
            if not path.exists():
                self.folder.mkdir(parents=True, exist_ok=True)
                write_tone(path, TONES[sound])
            subprocess.Popen(
                [self.player, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        except OSError:
            QApplication.beep()

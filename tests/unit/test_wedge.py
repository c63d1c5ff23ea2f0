"""The burst detector on a timeline of key times (no real time involved)."""

from pos_loyalty.scanning.wedge import WedgeDetector, WedgeSettings


def type_text(detector: WedgeDetector, text: str, start: float, gap: float) -> float:
    at = start
    for char in text:
        detector.key(char, at)
        at += gap
    return at


def test_a_fast_burst_ending_in_enter_is_a_scan() -> None:
    detector = WedgeDetector()
    end = type_text(detector, "wvjeykseaswlquco6uta8", 10.0, 0.004)
    burst = detector.end(end)
    assert burst is not None
    assert burst.is_scan
    assert burst.text == "wvjeykseaswlquco6uta8"
    assert 3.5 < burst.mean_gap_ms < 4.5


def test_slow_typing_is_typing() -> None:
    detector = WedgeDetector()
    end = type_text(detector, "hello there", 10.0, 0.120)
    burst = detector.end(end)
    assert burst is not None
    assert not burst.is_scan


def test_a_short_burst_is_not_a_scan() -> None:
    detector = WedgeDetector()
    burst = detector.end(type_text(detector, "abc", 0.0, 0.002))
    assert burst is not None
    assert not burst.is_scan


def test_typing_then_a_scan_keeps_only_the_scan() -> None:
    detector = WedgeDetector()
    at = type_text(detector, "note ", 0.0, 0.2)
    burst = detector.end(type_text(detector, "abcdef123456", at + 1.0, 0.003))
    assert burst is not None
    assert burst.is_scan
    assert burst.text == "abcdef123456"


def test_the_thresholds_are_settings() -> None:
    strict = WedgeDetector(WedgeSettings(min_length=6, max_mean_gap=0.002))
    burst = strict.end(type_text(strict, "abcdef123456", 0.0, 0.004))
    assert burst is not None
    assert not burst.is_scan


def test_enter_with_nothing_typed_is_nothing() -> None:
    assert WedgeDetector().end(5.0) is None

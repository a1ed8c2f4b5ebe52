"""The thread reader: a pasted thread in, who speaks, about what, and whether to reply out.

The front door of `core/thread/`: callers import from here, never from the modules behind it.
`reader` builds the Thread; `formats` (with `social`, `mail`, `headers`, `noise`,
`formats_base`) splits a paste into posts; `signals` reads each post; `advice` decides; `data`
loads the word lists in resources/thread/.
"""

from reactiewijzer.core.thread.reader import (
    addressee,
    answered_post,
    greeting_name,
    post_of,
    read_posts,
    read_thread,
)

__all__ = [
    "addressee",
    "answered_post",
    "greeting_name",
    "post_of",
    "read_posts",
    "read_thread",
]

"""Reads morfologik CFSA2 dictionaries (LanguageTool's POS dictionaries) from Python.

A morfologik dictionary is a finite-state automaton over the bytes of
``form <sep> encoded-lemma <sep> tag``. Looking a word up walks the automaton over the form's
bytes and the separator, then lists every path to a final arc below that node: one reading
each. The encoded lemma is "drop K bytes from the end of the form, then append these bytes"
(the SUFFIX encoder, the only one LanguageTool's Dutch and English dictionaries use).

Format (morfologik-fsa, CFSA2): magic ``\\fsa``, version 0xC6, a 2-byte flag word, a label
table (1 byte count, then the labels), then the arcs. Each arc starts with one byte: bit 7
"target is the next node", bit 6 "last arc of this node", bit 5 "final arc", bits 0-4 an index
into the label table (0: the label is the next byte). Unless bit 7 is set, the target address
follows as a variable-length integer (7 bits a byte, low bits first).
"""

from __future__ import annotations

from dataclasses import dataclass

_MAGIC = b"\\fsa"
_VERSION_CFSA2 = 0xC6
_TARGET_NEXT = 0x80
_LAST_ARC = 0x40
_FINAL_ARC = 0x20
_LABEL_INDEX_MASK = 0x1F
_FLAG_NUMBERS = 1 << 8


class DictionaryFormatError(ValueError):
    """The bytes are not a CFSA2 dictionary this reader understands."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One analysis of a word form: its lemma and its part-of-speech tag."""

    lemma: str
    tag: str


class MorfologikDictionary:
    """Lookup of word forms in one CFSA2 dictionary held in memory."""

    __slots__ = ("_arcs", "_encoding", "_labels", "_nodes", "_root", "_separator")

    # Nodes near the root are visited by nearly every lookup: their arcs are kept as dicts.
    NODE_CACHE_SIZE = 50_000

    def __init__(self, data: bytes, separator: str = "+", encoding: str = "utf-8") -> None:
        if data[:4] != _MAGIC or len(data) < 8:
            raise DictionaryFormatError("not a morfologik automaton")
        if data[4] != _VERSION_CFSA2:
            raise DictionaryFormatError(f"unsupported automaton version {data[4]:#x}")
        flags = int.from_bytes(data[5:7], "big")
        if flags & _FLAG_NUMBERS:
            raise DictionaryFormatError("automata with numbered nodes are not supported")
        count = data[7]
        self._labels = data[8 : 8 + count]
        self._arcs = data[8 + count :]
        self._separator = separator.encode(encoding)[0]
        self._encoding = encoding
        # node -> {label: target node, or -1 for an arc that ends the automaton}
        self._nodes: dict[int, dict[int, int]] = {}
        # The first arc leads from a dummy node to the real root.
        self._root = self._target(0)

    # ---- automaton primitives ------------------------------------------------------------

    def _arcs_of(self, node: int) -> tuple[tuple[int, int, bool], ...]:
        """(label, target node or 0, final) for each arc leaving `node`, in one pass."""
        arcs = self._arcs
        labels = self._labels
        out: list[list] = []
        pos = node
        while True:
            flag = arcs[pos]
            index = flag & _LABEL_INDEX_MASK
            if index:
                label = labels[index]
                pos += 1
            else:
                label = arcs[pos + 1]
                pos += 2
            target = -1  # "the node right after this one", filled in below
            if not flag & _TARGET_NEXT:
                target = shift = 0
                while True:
                    b = arcs[pos]
                    pos += 1
                    target |= (b & 0x7F) << shift
                    if not b & 0x80:
                        break
                    shift += 7
            out.append([label, target, bool(flag & _FINAL_ARC)])
            if flag & _LAST_ARC:
                break
        # Arcs flagged "target next" lead to the node stored right after this node's last arc.
        return tuple((label, pos if target < 0 else target, final) for label, target, final in out)

    def _node(self, node: int) -> dict[int, tuple[int, bool]]:
        """{label: (target, final)} for `node`, kept for the nodes visited most."""
        found = self._nodes.get(node)
        if found is None:
            if len(self._nodes) >= self.NODE_CACHE_SIZE:
                self._nodes.clear()
            found = self._nodes[node] = {
                label: (target, final) for label, target, final in self._arcs_of(node)
            }
        return found

    def _target(self, arc: int) -> int:
        """The node the first arc of the automaton (at `arc`) leads to."""
        return self._arcs_of(arc)[0][1]

    # ---- lookup ----------------------------------------------------------------------------

    def lookup(self, word: str) -> tuple[Reading, ...]:
        """Every reading of `word` exactly as written (case matters), or () if unknown."""
        try:
            key = word.encode(self._encoding)
        except UnicodeEncodeError:
            return ()
        if not key or self._separator in key:
            return ()
        node = self._root
        for byte in key + bytes((self._separator,)):
            step = self._node(node).get(byte)
            if step is None or not step[0]:
                return ()
            node = step[0]
        out = []
        for tail in self._completions(node):
            reading = self._decode(key, tail)
            if reading is not None:
                out.append(reading)
        return tuple(out)

    def _completions(self, node: int) -> list[bytes]:
        """Every byte path from `node` that ends on a final arc (depth-first, iterative)."""
        out: list[bytes] = []
        stack: list[tuple[int, bytes]] = [(node, b"")]
        while stack:
            node, prefix = stack.pop()
            for label, (target, final) in self._node(node).items():
                path = prefix + bytes((label,))
                if final:
                    out.append(path)
                if target:
                    stack.append((target, path))
        return out

    def _decode(self, form: bytes, tail: bytes) -> Reading | None:
        encoded, sep, tag = tail.partition(bytes((self._separator,)))
        if not sep or not encoded:
            return None
        drop = (encoded[0] - ord("A")) & 0xFF
        base = b"" if drop == 255 else form[: len(form) - drop] if drop else form
        lemma = base + encoded[1:]
        try:
            return Reading(lemma.decode(self._encoding), tag.decode(self._encoding))
        except UnicodeDecodeError:
            return None

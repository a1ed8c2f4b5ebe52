"""Pure-Python core of Reactiewijzer: never imports Qt."""
